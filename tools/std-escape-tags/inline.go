package main

// The second output, compiler/src/inline/stdinline.rs: how gc inlines the
// library functions of the first output into a user's package.
//
// Inlinability and cost. While compiling package P with -m=2 (the build
// the tags come from) gc prints, for every function it can inline,
//
//	POS: can inline NAME with cost N as: BODY
//
// and otherwise "cannot inline NAME: REASON" (NAME as ir.FuncName: F,
// (*T).M, T.M). A function is inlinable iff it has such a line; the
// generator fails if one has both, or two different costs.
//
// The lines of a call. All functions are probed in one program of package
// main, built once with `go build -gcflags=-m` (inlining on, as users run
// it; private empty GOCACHE, so nothing is replayed from a cache; built
// like tests/golden.sh builds escape/X.mi). Per function two probe
// functions, one line each:
//
//	func p92d() { var r strings.Builder; var a0 string; r.WriteString(a0); mark1() }
//	func p92s() { var r strings.Builder; var a0 string; s92_0, s92_1 = r.WriteString(a0); mark1() }
//
// zero-valued locals of the go/types parameter types (a variadic parameter
// gets one element of its element type, so the call has its implicit
// `...` slice; a method is called on a local of the receiver's base type,
// addressable, so a pointer method gets &r), the results discarded (d) or
// assigned to package-level variables (s). Each probe is its own function,
// not a statement of main, so that no probe changes another's (a caller
// over 5000 nodes gets a smaller inlining budget). The -m lines at the
// call's position (its '(') are, in the order printed:
//
//	inlining call to X      printed as gc inlines (inline/inl.go:mkinlcall),
//	                        before everything else: the function itself,
//	                        then the calls inlined into its body
//	TEXT escapes to heap    escape analysis of the caller, flushed sorted by
//	TEXT does not escape    position: the inlined body's allocations and the
//	                        `...` slice
//	index bounds check      walk (walk/expr.go), flushed after all of escape
//	elided                  analysis's lines
//
// gc inlines breadth first (inline/interleaved: the calls found in the
// function, then the calls found in the bodies just inlined, and so on), so
// in a function with several calls the nested lines of one call come after
// the first-generation lines of all of them. To record each nested call's
// generation a probe ends with mark1(), the head of a chain
// mark1 -> mark2 -> ... -> mark16 of inlinable functions: generation K of
// the probed call is printed just before "inlining call to markK" (at the
// marker's own position). The generator fails if a probe is deeper than
// the chain, if the first line is not the function itself at generation 1
// (it may be absent: math.Floor, Ceil and Trunc are intrinsics on amd64, so
// gc does not inline the call although it can inline the function), if a
// function without "can inline" is inlined, or if the two probes differ in
// anything but the escape flags. The only other line a probe prints is
// "moved to heap: r" (a pointer receiver whose address escapes); the
// generator checks it against the tags of the first output (receiver heap
// derefs 0, or result derefs 0 with the results sunk), so the tags predict
// the receiver and the arguments of an inlined call too. The escape and
// walk lines are checked for consistency between the probes but not
// written out: the allocations of an inlined library body are cranego's
// own decisions, for the few bodies it compiles from Go (GO_BODIES in
// compiler/src/stdlib.rs); this table says which calls gc inlines and
// what they cost.

import (
	"bufio"
	"bytes"
	"fmt"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// One function of cranego's list, as the inliner sees it.
type inlFunc struct {
	item    crItem
	pkgName string // as gc names the package in diagnostics: utf8, not unicode/utf8
	gcName  string // ir.FuncName: Name, (*T).Name or T.Name
	sig     *types.Signature
	cost    int    // "can inline NAME with cost N": N; -1 if there is no such line
	why     string // "cannot inline NAME: WHY"
	probes  [2]probeResult
}

// Probe modes: the result discarded (`f(...)`) or assigned to package-level
// variables (`s0, s1 = f(...)`).
const (
	discarded = 0
	sunk      = 1
)

var modeName = [2]string{"discarded", "sunk"}

// What gc printed for one probe.
type probeResult struct {
	line    int            // of probe.go
	callCol int            // the call's position: its '('
	vars    map[int]string // declaration column -> variable name (r, a0, a1, ...)
	inlined []string       // "inlining call to X" at the call, in order
	depth   []int          // of each: 1 = the call itself, 2 = a call in its body, ...
	markCol int            // the position of the generation marker call
	marks   int            // "inlining call to markK" lines seen so far
	sites   []probeSite    // the other lines at the call, in order
	notes   []string       // any other lines at the call, in order (index bounds check elided)
	others  []string       // lines elsewhere in the probe ("VAR: MSG" or "COL: MSG")
	source  string         // the probe's line, for -v and errors
}

type probeSite struct {
	text    string
	escapes bool
}

var (
	canInlineRe    = regexp.MustCompile(`^can inline (\S+) with cost (-?\d+) as: `)
	cannotInlineRe = regexp.MustCompile(`^cannot inline (\S+): (.*)$`)
	inliningRe     = regexp.MustCompile(`^inlining call to (\S+)$`)
	escapesRe      = regexp.MustCompile(`^(.*) escapes to heap$`)
	noEscapeRe     = regexp.MustCompile(`^(.*) does not escape$`)
)

// readInline records the "can inline"/"cannot inline" lines (printed at
// -m=2 while compiling the package; the lines come from the files of the
// package directory dir) for the functions of inl, keyed by gc's name.
func readInline(out []byte, dir string, inl map[string]*inlFunc) {
	byName := map[string]*inlFunc{}
	for _, f := range inl {
		if byName[f.gcName] != nil {
			fatalf("%s and %s have the same gc name %s", byName[f.gcName].item.key(), f.item.key(), f.gcName)
		}
		byName[f.gcName] = f
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		m := lineRe.FindStringSubmatch(sc.Text())
		if m == nil || !strings.HasSuffix(filepath.Dir(m[1]), dir) {
			continue
		}
		if s := canInlineRe.FindStringSubmatch(m[4]); s != nil {
			if f := byName[s[1]]; f != nil {
				c := atoi(s[2])
				if f.cost >= 0 && f.cost != c || f.why != "" {
					fatalf("%s: two inlinability lines (cost %d / %q, then cost %d)", f.item.key(), f.cost, f.why, c)
				}
				f.cost = c
			}
		} else if s := cannotInlineRe.FindStringSubmatch(m[4]); s != nil {
			if f := byName[s[1]]; f != nil {
				if f.cost >= 0 || f.why != "" && f.why != s[2] {
					fatalf("%s: two inlinability lines (cost %d / %q, then %q)", f.item.key(), f.cost, f.why, s[2])
				}
				f.why = s[2]
			}
		}
	}
}

// writeInline probes every function, then writes the table to out. tags
// are the leak tags of the first output, to check the probes against.
func writeInline(root, out, goversion string, inl map[string]*inlFunc, tags map[string][]leaks) {
	var keys []string
	for k := range inl {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fs := make([]*inlFunc, len(keys))
	for i, k := range keys {
		fs[i] = inl[k]
	}
	probe(fs, tags)

	goos, goarch := goEnv("GOOS"), goEnv("GOARCH")
	ex := fs[0] // the example: a method with results, WriteString if there
	for _, f := range fs {
		if f.item.key() == "strings.(*Builder).WriteString" || ex.sig.Recv() == nil && f.sig.Recv() != nil && f.sig.Results().Len() > 0 {
			ex = f
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "//! GENERATED by tools/std-escape-tags (%s) — do not edit.\n", goversion)
	fmt.Fprintf(&b, `//! How gc (%s/%s) inlines the standard-library functions cranego provides
//! (compiler/src/stdlib.rs) into a user's package: what `+"`go build -gcflags=-m`"+`
//! prints for a call. Regenerate with `+"`cd tools/std-escape-tags && go run .`"+`;
//! tools/std-escape-tags/main.go and inline.go describe how it is obtained.
//!
//! A function is listed iff compiling its package with `+"`-m=2`"+` printed
//! `+"`can inline NAME with cost N as: ...`"+`; `+"`cost`"+` is that N. The rest comes
//! from probes: one program of package main, compiled once with
//! `+"`go build -gcflags=-m`"+` (inlining on, private empty GOCACHE), holding two
//! functions per library function, each calling it once with zero-valued
//! local variables of the parameter types (a variadic parameter gets one
//! element; a method is called on a local of the receiver's base type,
//! addressable for pointer methods), once with the results discarded and
//! once assigning them to package-level variables:
//!
//! `+"```text"+`
//! %s
//! %s
//! `+"```"+`
//!
//! (for a function without results both are the same text). `+"`mark1`"+` starts a
//! chain of inlinable functions, each calling the next; its
//! `+"`inlining call to markK`"+` lines tell the generations apart (below).
//!
//! Only lines at the call's position (its '(') are recorded. The only other
//! line a probe prints (besides `+"`can inline pN`"+` and the markers') is
//! `+"`moved to heap: r`"+` for a pointer receiver, and the generator checks that
//! it appears exactly when escape/stdtags.rs says the receiver leaks to the
//! heap with derefs 0 (or to a result with derefs 0, results sunk): for the
//! receiver and the arguments, the tags predict gc's inlined calls too.
`, goos, goarch, ex.probes[discarded].source, ex.probes[sunk].source)
	b.WriteString(`
#[derive(Clone, Copy, Debug)]
pub struct StdInline {
    /// As in escape/stdtags.rs: ` + "`strings.(*Builder).WriteString`, `unicode/utf8.RuneLen`" + `.
    pub name: &'static str,
    /// gc's inline cost (the budget is 80).
    pub cost: i32,
    /// The ` + "`inlining call to X`" + ` lines a call prints, in order, each with its
    /// generation: 1 for the function itself, as gc names it (package name,
    /// not path: ` + "`utf8.RuneLen`" + `), 2 for a call inlined into its body, and so on.
    /// gc inlines a generation at a time, printing as it goes (before any
    /// escape-analysis line): generation 1 of every call of the caller in
    /// order, then generation 2 of every call, and so on; here the calls of
    /// one generation are in gc's order, of the one call. Same-named packages
    /// are not told apart: ` + "`sync.(*Mutex).Lock`" + ` inlines internal/sync's
    /// ` + "`sync.(*Mutex).Lock`" + `. Empty for a function gc can inline but replaces by
    /// an intrinsic on this architecture (math.Floor, Ceil, Trunc): no line.
    pub inlined: &'static [(&'static str, u8)],
    /// What gc prints for the call's value once inlined: its result
    /// variable, ` + "`~r0`" + ` if unnamed, else the name qualified by the package
    /// (` + "`utf8.n`" + `); empty unless the function has exactly one result.
    pub result: &'static str,
}

/// Sorted by name.
pub const INLINABLE: &[StdInline] = &[
`)
	n := 0
	for _, f := range fs {
		if f.cost < 0 {
			continue
		}
		n++
		d := f.probes[discarded]
		var in []string
		for i, x := range d.inlined {
			in = append(in, fmt.Sprintf("(%s, %d)", rustString(x), d.depth[i]))
		}
		result := ""
		if res := f.sig.Results(); res.Len() == 1 {
			result = "~r0"
			if name := res.At(0).Name(); name != "" && name != "_" {
				result = f.pkgName + "." + name
			}
		}
		one := fmt.Sprintf("    StdInline { name: %s, cost: %d, inlined: &[%s], result: %s },",
			rustString(f.item.key()), f.cost, strings.Join(in, ", "), rustString(result))
		if len(one) <= maxWidth {
			b.WriteString(one + "\n")
			continue
		}
		b.WriteString("    StdInline {\n")
		fmt.Fprintf(&b, "        name: %s,\n", rustString(f.item.key()))
		fmt.Fprintf(&b, "        cost: %d,\n", f.cost)
		writeList(&b, 8, "inlined: ", in)
		fmt.Fprintf(&b, "        result: %s,\n", rustString(result))
		b.WriteString("    },\n")
	}
	b.WriteString("];\n")
	writeRust(root, out, b.Bytes())
	fmt.Fprintf(os.Stderr, "wrote %s: %d of %d functions inlinable\n", out, n, len(fs))
}

// writeList writes `FIELD&[ITEMS],` at indent as rustfmt would (max_width
// 120, use_small_heuristics Max): on one line if it fits, else one item a
// line.
const maxWidth = 120

func writeList(b *bytes.Buffer, indent int, field string, items []string) {
	pad := strings.Repeat(" ", indent)
	one := pad + field + "&[" + strings.Join(items, ", ") + "],"
	if len(one) <= maxWidth {
		b.WriteString(one + "\n")
		return
	}
	b.WriteString(pad + field + "&[\n")
	for _, it := range items {
		b.WriteString(pad + "    " + it + ",\n")
	}
	b.WriteString(pad + "],\n")
}

// The generation markers: mark1 calls mark2 ... calls markN, all inlinable.
// gc inlines breadth first, a generation at a time (interleaved.go: the
// calls of the function, then the calls within the bodies just inlined, in
// the order found), so a probe `f(...); mark1()` prints f's generation k
// before "inlining call to markK": that gives the depth of every nested call.
const numMarks = 16

// probe builds the probe program and fills in f.probes.
func probe(fs []*inlFunc, tags map[string][]leaks) {
	imports := map[string]string{} // path -> name
	names := map[string]string{}   // name -> path
	qual := func(p *types.Package) string {
		if q, ok := names[p.Name()]; ok && q != p.Path() {
			fatalf("probe: packages %s and %s are both named %s", q, p.Path(), p.Name())
		}
		imports[p.Path()], names[p.Name()] = p.Name(), p.Path()
		return p.Name()
	}
	var lines []string
	var sinks []string
	for i, f := range fs {
		imports[f.item.pkg], names[f.pkgName] = f.pkgName, f.item.pkg
		for mode := range f.probes {
			p := &f.probes[mode]
			p.vars = map[int]string{}
			var l strings.Builder
			fmt.Fprintf(&l, "func p%d%c() { ", i, "ds"[mode])
			decl := func(name string, t types.Type) {
				l.WriteString("var ")
				p.vars[l.Len()+1] = name
				fmt.Fprintf(&l, "%s %s; ", name, types.TypeString(t, qual))
			}
			sig := f.sig
			if r := sig.Recv(); r != nil {
				t := r.Type()
				if pt, ok := t.(*types.Pointer); ok {
					t = pt.Elem()
				}
				decl("r", t)
			}
			var args []string
			for j := 0; j < sig.Params().Len(); j++ {
				t := sig.Params().At(j).Type()
				if sig.Variadic() && j == sig.Params().Len()-1 {
					t = t.(*types.Slice).Elem()
				}
				args = append(args, fmt.Sprintf("a%d", j))
				decl(args[j], t)
			}
			if mode == sunk && sig.Results().Len() > 0 {
				var lhs []string
				for j := 0; j < sig.Results().Len(); j++ {
					s := fmt.Sprintf("s%d_%d", i, j)
					lhs = append(lhs, s)
					sinks = append(sinks, fmt.Sprintf("var %s %s", s, types.TypeString(sig.Results().At(j).Type(), qual)))
				}
				l.WriteString(strings.Join(lhs, ", ") + " = ")
			}
			if sig.Recv() != nil {
				l.WriteString("r." + f.item.name)
			} else {
				l.WriteString(f.pkgName + "." + f.item.name)
			}
			p.callCol = l.Len() + 1
			l.WriteString("(" + strings.Join(args, ", ") + "); mark1")
			p.markCol = l.Len() + 1
			l.WriteString("() }")
			p.source = l.String()
			lines = append(lines, p.source)
		}
	}

	var src bytes.Buffer
	src.WriteString("// Probes of tools/std-escape-tags: one call per line.\n\npackage main\n\nimport (\n")
	var paths []string
	for p := range imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Fprintf(&src, "\t%q\n", p)
	}
	src.WriteString(")\n\nfunc main() {}\n\n")
	for k := 1; k < numMarks; k++ {
		fmt.Fprintf(&src, "func mark%d() { mark%d() }\n", k, k+1)
	}
	fmt.Fprintf(&src, "func mark%d() {}\n\n", numMarks)
	first := bytes.Count(src.Bytes(), []byte("\n")) + 1
	for _, l := range lines {
		src.WriteString(l + "\n")
	}
	src.WriteString("\n")
	for _, s := range sinks {
		src.WriteString(s + "\n")
	}
	byLine := map[int]*probeResult{}
	k := 0
	for _, f := range fs {
		for mode := range f.probes {
			f.probes[mode].line = first + k
			byLine[first+k] = &f.probes[mode]
			k++
		}
	}

	tmp, err := os.MkdirTemp("", "std-escape-tags-")
	if err != nil {
		fatalf("%v", err)
	}
	dir := filepath.Join(tmp, "probe")
	os.Mkdir(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, "probe.go"), src.Bytes(), 0o644); err != nil {
		fatalf("%v", err)
	}
	cmd := exec.Command("go", "build", "-gcflags=-m", "-o", filepath.Join(tmp, "probe.exe"), "probe.go")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOCACHE="+filepath.Join(tmp, "cache"), "GOTOOLCHAIN=local", "GOFLAGS=", "GO111MODULE=auto")
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err = cmd.Run()
	os.RemoveAll(tmp) // (not deferred: fatalf exits)
	if *logdir != "" {
		os.MkdirAll(*logdir, 0o755)
		os.WriteFile(filepath.Join(*logdir, "probe.go"), src.Bytes(), 0o644)
		os.WriteFile(filepath.Join(*logdir, "probe.txt"), buf.Bytes(), 0o644)
	}
	if err != nil {
		fatalf("go build probe.go: %v\n%s", err, buf.String())
	}

	sc := bufio.NewScanner(bytes.NewReader(buf.Bytes()))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		m := lineRe.FindStringSubmatch(sc.Text())
		if m == nil || filepath.Base(m[1]) != "probe.go" {
			continue
		}
		p := byLine[atoi(m[2])]
		if p == nil {
			continue // main, the imports
		}
		col, msg := atoi(m[3]), m[4]
		if col == p.markCol {
			if msg != fmt.Sprintf("inlining call to mark%d", p.marks+1) {
				fatalf("probe.go:%d: %q at the marker, want inlining call to mark%d", p.line, msg, p.marks+1)
			}
			p.marks++
			continue
		}
		if col != p.callCol {
			if col == 6 && strings.HasPrefix(msg, "can inline p") {
				continue // the probe function itself
			}
			if v, ok := p.vars[col]; ok {
				p.others = append(p.others, v+": "+msg)
			} else {
				p.others = append(p.others, strconv.Itoa(col)+": "+msg)
			}
			continue
		}
		if s := inliningRe.FindStringSubmatch(msg); s != nil {
			if len(p.sites) > 0 {
				fatalf("probe.go:%d: %q after an escape line", p.line, msg)
			}
			if p.marks == numMarks {
				fatalf("probe.go:%d: %q after the last generation marker (more than %d levels)", p.line, msg, numMarks)
			}
			p.inlined = append(p.inlined, s[1])
			p.depth = append(p.depth, p.marks+1)
		} else if s := escapesRe.FindStringSubmatch(msg); s != nil {
			p.sites = append(p.sites, probeSite{text: s[1], escapes: true})
		} else if s := noEscapeRe.FindStringSubmatch(msg); s != nil {
			p.sites = append(p.sites, probeSite{text: s[1]})
		} else {
			p.notes = append(p.notes, msg)
		}
	}

	for _, f := range fs {
		d, s := &f.probes[discarded], &f.probes[sunk]
		self := f.pkgName + "." + f.gcName
		if *verbose {
			for mode := range f.probes {
				p := &f.probes[mode]
				fmt.Fprintf(os.Stderr, "%s (cost %d%s) %s: %s\n\tinlined %q %v\n\tsites %v\n\tnotes %q\n\telsewhere %q\n",
					f.item.key(), f.cost, ifNotEmpty(", ", f.why), modeName[mode], p.source, p.inlined, p.depth, p.sites, p.notes, p.others)
			}
		}
		for _, p := range []*probeResult{d, s} {
			switch {
			case f.cost < 0 && len(p.inlined) > 0:
				fatalf("%s: no \"can inline\" line, but the probe inlined it: %q", f.item.key(), p.inlined)
			case p.marks != numMarks:
				fatalf("%s: %d generation markers inlined, want %d\n\t%s", f.item.key(), p.marks, numMarks, p.source)
			case f.cost >= 0 && len(p.inlined) > 0 && (p.inlined[0] != self || p.depth[0] != 1):
				fatalf("%s: inlinable (cost %d), but the probe printed %q, not first \"inlining call to %s\"\n\t%s",
					f.item.key(), f.cost, p.inlined, self, p.source)
			}
		}
		for _, p := range []*probeResult{d, s} {
			for i := 1; i < len(p.depth); i++ {
				if p.depth[i] < p.depth[i-1] || p.depth[i] > p.depth[i-1]+1 || p.depth[i] == 1 {
					fatalf("%s: depths %v", f.item.key(), p.depth)
				}
			}
		}
		if strings.Join(d.inlined, "\n") != strings.Join(s.inlined, "\n") || fmt.Sprint(d.depth) != fmt.Sprint(s.depth) {
			fatalf("%s: the probes inline differently: %q / %q", f.item.key(), d.inlined, s.inlined)
		}
		if strings.Join(d.notes, "\n") != strings.Join(s.notes, "\n") {
			fatalf("%s: the probes print different lines at the call: %q / %q", f.item.key(), d.notes, s.notes)
		}
		for mode, p := range []*probeResult{d, s} {
			var want []string
			if t := f.sig.Recv(); t != nil {
				if _, ok := t.Type().(*types.Pointer); ok {
					l := tags[f.item.key()][0]
					moved := l[leakHeap] == 0
					for i := leakResult0; i < len(l) && mode == sunk; i++ {
						moved = moved || l[i] == 0
					}
					if moved {
						want = []string{"r: moved to heap: r"}
					}
				}
			}
			if strings.Join(p.others, "\n") != strings.Join(want, "\n") {
				fatalf("%s: probe (%s) printed %q elsewhere, the tags predict %q\n\t%s",
					f.item.key(), modeName[mode], p.others, want, p.source)
			}
		}
		if len(d.sites) != len(s.sites) {
			fatalf("%s: the probes print different sites: %v / %v", f.item.key(), d.sites, s.sites)
		}
		for i := range d.sites {
			if d.sites[i].text != s.sites[i].text {
				fatalf("%s: the probes print different sites: %v / %v", f.item.key(), d.sites, s.sites)
			}
		}
	}
}

func ifNotEmpty(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// rustString quotes s as a Rust string literal.
func rustString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u{%x}`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// writeRust writes a generated file and formats it like the repository's
// sources.
func writeRust(root, out string, data []byte) {
	if err := os.WriteFile(out, data, 0o644); err != nil {
		fatalf("%v", err)
	}
	if *fmtFlag {
		cmd := exec.Command("rustfmt", "--edition", "2021", "--config-path", filepath.Join(root, "rustfmt.toml"), out)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			fatalf("rustfmt: %v", err)
		}
	}
}
