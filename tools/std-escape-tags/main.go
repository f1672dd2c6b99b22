// Command std-escape-tags generates, for every standard-library function
// and method cranego provides (compiler/src/stdlib.rs, PACKAGES):
//
//   - compiler/src/escape/stdtags.rs: the parameter leak tags ("esc:" notes,
//     cmd/compile/internal/escape/leaks.go) that gc computed, so that
//     cranego's escape analysis treats calls into the library exactly as gc
//     does;
//   - compiler/src/inline/stdinline.rs: which of them gc can inline and at
//     what cost, and what `go build -gcflags=-m` prints for a call to each
//     when it is inlined into the user's code (the `inlining call to X`
//     lines, with their generations, and the lines about the inlined body's
//     allocations), so that cranego's inliner prints exactly gc's lines.
//     How it is obtained is described at the top of inline.go.
//
// Usage (needs the go toolchain whose tags are wanted on PATH, and rustfmt):
//
//	cd tools/std-escape-tags && go run .
//
// Flags: -repo DIR (repository root; default: found by walking up from the
// current directory), -o FILE (default compiler/src/escape/stdtags.rs),
// -inline-o FILE (default compiler/src/inline/stdinline.rs), -logdir DIR
// (keep each package's raw compiler output there, and the inlining probe
// program with its output: probe.go, probe.txt), -v (print every
// parameter's evidence and every probe's lines), -rustfmt=false (skip
// formatting).
//
// How the tags are obtained. For each package path P of PACKAGES the
// generator compiles the real package with escape diagnostics:
//
//	go build -a -gcflags='P=-m=2 -d=escapemutationscalls=1' P
//
// (-a so that nothing comes from the build cache; the flags only apply to
// P itself, and only change what is printed, not what is computed). It maps
// each diagnostic's position FILE:LINE:COL to (function or method,
// parameter index) with go/parser over the files `go/build` selects for P
// (receiver = index 0, then the parameters, each name of a grouped field
// counting once, an unnamed field once), and uses go/types (export data of
// P, through go/importer) to tell pointerful parameters from scalars.
// Per parameter, gc's reportLeaks (escape.go) prints, after leaks.Optimize:
//
//	leaking param: X                       heap derefs 0
//	leaking param content: X               heap derefs >= 1 (level not printed)
//	leaking param: X to result R level=N   result i (R's index among results:
//	                                       its name, or ~rI if unnamed/blank)
//	mutates param: X derefs=N              mutator derefs N
//	calls param: X derefs=N                callee derefs N
//	X does not escape, mutate, or call     no flow at all
//	moved to heap: X                       the parameter itself escapes: its
//	                                       tag is heap 0 (walkOne records the
//	                                       escaping param as a root of itself)
//
// The exact heap derefs of "leaking param content" come from the -m=2
// explanations of solve.go:walkOne: every time a flow from a parameter to an
// outliving location is recorded (location.leakTo) it first prints
//
//	POS: parameter X leaks to ROOT for FUNC with derefs=N:
//
// and leakTo records it as a flow to result i when ROOT is a non-escaping
// result (index < 5) of the parameter's own function, otherwise as a heap
// flow. The heap derefs are therefore the minimum N over the lines whose
// ROOT is not one of the function's results, together with the lines whose
// ROOT is named like result i but cannot have been a flow to it (the
// printed level of result i is absent or larger than N: absent means either
// the result escapes or Optimize dropped it because heap <= N, and in both
// cases taking N into the minimum is exact). The numbers are checked
// against the -m=1 lines: heap 0 iff "leaking param", >= 1 iff "content",
// absent iff neither; printed result/mutator/callee levels < heap.
//
// Body-less functions (assembly or linkname'd) get gc's assumed tag: heap 0
// for pointerful parameters, or mutator 0 + callee 0 under //go:noescape.
// Parameters without pointers get no tag in gc (""; never consulted) and
// unnamed or blank ones an empty tag: both are written as NONE. The
// generator fails if a function cannot be found, if its parameter count
// differs from cranego's signature, or if a pointerful named parameter has
// no diagnostic, so an unknown tag never ends up silently in the table.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// leaks mirrors gc's leaks with plain derefs: heap, mutator, callee,
// result 0..4; -1 = no flow.
type leaks [8]int

var none = leaks{-1, -1, -1, -1, -1, -1, -1, -1}

const (
	leakHeap     = 0
	leakMutator  = 1
	leakCallee   = 2
	leakResult0  = 3
	numEscResult = 5
)

// cranego's list.
type crItem struct {
	pkg, recv, name, sig string
}

func (c crItem) exported() bool {
	return token.IsExported(c.name) && (c.recv == "" || token.IsExported(strings.TrimPrefix(c.recv, "*")))
}

func (c crItem) key() string {
	if c.recv == "" {
		return c.pkg + "." + c.name
	}
	if strings.HasPrefix(c.recv, "*") {
		return c.pkg + ".(" + c.recv + ")." + c.name
	}
	return c.pkg + "." + c.recv + "." + c.name
}

// A parameter (or receiver) in the Go sources.
type param struct {
	name string
	pos  string // base:line:col
}

type goFunc struct {
	key      string // cranego-style name
	gcName   string // ir.FuncName: Name or (*T).Name / T.Name
	params   []param
	results  []string // names as gc prints them
	hasBody  bool
	noescape bool
	hasLit   bool
	uintEsc  bool
	generic  bool // type parameters: the diagnostics are per shape instantiation
}

var (
	verbose       = flag.Bool("v", false, "print each parameter's evidence and each inlining probe's lines")
	logdir        = flag.String("logdir", "", "keep the raw compiler output of each package, and the inlining probe program and its output, in this directory")
	repo          = flag.String("repo", "", "repository root (default: found from the current directory)")
	outFlag       = flag.String("o", "", "output file (default REPO/compiler/src/escape/stdtags.rs)")
	inlineOutFlag = flag.String("inline-o", "", "inlining output file (default REPO/compiler/src/inline/stdinline.rs)")
	fmtFlag       = flag.Bool("rustfmt", true, "run rustfmt on the output")
)

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "std-escape-tags: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	flag.Parse()
	root := *repo
	if root == "" {
		root = findRepo()
	}
	out := *outFlag
	if out == "" {
		out = filepath.Join(root, "compiler", "src", "escape", "stdtags.rs")
	}
	items, pkgs := readStdlib(filepath.Join(root, "compiler", "src", "stdlib.rs"))

	goroot := goEnv("GOROOT")
	goversion := strings.TrimSpace(run("go", "env", "GOVERSION"))
	build.Default.GOROOT = goroot

	tags := map[string][]leaks{}
	inl := map[string]*inlFunc{}
	for _, pkg := range pkgs {
		var want []crItem
		for _, it := range items {
			if it.pkg == pkg {
				want = append(want, it)
			}
		}
		if len(want) == 0 {
			continue
		}
		t, in := doPackage(goroot, pkg, want)
		for k, v := range t {
			tags[k] = v
		}
		for k, v := range in {
			inl[k] = v
		}
	}

	var names []string
	for k := range tags {
		names = append(names, k)
	}
	sort.Strings(names)

	var b bytes.Buffer
	fmt.Fprintf(&b, "//! GENERATED by tools/std-escape-tags (%s) — do not edit.\n", goversion)
	b.WriteString(`//! Parameter leak tags of the standard-library functions cranego provides
//! (compiler/src/stdlib.rs), as gc computed them when compiling the standard
//! library (cmd/compile/internal/escape/leaks.go, escape.go:paramTag), after
//! leaks.Optimize. Callers use them exactly like the tags of an imported
//! package: see tools/std-escape-tags/main.go for how they are obtained
//! (regenerate with ` + "`cd tools/std-escape-tags && go run .`" + `).
//!
//! Parameters without pointers are NONE (gc gives them no tag and never
//! consults it), as are unnamed and blank parameters (gc: empty tag).

/// Derefs per leak kind: heap, mutator, callee, result 0..4; -1 = no flow.
pub type Leaks = [i8; 8];
pub const NONE: Leaks = [-1; 8];

/// (function, leaks of the receiver (if a method) then each parameter), sorted
/// by name. Functions are named by package path: ` + "`strings.Index`, `strings.(*Builder).WriteString`,\n" +
		"/// `unicode/utf8.RuneLen`, `runtime/debug.SetGCPercent`.\n")
	b.WriteString("pub const TAGS: &[(&str, &[Leaks])] = &[\n")
	for _, n := range names {
		var ps []string
		for _, l := range tags[n] {
			ps = append(ps, rustLeaks(l))
		}
		fmt.Fprintf(&b, "    (%q, &[%s]),\n", n, strings.Join(ps, ", "))
	}
	b.WriteString("];\n")
	writeRust(root, out, b.Bytes())
	fmt.Fprintf(os.Stderr, "wrote %s: %d functions\n", out, len(names))

	inlOut := *inlineOutFlag
	if inlOut == "" {
		inlOut = filepath.Join(root, "compiler", "src", "inline", "stdinline.rs")
	}
	writeInline(root, inlOut, goversion, inl, tags)
}

func rustLeaks(l leaks) string {
	if l == none {
		return "NONE"
	}
	var s []string
	for _, x := range l {
		if x > 127 {
			fatalf("derefs %d does not fit i8", x)
		}
		s = append(s, strconv.Itoa(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func findRepo() string {
	d, err := os.Getwd()
	if err != nil {
		fatalf("%v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "compiler", "src", "stdlib.rs")); err == nil {
			return d
		}
		p := filepath.Dir(d)
		if p == d {
			fatalf("cannot find the repository root (compiler/src/stdlib.rs); use -repo")
		}
		d = p
	}
}

func run(name string, args ...string) string {
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

func goEnv(v string) string { return strings.TrimSpace(run("go", "env", v)) }

// ---------------------------------------------------------------------------
// compiler/src/stdlib.rs: a small scanner for the PACKAGES literal.

func readStdlib(path string) ([]crItem, []string) {
	data, err := os.ReadFile(path)
	if err != nil {
		fatalf("%v", err)
	}
	src := string(data)
	start := strings.Index(src, "pub const PACKAGES")
	if start < 0 {
		fatalf("%s: no PACKAGES", path)
	}
	src = src[start:]
	pathRe := regexp.MustCompile(`\bpath:\s*"([^"]+)"`)
	locs := pathRe.FindAllStringSubmatchIndex(src, -1)
	var items []crItem
	var pkgs []string
	for i, loc := range locs {
		pkg := src[loc[2]:loc[3]]
		end := len(src)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		seg := src[loc[1]:end]
		pkgs = append(pkgs, pkg)
		for _, t := range rustList(seg, "funcs") {
			if len(t) != 2 {
				fatalf("%s: funcs entry %q", pkg, t)
			}
			items = append(items, crItem{pkg: pkg, name: t[0], sig: t[1]})
		}
		for _, t := range rustList(seg, "methods") {
			if len(t) != 3 {
				fatalf("%s: methods entry %q", pkg, t)
			}
			items = append(items, crItem{pkg: pkg, recv: t[0], name: t[1], sig: t[2]})
		}
	}
	if len(items) == 0 {
		fatalf("%s: no functions found", path)
	}
	return items, pkgs
}

// rustList returns the tuples of string literals of `field: &[ (..), ... ]`.
func rustList(seg, field string) [][]string {
	re := regexp.MustCompile(`\b` + field + `:\s*&\[`)
	loc := re.FindStringIndex(seg)
	if loc == nil {
		fatalf("no %s: in a package", field)
	}
	s := seg[loc[1]:]
	var res [][]string
	var cur []string
	depth := 0 // parentheses
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '"':
			var lit strings.Builder
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' {
					i++
					if s[i] == '\n' { // line continuation
						for i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\n') {
							i++
						}
						continue
					}
				}
				lit.WriteByte(s[i])
			}
			if depth > 0 {
				cur = append(cur, lit.String())
			}
		case c == '(':
			depth++
			if depth == 1 {
				cur = nil
			}
		case c == ')':
			depth--
			if depth == 0 {
				res = append(res, cur)
			}
		case c == ']' && depth == 0:
			return res
		}
	}
	fatalf("unterminated %s list", field)
	return nil
}

// paramCount counts the parameters of a Go signature `func(...) ...`.
func paramCount(sig string) int {
	if !strings.HasPrefix(sig, "func(") {
		fatalf("signature %q", sig)
	}
	depth, n, nonEmpty := 0, 0, false
	for i := 4; i < len(sig); i++ {
		switch sig[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				if nonEmpty {
					n++
				}
				return n
			}
		case ',':
			if depth == 1 {
				n++
			}
		case ' ':
		default:
			nonEmpty = true
		}
	}
	fatalf("signature %q", sig)
	return 0
}

// ---------------------------------------------------------------------------
// One package.

var (
	lineRe    = regexp.MustCompile(`^(.*):(\d+):(\d+): (.*)$`)
	leakRe    = regexp.MustCompile(`^leaking param: (\S+)$`)
	contentRe = regexp.MustCompile(`^leaking param content: (\S+)$`)
	resultRe  = regexp.MustCompile(`^leaking param: (\S+) to result (\S+) level=(\d+)$`)
	mutRe     = regexp.MustCompile(`^mutates param: (\S+) derefs=(\d+)$`)
	callRe    = regexp.MustCompile(`^calls param: (\S+) derefs=(\d+)$`)
	noneRe    = regexp.MustCompile(`^(\S+) does not escape, mutate, or call$`)
	noEscRe   = regexp.MustCompile(`^(\S+) does not escape$`)
	movedRe   = regexp.MustCompile(`^moved to heap: (\S+)$`)
	m2Re      = regexp.MustCompile(`^parameter (\S+) leaks to (.*) for (\S+) with derefs=(\d+):$`)
)

// What the compiler said about one parameter position.
type evidence struct {
	lines    []string
	heap0    bool
	content  bool
	moved    bool
	noEscape bool // "does not escape" (body-less //go:noescape)
	nothing  bool // "does not escape, mutate, or call"
	results  map[string]int
	mutator  int
	callee   int
	m2       []m2line
}

type m2line struct {
	root, fn string
	derefs   int
}

func doPackage(goroot, pkg string, want []crItem) (map[string][]leaks, map[string]*inlFunc) {
	// 1. The compiler's diagnostics.
	cmd := exec.Command("go", "build", "-a", "-gcflags="+pkg+"=-m=2 -d=escapemutationscalls=1", pkg)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		fatalf("go build %s: %v\n%s", pkg, err, buf.String())
	}
	if *logdir != "" {
		os.MkdirAll(*logdir, 0o755)
		os.WriteFile(filepath.Join(*logdir, strings.ReplaceAll(pkg, "/", "_")+".txt"), buf.Bytes(), 0o644)
	}

	// 2. The sources as the build selects them.
	bp, err := build.Default.Import(pkg, "", 0)
	if err != nil {
		fatalf("%s: %v", pkg, err)
	}
	fset := token.NewFileSet()
	funcs := map[string]*goFunc{}
	byPos := map[string]*goFunc{} // param position -> function
	for _, f := range append(append([]string{}, bp.GoFiles...), bp.CgoFiles...) {
		file, err := parser.ParseFile(fset, filepath.Join(bp.Dir, f), nil, parser.ParseComments)
		if err != nil {
			fatalf("%v", err)
		}
		for _, d := range file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			g := &goFunc{hasBody: fd.Body != nil, generic: fd.Type.TypeParams != nil}
			if fd.Doc != nil {
				for _, c := range fd.Doc.List {
					g.noescape = g.noescape || strings.HasPrefix(c.Text, "//go:noescape")
					g.uintEsc = g.uintEsc || strings.HasPrefix(c.Text, "//go:uintptrescapes")
				}
			}
			if fd.Body != nil {
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if _, ok := n.(*ast.FuncLit); ok {
						g.hasLit = true
					}
					return true
				})
			}
			var fields []*ast.Field
			if fd.Recv != nil {
				recv := typeString(fd.Recv.List[0].Type)
				if recv == "" {
					continue // generic receiver
				}
				g.key = crItem{pkg: pkg, recv: recv, name: fd.Name.Name}.key()
				g.gcName = "(" + recv + ")." + fd.Name.Name
				if !strings.HasPrefix(recv, "*") {
					g.gcName = recv + "." + fd.Name.Name
				}
				fields = append(fields, fd.Recv.List...)
			} else {
				g.key = pkg + "." + fd.Name.Name
				g.gcName = fd.Name.Name
			}
			fields = append(fields, fd.Type.Params.List...)
			for _, fl := range fields {
				if len(fl.Names) == 0 {
					g.params = append(g.params, param{pos: posKey(fset, fl.Pos())})
				}
				for _, n := range fl.Names {
					g.params = append(g.params, param{name: n.Name, pos: posKey(fset, n.Pos())})
					byPos[posKey(fset, n.Pos())] = g
				}
			}
			if fd.Type.Results != nil {
				for _, fl := range fd.Type.Results.List {
					if len(fl.Names) == 0 {
						g.results = append(g.results, fmt.Sprintf("~r%d", len(g.results)))
					}
					for _, n := range fl.Names {
						if n.Name == "_" {
							g.results = append(g.results, fmt.Sprintf("~r%d", len(g.results)))
						} else {
							g.results = append(g.results, n.Name)
						}
					}
				}
			}
			if fd.Name.Name != "init" && fd.Name.Name != "_" {
				funcs[g.key] = g
			}
		}
	}

	// 3. Collect the evidence per parameter position.
	dir := string(filepath.Separator) + filepath.Join("src", filepath.FromSlash(pkg))
	ev := map[string]*evidence{}
	sc := bufio.NewScanner(bytes.NewReader(buf.Bytes()))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		m := lineRe.FindStringSubmatch(sc.Text())
		if m == nil || !strings.HasSuffix(filepath.Dir(m[1]), dir) {
			continue
		}
		pos := filepath.Base(m[1]) + ":" + m[2] + ":" + m[3]
		g := byPos[pos]
		if g == nil || g.generic {
			continue
		}
		var pname string
		for _, p := range g.params {
			if p.pos == pos {
				pname = p.name
			}
		}
		e := ev[pos]
		if e == nil {
			e = &evidence{results: map[string]int{}, mutator: -1, callee: -1}
			ev[pos] = e
		}
		msg := m[4]
		named := func(n string) bool {
			if n != pname {
				fatalf("%s: %q: parameter here is %q", pos, msg, pname)
			}
			e.lines = append(e.lines, msg)
			return true
		}
		if s := leakRe.FindStringSubmatch(msg); s != nil && named(s[1]) {
			e.heap0 = true
		} else if s := contentRe.FindStringSubmatch(msg); s != nil && named(s[1]) {
			e.content = true
		} else if s := resultRe.FindStringSubmatch(msg); s != nil && named(s[1]) {
			e.results[s[2]] = atoi(s[3])
		} else if s := mutRe.FindStringSubmatch(msg); s != nil && named(s[1]) {
			e.mutator = atoi(s[2])
		} else if s := callRe.FindStringSubmatch(msg); s != nil && named(s[1]) {
			e.callee = atoi(s[2])
		} else if s := noneRe.FindStringSubmatch(msg); s != nil && named(s[1]) {
			e.nothing = true
		} else if s := noEscRe.FindStringSubmatch(msg); s != nil && named(s[1]) {
			e.noEscape = true
		} else if s := movedRe.FindStringSubmatch(msg); s != nil && named(s[1]) {
			e.moved = true
		} else if s := m2Re.FindStringSubmatch(msg); s != nil && s[3] == g.gcName && named(s[1]) {
			// (Lines for another FUNC are another function's parameter
			// declared here: a promoted-method wrapper such as
			// fileWithoutReadFrom.Write for (*File).Write. Skipped.)
			e.m2 = append(e.m2, m2line{root: s[2], fn: s[3], derefs: atoi(s[4])})
		}
	}

	// 4. Types, to tell pointerful parameters from scalars.
	tpkg, err := importer.ForCompiler(token.NewFileSet(), "gc", nil).Import(pkg)
	if err != nil {
		fatalf("importing %s: %v", pkg, err)
	}

	res := map[string][]leaks{}
	inl := map[string]*inlFunc{}
	for _, it := range want {
		g := funcs[it.key()]
		if g == nil {
			fatalf("%s: not found in %s", it.key(), bp.Dir)
		}
		if g.generic {
			fatalf("%s: generic functions are not handled", it.key())
		}
		sig := lookupSig(tpkg, it)
		nparams := sig.Params().Len()
		var ptypes []types.Type
		if sig.Recv() != nil {
			ptypes = append(ptypes, sig.Recv().Type())
		}
		for i := 0; i < nparams; i++ {
			ptypes = append(ptypes, sig.Params().At(i).Type())
		}
		want := paramCount(it.sig)
		if it.recv != "" {
			want++
		}
		if len(ptypes) != len(g.params) || len(ptypes) != want {
			fatalf("%s: %d parameters in types, %d in the AST, %d in cranego's signature", it.key(), len(ptypes), len(g.params), want)
		}
		if g.uintEsc {
			fatalf("%s: //go:uintptrescapes is not handled", it.key())
		}
		var ls []leaks
		for i, p := range g.params {
			l := paramLeaks(it.key(), g, p, hasPointers(ptypes[i]), ev[p.pos])
			ls = append(ls, l)
		}
		res[it.key()] = ls
		// What a package keeps unexported (fmt's errorf, errors'
		// errorString, for the bodies cranego compiles) cannot be called
		// from a probe: its tags only.
		if it.exported() {
			inl[it.key()] = &inlFunc{item: it, pkgName: tpkg.Name(), gcName: g.gcName, sig: sig, cost: -1}
		}
	}
	readInline(buf.Bytes(), dir, inl)
	return res, inl
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		fatalf("%v", err)
	}
	return n
}

func posKey(fset *token.FileSet, p token.Pos) string {
	pp := fset.Position(p)
	return fmt.Sprintf("%s:%d:%d", filepath.Base(pp.Filename), pp.Line, pp.Column)
}

func typeString(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.StarExpr:
		if s := typeString(t.X); s != "" {
			return "*" + s
		}
	case *ast.ParenExpr:
		return typeString(t.X)
	}
	return ""
}

func lookupSig(tpkg *types.Package, it crItem) *types.Signature {
	if it.recv == "" {
		f, ok := tpkg.Scope().Lookup(it.name).(*types.Func)
		if !ok {
			fatalf("%s: no such function in the export data", it.key())
		}
		return f.Type().(*types.Signature)
	}
	tn, ok := tpkg.Scope().Lookup(strings.TrimPrefix(it.recv, "*")).(*types.TypeName)
	if !ok {
		fatalf("%s: no such type", it.key())
	}
	named := tn.Type().(*types.Named)
	for i := 0; i < named.NumMethods(); i++ {
		if m := named.Method(i); m.Name() == it.name {
			return m.Type().(*types.Signature)
		}
	}
	fatalf("%s: no such method", it.key())
	return nil
}

// hasPointers is types.Type.HasPointers of the compiler.
func hasPointers(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String || u.Kind() == types.UnsafePointer || u.Kind() == types.UntypedNil
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	default: // pointer, slice, map, chan, func, interface, type parameter
		return true
	}
}

func paramLeaks(fn string, g *goFunc, p param, pointerful bool, e *evidence) leaks {
	where := fmt.Sprintf("%s parameter %q (%s)", fn, p.name, p.pos)
	say := func(l leaks, why string) leaks {
		if *verbose {
			var lines []string
			if e != nil {
				lines = e.lines
			}
			fmt.Fprintf(os.Stderr, "%s: %v  [%s] %q\n", where, l, why, lines)
		}
		return l
	}
	if !pointerful {
		return say(none, "no pointers")
	}
	if p.name == "" || p.name == "_" {
		return say(none, "unnamed or blank")
	}
	if e == nil {
		fatalf("%s: no diagnostic for a pointerful parameter", where)
	}
	l := none
	if !g.hasBody {
		if g.noescape {
			if !e.noEscape {
				fatalf("%s: body-less //go:noescape but not \"does not escape\": %q", where, e.lines)
			}
			l[leakMutator], l[leakCallee] = 0, 0
			return say(l, "body-less, //go:noescape")
		}
		if !e.heap0 {
			fatalf("%s: body-less but not \"leaking param\": %q", where, e.lines)
		}
		l[leakHeap] = 0
		return say(l, "body-less")
	}
	if e.noEscape {
		fatalf("%s: unexpected \"does not escape\" (without mutate/call) for a function with a body", where)
	}
	if e.moved {
		if e.heap0 || e.content || len(e.results) > 0 || e.mutator >= 0 || e.callee >= 0 || e.nothing {
			fatalf("%s: moved to heap and also leak lines: %q", where, e.lines)
		}
		l[leakHeap] = 0
		return say(l, "moved to heap")
	}
	if e.heap0 && e.content {
		fatalf("%s: both leaking param and content", where)
	}
	if e.nothing && (e.heap0 || e.content || len(e.results) > 0 || e.mutator >= 0 || e.callee >= 0) {
		fatalf("%s: contradictory lines: %q", where, e.lines)
	}
	if !e.nothing && !e.heap0 && !e.content && len(e.results) == 0 && e.mutator < 0 && e.callee < 0 {
		fatalf("%s: no leak line: %q", where, e.lines)
	}

	// Results, mutator, callee: exact at -m=1.
	for name, lvl := range e.results {
		i := -1
		for j, r := range g.results {
			if r == name {
				i = j
			}
		}
		if i < 0 || i >= numEscResult {
			fatalf("%s: unknown result %q", where, name)
		}
		l[leakResult0+i] = lvl
	}
	l[leakMutator], l[leakCallee] = e.mutator, e.callee

	// Heap: the -m=2 explanations.
	heap, why := -1, ""
	for _, m := range e.m2 {
		i := -1
		for j, r := range g.results {
			if r == m.root && j < numEscResult {
				i = j
			}
		}
		isHeap := i < 0
		if i >= 0 {
			lvl, printed := e.results[m.root]
			isHeap = !printed || lvl > m.derefs
			if !isHeap && g.hasLit {
				fmt.Fprintf(os.Stderr, "std-escape-tags: note: %s: %q with derefs=%d taken as a result flow (function has closures)\n", where, m.root, m.derefs)
			}
		}
		if isHeap && (heap < 0 || m.derefs < heap) {
			heap, why = m.derefs, "leaks to "+m.root
		}
	}
	switch {
	case e.heap0:
		if heap != 0 {
			fatalf("%s: \"leaking param\" but -m=2 heap derefs %d", where, heap)
		}
	case e.content:
		if heap < 1 {
			fatalf("%s: \"leaking param content\" but -m=2 heap derefs %d", where, heap)
		}
	default:
		if heap >= 0 {
			fatalf("%s: no heap line but -m=2 heap flow with derefs %d", where, heap)
		}
	}
	l[leakHeap] = heap
	if heap >= 0 {
		for i := 1; i < len(l); i++ {
			if l[i] >= heap {
				fatalf("%s: printed entry %d derefs %d >= heap %d (not optimized?)", where, i, l[i], heap)
			}
		}
	}
	if why == "" {
		why = "-m=1 lines"
	} else {
		why = fmt.Sprintf("heap %d: %s", heap, why)
	}
	return say(l, why)
}
