mod check;
mod diag;
mod ir;
mod source;
mod syntax;
mod types;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut src = source::SourceMap::default();
    for a in &args[1..] {
        let path = std::path::PathBuf::from(a);
        let text = std::fs::read_to_string(&path).unwrap();
        src.add(path, text);
    }
    let mut diags = diag::Diagnostics::default();
    let mut files = Vec::new();
    for i in 0..src.files.len() {
        let (tree, errs) = syntax::parse_file(i as u32, &src);
        for (p, m) in errs {
            let _ = diags.error(&src, p, m);
        }
        files.extend(tree);
    }
    if !diags.has_syntax_errors() {
        let r = check::check(&files, &src, &mut diags);
        if let Ok(Some(p)) = r {
            println!("ok: {} funcs", p.funcs.len());
        }
    }
    eprint!("{}", diags.render(&src));
}
