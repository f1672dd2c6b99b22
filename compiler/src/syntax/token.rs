//! Go tokens, named as gc's scanner names them (`syntax/tokens.go`), so that
//! syntax errors can describe the token found the way gc does.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    Not,
    Recv,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Not => "!",
            Op::Recv => "<-",
            Op::Tilde => "~",
            Op::OrOr => "||",
            Op::AndAnd => "&&",
            Op::Eql => "==",
            Op::Neq => "!=",
            Op::Lss => "<",
            Op::Leq => "<=",
            Op::Gtr => ">",
            Op::Geq => ">=",
            Op::Add => "+",
            Op::Sub => "-",
            Op::Or => "|",
            Op::Xor => "^",
            Op::Mul => "*",
            Op::Div => "/",
            Op::Rem => "%",
            Op::And => "&",
            Op::AndNot => "&^",
            Op::Shl => "<<",
            Op::Shr => ">>",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Keyword {
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

pub const KEYWORDS: [(&str, Keyword); 25] = [
    ("break", Keyword::Break),
    ("case", Keyword::Case),
    ("chan", Keyword::Chan),
    ("const", Keyword::Const),
    ("continue", Keyword::Continue),
    ("default", Keyword::Default),
    ("defer", Keyword::Defer),
    ("else", Keyword::Else),
    ("fallthrough", Keyword::Fallthrough),
    ("for", Keyword::For),
    ("func", Keyword::Func),
    ("go", Keyword::Go),
    ("goto", Keyword::Goto),
    ("if", Keyword::If),
    ("import", Keyword::Import),
    ("interface", Keyword::Interface),
    ("map", Keyword::Map),
    ("package", Keyword::Package),
    ("range", Keyword::Range),
    ("return", Keyword::Return),
    ("select", Keyword::Select),
    ("struct", Keyword::Struct),
    ("switch", Keyword::Switch),
    ("type", Keyword::Type),
    ("var", Keyword::Var),
];

impl Keyword {
    pub fn as_str(self) -> &'static str {
        KEYWORDS.iter().find(|(_, k)| *k == self).map(|(s, _)| *s).unwrap_or("?")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

/// Why a semicolon token exists: written, or inserted at a newline or at the
/// end of the file. gc's messages name it ("unexpected newline").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Semi {
    Written,
    Newline,
    Eof,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Tok {
    Name(String),
    /// A literal with its source text; `bad` literals already got a lexical error.
    Lit {
        kind: LitKind,
        text: String,
        bad: bool,
    },
    /// Operators except `*`, which is [`Tok::Star`] because it is also a type operator.
    Op(Op),
    AssignOp(Op),
    IncOp(Op),
    Assign,
    Define,
    Arrow,
    Star,
    LParen,
    LBrack,
    LBrace,
    RParen,
    RBrack,
    RBrace,
    Comma,
    Semi(Semi),
    Colon,
    Dot,
    DotDotDot,
    Kw(Keyword),
    /// A newline or a comment spanning lines, before semicolon insertion.
    Newline,
    Eof,
}

impl Tok {
    /// The token as gc's `syntaxErrorAt` names the current token.
    pub fn describe(&self) -> String {
        match self {
            Tok::Name(n) => format!("name {n}"),
            Tok::Semi(Semi::Written) => "semicolon".into(),
            Tok::Semi(Semi::Newline) | Tok::Newline => "newline".into(),
            Tok::Semi(Semi::Eof) | Tok::Eof => "EOF".into(),
            Tok::Lit { text, .. } => format!("literal {text}"),
            Tok::Op(op) => op.as_str().into(),
            Tok::AssignOp(op) => format!("{}=", op.as_str()),
            Tok::IncOp(op) => format!("{0}{0}", op.as_str()),
            other => other.kind().tokstring(),
        }
    }
}

/// Token kinds without payload, as gc's parser compares them (`p.tok == _Name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum K {
    Eof,
    Name,
    Literal,
    Operator,
    AssignOp,
    IncOp,
    Assign,
    Define,
    Arrow,
    Star,
    LParen,
    LBrack,
    LBrace,
    RParen,
    RBrack,
    RBrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    Kw(Keyword),
}

impl Tok {
    pub fn kind(&self) -> K {
        match self {
            Tok::Name(_) => K::Name,
            Tok::Lit { .. } => K::Literal,
            Tok::Op(_) => K::Operator,
            Tok::AssignOp(_) => K::AssignOp,
            Tok::IncOp(_) => K::IncOp,
            Tok::Assign => K::Assign,
            Tok::Define => K::Define,
            Tok::Arrow => K::Arrow,
            Tok::Star => K::Star,
            Tok::LParen => K::LParen,
            Tok::LBrack => K::LBrack,
            Tok::LBrace => K::LBrace,
            Tok::RParen => K::RParen,
            Tok::RBrack => K::RBrack,
            Tok::RBrace => K::RBrace,
            Tok::Comma => K::Comma,
            Tok::Semi(_) | Tok::Newline => K::Semi,
            Tok::Colon => K::Colon,
            Tok::Dot => K::Dot,
            Tok::DotDotDot => K::DotDotDot,
            Tok::Kw(k) => K::Kw(*k),
            Tok::Eof => K::Eof,
        }
    }
}

impl K {
    /// gc's `tokstring` for a token kind, used in `expected X` messages.
    pub fn tokstring(self) -> String {
        match self {
            K::Comma => "comma".into(),
            K::Semi => "semicolon or newline".into(),
            K::Kw(k) => format!("keyword {}", k.as_str()),
            K::Eof => "EOF".into(),
            K::Name => "name".into(),
            K::Literal => "literal".into(),
            K::Operator => "op".into(),
            K::AssignOp => "op=".into(),
            K::IncOp => "opop".into(),
            K::Assign => "=".into(),
            K::Define => ":=".into(),
            K::Arrow => "<-".into(),
            K::Star => "*".into(),
            K::LParen => "(".into(),
            K::LBrack => "[".into(),
            K::LBrace => "{".into(),
            K::RParen => ")".into(),
            K::RBrack => "]".into(),
            K::RBrace => "}".into(),
            K::Colon => ":".into(),
            K::Dot => ".".into(),
            K::DotDotDot => "...".into(),
        }
    }
}
