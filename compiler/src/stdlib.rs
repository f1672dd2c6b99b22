//! The standard-library subset cranego provides (SUBSET.md, Tier 1): every
//! package's exported functions, methods, types, constants and variables,
//! with Go signatures written as Go type syntax. The checker resolves the
//! signatures (check/stdlib.rs); code generation calls the runtime's
//! implementation `cranego_<pkg>_<Name>` (methods: `cranego_<pkg>_<Type>_<Name>`)
//! with the C-level convention of runtime/src/abi.rs (codegen/stdlib.rs).
//!
//! Type syntax here: Go's, with the package's own types unqualified and
//! other packages' qualified (`io.Writer`).

/// A package: its path, and what it declares.
pub struct Package {
    pub path: &'static str,
    /// (name, signature).
    pub funcs: &'static [(&'static str, &'static str)],
    /// (name, underlying type).
    pub types: &'static [(&'static str, &'static str)],
    /// (receiver, name, signature): receivers are `*T` or `T`.
    pub methods: &'static [(&'static str, &'static str, &'static str)],
    /// (name, constant literal): untyped, its kind following the literal (an
    /// integer, a float, or a rune in quotes), or `T literal` for a constant
    /// of the package's type T.
    pub consts: &'static [(&'static str, &'static str)],
    /// (name, type): package variables, defined by the runtime.
    pub vars: &'static [(&'static str, &'static str)],
    /// Types whose values the runtime makes: their descriptors (and those of
    /// pointers to them) are the runtime's `cranego_type_<pkg>_<Name>` and
    /// `cranego_type_ptr_<pkg>_<Name>`, so that assertions recognise them.
    pub runtime_types: &'static [&'static str],
}

impl Package {
    /// The package name: the last element of the path.
    pub fn name(&self) -> &'static str {
        self.path.rsplit('/').next().unwrap_or(self.path)
    }

    /// The runtime symbol implementing a function, method or variable.
    pub fn symbol(&self, recv: Option<&str>, name: &str) -> String {
        match recv {
            Some(r) => format!("cranego_{}_{}_{name}", self.name(), r.trim_start_matches('*')),
            None => format!("cranego_{}_{name}", self.name()),
        }
    }
}

/// The runtime's descriptor symbol for library type `pkg.name` (or a
/// pointer to it), if the runtime makes its values.
pub fn runtime_descriptor(path: &str, name: &str, pointer: bool) -> Option<String> {
    let p = package(path)?;
    p.runtime_types
        .contains(&name)
        .then(|| format!("cranego_type_{}{}_{name}", if pointer { "ptr_" } else { "" }, p.name()))
}

pub fn package(path: &str) -> Option<&'static Package> {
    PACKAGES.iter().find(|p| p.path == path)
}

/// A library function cranego compiles from its Go body, a simple one,
/// as the real library's: gc inlines these, so cranego does too, and its
/// `-m` lines then show what the body does (`fmt.a := ... argument`,
/// `&errors.errorString{...} escapes to heap`).
pub struct GoBody {
    pub path: &'static str,
    pub name: &'static str,
    pub body: Body,
    /// The names of the parameters and results, as gc prints them
    /// (unnamed results: `~r0`).
    pub params: &'static [&'static str],
    pub results: &'static [&'static str],
}

pub enum Body {
    /// `if err = Callee(params...); err != nil { return err }; return
    /// pkg.Func(first param)`: fmt.Errorf's, whose callee formats (nil when
    /// there is nothing to format).
    OrElse { callee: &'static str, otherwise: (&'static str, &'static str) },
    /// `return Callee(pkg.Var, params...)`: a function of the same package,
    /// given a package variable first (the `...` parameter passed on).
    Forward { callee: &'static str, first: (&'static str, &'static str) },
    /// `return &T{params...}`: a new value of the package's struct type T
    /// holding the parameters.
    NewStruct { typ: &'static str },
    /// `return r.field`: a method returning a field of its receiver.
    Field { field: &'static str },
}

pub const GO_BODIES: &[GoBody] = &[
    GoBody {
        path: "fmt",
        name: "Print",
        body: Body::Forward { callee: "Fprint", first: ("os", "Stdout") },
        params: &["a"],
        results: &["n", "err"],
    },
    GoBody {
        path: "fmt",
        name: "Println",
        body: Body::Forward { callee: "Fprintln", first: ("os", "Stdout") },
        params: &["a"],
        results: &["n", "err"],
    },
    GoBody {
        path: "fmt",
        name: "Printf",
        body: Body::Forward { callee: "Fprintf", first: ("os", "Stdout") },
        params: &["format", "a"],
        results: &["n", "err"],
    },
    GoBody {
        path: "fmt",
        name: "Errorf",
        body: Body::OrElse { callee: "errorf", otherwise: ("errors", "New") },
        params: &["format", "a"],
        results: &["err"],
    },
    GoBody {
        path: "errors",
        name: "(*errorString).Error",
        body: Body::Field { field: "s" },
        params: &["e"],
        results: &[],
    },
    GoBody {
        path: "errors",
        name: "New",
        body: Body::NewStruct { typ: "errorString" },
        params: &["text"],
        results: &[],
    },
];

/// The Go body of library function `path.name` (a method: `(*T).M`), if
/// cranego has it.
pub fn go_body(path: &str, name: &str) -> Option<&'static GoBody> {
    GO_BODIES.iter().find(|f| f.path == path && f.name == name)
}

/// Whether a function named as cranego names it (`fmt.Println`,
/// `strings.(*Builder).Len`) is the library's.
pub fn is_library(name: &str) -> bool {
    path_qualified(name).is_some()
}

/// A library function's name as cranego names it (`utf8.RuneLen`,
/// `strings.(*Builder).Len`) qualified by its package's path instead
/// (`unicode/utf8.RuneLen`), as the generated tables of gc's facts are.
pub fn path_qualified(name: &str) -> Option<String> {
    let (pkg, rest) = name.split_once('.')?;
    let path = PACKAGES.iter().find(|p| p.name() == pkg)?.path;
    Some(format!("{path}.{rest}"))
}

pub const PACKAGES: &[Package] = &[
    Package {
        path: "fmt",
        funcs: &[
            ("Print", "func(...any) (int, error)"),
            ("Println", "func(...any) (int, error)"),
            ("Printf", "func(string, ...any) (int, error)"),
            ("Sprint", "func(...any) string"),
            ("Sprintln", "func(...any) string"),
            ("Sprintf", "func(string, ...any) string"),
            ("Errorf", "func(string, ...any) error"),
            // Unexported: for Errorf's body.
            ("errorf", "func(string, ...any) error"),
            ("Fprint", "func(io.Writer, ...any) (int, error)"),
            ("Fprintln", "func(io.Writer, ...any) (int, error)"),
            ("Fprintf", "func(io.Writer, string, ...any) (int, error)"),
        ],
        types: &[("Stringer", "interface{String() string}")],
        methods: &[],
        consts: &[],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "io",
        funcs: &[],
        types: &[("Writer", "interface{Write([]byte) (int, error)}")],
        methods: &[],
        consts: &[],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "os",
        funcs: &[("Exit", "func(int)")],
        types: &[("File", "struct{fd int}")],
        methods: &[
            ("*File", "Write", "func([]byte) (int, error)"),
            ("*File", "WriteString", "func(string) (int, error)"),
        ],
        consts: &[],
        vars: &[("Args", "[]string"), ("Stdin", "*File"), ("Stdout", "*File"), ("Stderr", "*File")],
        runtime_types: &[],
    },
    Package {
        path: "errors",
        funcs: &[("New", "func(string) error")],
        // Unexported: for errors.New's body.
        types: &[("errorString", "struct{s string}")],
        methods: &[("*errorString", "Error", "func() string")],
        consts: &[],
        vars: &[],
        runtime_types: &["errorString"],
    },
    Package {
        path: "time",
        funcs: &[("Sleep", "func(Duration)"), ("Now", "func() Time"), ("Since", "func(Time) Duration")],
        // A Time is the wall clock and a monotonic reading (nanoseconds).
        types: &[("Duration", "int64"), ("Time", "struct{wall int64; mono int64}")],
        methods: &[
            ("Duration", "String", "func() string"),
            ("Duration", "Seconds", "func() float64"),
            ("Duration", "Minutes", "func() float64"),
            ("Duration", "Hours", "func() float64"),
            ("Duration", "Milliseconds", "func() int64"),
            ("Duration", "Microseconds", "func() int64"),
            ("Duration", "Nanoseconds", "func() int64"),
            ("Time", "Sub", "func(Time) Duration"),
            ("Time", "UnixNano", "func() int64"),
        ],
        consts: &[
            ("Nanosecond", "Duration 1"),
            ("Microsecond", "Duration 1000"),
            ("Millisecond", "Duration 1000000"),
            ("Second", "Duration 1000000000"),
            ("Minute", "Duration 60000000000"),
            ("Hour", "Duration 3600000000000"),
        ],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "sync",
        funcs: &[],
        // Layouts are the runtime's (runtime/src/stdlib/sync.rs); a zero
        // value is ready to use, as in Go.
        types: &[
            ("WaitGroup", "struct{n int; first uintptr; last uintptr}"),
            ("Mutex", "struct{locked int; first uintptr; last uintptr}"),
            ("RWMutex", "struct{writer int; readers int; first uintptr; last uintptr}"),
            ("Once", "struct{state int; first uintptr; last uintptr}"),
        ],
        methods: &[
            ("*WaitGroup", "Add", "func(int)"),
            ("*WaitGroup", "Done", "func()"),
            ("*WaitGroup", "Wait", "func()"),
            ("*Mutex", "Lock", "func()"),
            ("*Mutex", "Unlock", "func()"),
            ("*Mutex", "TryLock", "func() bool"),
            ("*RWMutex", "Lock", "func()"),
            ("*RWMutex", "Unlock", "func()"),
            ("*RWMutex", "RLock", "func()"),
            ("*RWMutex", "RUnlock", "func()"),
            ("*Once", "Do", "func(func())"),
        ],
        consts: &[],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "strings",
        funcs: &[
            ("Contains", "func(string, string) bool"),
            ("ContainsRune", "func(string, rune) bool"),
            ("ContainsAny", "func(string, string) bool"),
            ("HasPrefix", "func(string, string) bool"),
            ("HasSuffix", "func(string, string) bool"),
            ("EqualFold", "func(string, string) bool"),
            ("Index", "func(string, string) int"),
            ("IndexByte", "func(string, byte) int"),
            ("IndexRune", "func(string, rune) int"),
            ("IndexAny", "func(string, string) int"),
            ("LastIndex", "func(string, string) int"),
            ("LastIndexByte", "func(string, byte) int"),
            ("Count", "func(string, string) int"),
            ("Compare", "func(string, string) int"),
            ("Repeat", "func(string, int) string"),
            ("Replace", "func(string, string, string, int) string"),
            ("ReplaceAll", "func(string, string, string) string"),
            ("ToUpper", "func(string) string"),
            ("ToLower", "func(string) string"),
            ("TrimSpace", "func(string) string"),
            ("Trim", "func(string, string) string"),
            ("TrimLeft", "func(string, string) string"),
            ("TrimRight", "func(string, string) string"),
            ("TrimPrefix", "func(string, string) string"),
            ("TrimSuffix", "func(string, string) string"),
            ("Map", "func(func(rune) rune, string) string"),
            ("Join", "func([]string, string) string"),
            ("Fields", "func(string) []string"),
            ("Split", "func(string, string) []string"),
            ("SplitN", "func(string, string, int) []string"),
            ("Cut", "func(string, string) (string, string, bool)"),
        ],
        types: &[("Builder", "struct{buf []byte}")],
        methods: &[
            ("*Builder", "WriteString", "func(string) (int, error)"),
            ("*Builder", "Write", "func([]byte) (int, error)"),
            ("*Builder", "WriteByte", "func(byte) error"),
            ("*Builder", "WriteRune", "func(rune) (int, error)"),
            ("*Builder", "String", "func() string"),
            ("*Builder", "Len", "func() int"),
            ("*Builder", "Cap", "func() int"),
            ("*Builder", "Reset", "func()"),
            ("*Builder", "Grow", "func(int)"),
        ],
        consts: &[],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "strconv",
        funcs: &[
            ("Itoa", "func(int) string"),
            ("Atoi", "func(string) (int, error)"),
            ("FormatInt", "func(int64, int) string"),
            ("FormatUint", "func(uint64, int) string"),
            ("FormatBool", "func(bool) string"),
            ("FormatFloat", "func(float64, byte, int, int) string"),
            ("ParseInt", "func(string, int, int) (int64, error)"),
            ("ParseUint", "func(string, int, int) (uint64, error)"),
            ("ParseFloat", "func(string, int) (float64, error)"),
            ("ParseBool", "func(string) (bool, error)"),
            ("Quote", "func(string) string"),
            ("QuoteToASCII", "func(string) string"),
            ("QuoteRune", "func(rune) string"),
            ("Unquote", "func(string) (string, error)"),
            ("AppendInt", "func([]byte, int64, int) []byte"),
            ("AppendQuote", "func([]byte, string) []byte"),
            ("IsPrint", "func(rune) bool"),
        ],
        types: &[("NumError", "struct{Func string; Num string; Err error}")],
        methods: &[("*NumError", "Error", "func() string"), ("*NumError", "Unwrap", "func() error")],
        consts: &[("IntSize", "64")],
        vars: &[("ErrRange", "error"), ("ErrSyntax", "error")],
        runtime_types: &["NumError"],
    },
    Package {
        path: "math",
        funcs: &[
            ("Sqrt", "func(float64) float64"),
            ("Abs", "func(float64) float64"),
            ("Floor", "func(float64) float64"),
            ("Ceil", "func(float64) float64"),
            ("Trunc", "func(float64) float64"),
            ("Round", "func(float64) float64"),
            ("Log", "func(float64) float64"),
            ("Log2", "func(float64) float64"),
            ("Log10", "func(float64) float64"),
            ("Exp", "func(float64) float64"),
            ("Sin", "func(float64) float64"),
            ("Cos", "func(float64) float64"),
            ("Tan", "func(float64) float64"),
            ("Cbrt", "func(float64) float64"),
            ("Pow", "func(float64, float64) float64"),
            ("Mod", "func(float64, float64) float64"),
            ("Max", "func(float64, float64) float64"),
            ("Min", "func(float64, float64) float64"),
            ("Hypot", "func(float64, float64) float64"),
            ("Copysign", "func(float64, float64) float64"),
            ("Inf", "func(int) float64"),
            ("NaN", "func() float64"),
            ("IsNaN", "func(float64) bool"),
            ("IsInf", "func(float64, int) bool"),
            ("Signbit", "func(float64) bool"),
            ("Float64bits", "func(float64) uint64"),
            ("Float64frombits", "func(uint64) float64"),
        ],
        types: &[],
        methods: &[],
        consts: &[
            ("E", "2.71828182845904523536028747135266249775724709369995957496696763"),
            ("Pi", "3.14159265358979323846264338327950288419716939937510582097494459"),
            ("Phi", "1.61803398874989484820458683436563811772030917980576286213544862"),
            ("Sqrt2", "1.41421356237309504880168872420969807856967187537694807317667974"),
            ("SqrtE", "1.64872127070012814684865078831848970777914703818316612154937394"),
            ("SqrtPi", "1.77245385090551602729816748334114518279754945612238712821380779"),
            ("SqrtPhi", "1.27201964951406896425242246173749149171560804184009624861664038"),
            ("Ln2", "0.693147180559945309417232121458176568075500134360255254120680009"),
            ("Log2E", "1.44269504088896340735992468100189213742664595415298593413544940"),
            ("Ln10", "2.30258509299404568401799145468436420760110148862877297603332790"),
            ("Log10E", "0.43429448190325182765112891891660508229439700580366656611445378"),
            ("MaxFloat32", "0x1.fffffep127"),
            ("SmallestNonzeroFloat32", "0x1p-149"),
            ("MaxFloat64", "0x1.fffffffffffffp1023"),
            ("SmallestNonzeroFloat64", "0x1p-1074"),
            ("MaxInt", "9223372036854775807"),
            ("MinInt", "-9223372036854775808"),
            ("MaxInt8", "127"),
            ("MinInt8", "-128"),
            ("MaxInt16", "32767"),
            ("MinInt16", "-32768"),
            ("MaxInt32", "2147483647"),
            ("MinInt32", "-2147483648"),
            ("MaxInt64", "9223372036854775807"),
            ("MinInt64", "-9223372036854775808"),
            ("MaxUint", "18446744073709551615"),
            ("MaxUint8", "255"),
            ("MaxUint16", "65535"),
            ("MaxUint32", "4294967295"),
            ("MaxUint64", "18446744073709551615"),
        ],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "runtime",
        funcs: &[
            ("GC", "func()"),
            ("ReadMemStats", "func(*MemStats)"),
            ("NumGoroutine", "func() int"),
            ("Gosched", "func()"),
            ("GOMAXPROCS", "func(int) int"),
            ("NumCPU", "func() int"),
            ("KeepAlive", "func(any)"),
        ],
        types: &[
            (
                "MemStats",
                "struct{Alloc uint64; TotalAlloc uint64; Sys uint64; Lookups uint64; Mallocs uint64; Frees uint64; \
             HeapAlloc uint64; HeapSys uint64; HeapIdle uint64; HeapInuse uint64; HeapReleased uint64; \
             HeapObjects uint64; StackInuse uint64; StackSys uint64; MSpanInuse uint64; MSpanSys uint64; \
             MCacheInuse uint64; MCacheSys uint64; BuckHashSys uint64; GCSys uint64; OtherSys uint64; \
             NextGC uint64; LastGC uint64; PauseTotalNs uint64; PauseNs [256]uint64; PauseEnd [256]uint64; \
             NumGC uint32; NumForcedGC uint32; GCCPUFraction float64; EnableGC bool; DebugGC bool; \
             BySize [61]struct{Size uint32; Mallocs uint64; Frees uint64}}",
            ),
            // What runtime errors (recovered) implement.
            ("Error", "interface{Error() string; RuntimeError()}"),
        ],
        methods: &[],
        consts: &[],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "runtime/debug",
        funcs: &[("SetGCPercent", "func(int) int")],
        types: &[],
        methods: &[],
        consts: &[],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "sort",
        funcs: &[
            ("Ints", "func([]int)"),
            ("Float64s", "func([]float64)"),
            ("Strings", "func([]string)"),
            ("IntsAreSorted", "func([]int) bool"),
            ("Float64sAreSorted", "func([]float64) bool"),
            ("StringsAreSorted", "func([]string) bool"),
            ("Search", "func(int, func(int) bool) int"),
            ("SearchInts", "func([]int, int) int"),
            ("SearchFloat64s", "func([]float64, float64) int"),
            ("SearchStrings", "func([]string, string) int"),
            ("Slice", "func(any, func(int, int) bool)"),
            ("SliceStable", "func(any, func(int, int) bool)"),
            ("SliceIsSorted", "func(any, func(int, int) bool) bool"),
            ("Sort", "func(Interface)"),
            ("Stable", "func(Interface)"),
            ("IsSorted", "func(Interface) bool"),
        ],
        types: &[("Interface", "interface{Len() int; Less(int, int) bool; Swap(int, int)}")],
        methods: &[],
        consts: &[],
        vars: &[],
        runtime_types: &[],
    },
    Package {
        path: "unicode/utf8",
        funcs: &[
            ("RuneLen", "func(rune) int"),
            ("ValidRune", "func(rune) bool"),
            ("RuneCountInString", "func(string) int"),
            ("RuneCount", "func([]byte) int"),
            ("DecodeRuneInString", "func(string) (rune, int)"),
            ("DecodeRune", "func([]byte) (rune, int)"),
            ("DecodeLastRuneInString", "func(string) (rune, int)"),
            ("DecodeLastRune", "func([]byte) (rune, int)"),
            ("ValidString", "func(string) bool"),
            ("Valid", "func([]byte) bool"),
            ("FullRuneInString", "func(string) bool"),
            ("FullRune", "func([]byte) bool"),
            ("RuneStart", "func(byte) bool"),
            ("EncodeRune", "func([]byte, rune) int"),
            ("AppendRune", "func([]byte, rune) []byte"),
        ],
        types: &[],
        methods: &[],
        consts: &[("RuneError", "'\\uFFFD'"), ("RuneSelf", "0x80"), ("MaxRune", "'\\U0010FFFF'"), ("UTFMax", "4")],
        vars: &[],
        runtime_types: &[],
    },
];
