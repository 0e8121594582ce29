//! The crate's layers, checked on its sources: no module imports a module of a higher layer, and
//! the modules of one layer never import each other in a circle.
//!
//! The layers, lowest first (ARCHITECTURE.md draws them):
//!
//! | layer | modules | may import |
//! |---|---|---|
//! | 1 | `text`, `date`, `issue`, `meta`, `version` | nothing of the crate but layer 1 |
//! | 2 | `i18n`, `intake`, `options`, `reference` | layers 1–2 |
//! | 3 | `model` | layers 1–3 |
//! | 4 | `rules` | layers 1–4 |
//! | 5 | `report`, `validate`, `workflow` | layers 1–5 |
//! | 6 | `table`, `batch`, `indicators`, `schema` (the collection layer) | layers 1–6 |
//! | 7 | `wasm`, `cli` (the boundaries) | everything |
//!
//! An import is any `crate::module` (or `$crate::module`, or a `super::` that climbs to the
//! crate root and down into another module) in code, comments left out, and any use of a
//! `#[macro_export]` macro, which counts as an import of the module that defines it. Imports
//! within one module (`rules::case` using `rules::check`) are that module's own business.
//! `lib.rs` is the root and declares every module; it is not checked.
//!
//! The tests at the bottom prove the check can fail: they add an upward `use` (and a circle
//! inside a layer) to the real sources in memory and expect the check to name it.

#[path = "support/files.rs"]
mod files;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layer of each top-level module of `src/`.
const LAYERS: &[(&str, u8)] = &[
    ("text", 1),
    ("date", 1),
    ("issue", 1),
    ("meta", 1),
    ("version", 1),
    ("i18n", 2),
    ("intake", 2),
    ("options", 2),
    ("reference", 2),
    ("model", 3),
    ("rules", 4),
    ("report", 5),
    ("validate", 5),
    ("workflow", 5),
    ("table", 6),
    ("batch", 6),
    ("indicators", 6),
    ("schema", 6),
    ("wasm", 7),
    ("cli", 7),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

/// One source file: its path below `src/` and its text.
struct Source {
    path: PathBuf,
    text: String,
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    files::files_with_extension(&root, "rs")
        .into_iter()
        .map(|path| Source {
            text: fs::read_to_string(&path).unwrap(),
            path: path.strip_prefix(&root).unwrap().to_path_buf(),
        })
        .collect()
}

/// The top-level module a file belongs to (`rules/case/record.rs` → `rules`), and the depth of
/// the file's own module below the crate root (`rules/case/record.rs` → 3, `rules/mod.rs` → 1).
fn module_of(path: &Path) -> Option<(String, usize)> {
    let parts: Vec<String> = path
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.len() == 1 && parts[0] == "lib" {
        return None;
    }
    let depth = parts.len() - usize::from(parts.last().is_some_and(|p| p == "mod"));
    Some((parts[0].clone(), depth))
}

/// The text without comments (line, doc and block comments), strings kept.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                chars.next();
                let mut last = ' ';
                for n in chars.by_ref() {
                    if last == '*' && n == '/' {
                        break;
                    }
                    last = n;
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The `#[macro_export]` macros of the crate and the top-level module each is defined in.
fn exported_macros(sources: &[Source]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for s in sources {
        let Some((module, _)) = module_of(&s.path) else {
            continue;
        };
        let code = code_only(&s.text);
        for (i, _) in code.match_indices("#[macro_export]") {
            let rest = &code[i..];
            if let Some(at) = rest.find("macro_rules!") {
                let name: String = rest[at + "macro_rules!".len()..]
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.insert(name, module.clone());
            }
        }
    }
    out
}

fn ident_at(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level modules a file refers to, with the line of the first reference to each.
fn imports(source: &Source, macros: &BTreeMap<String, String>) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let Some((_, depth)) = module_of(&source.path) else {
        return out;
    };
    let code = code_only(&source.text);
    for (n, line) in code.lines().enumerate() {
        let mut found = |module: String| {
            out.entry(module).or_insert(n + 1);
        };
        for (i, _) in line.match_indices("crate::") {
            // `crate::` and `$crate::` both name the crate root.
            let before = line[..i].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let name = ident_at(&line[i + "crate::".len()..]);
            let after = &line[i + "crate::".len() + name.len()..];
            if after.starts_with('!') {
                if let Some(module) = macros.get(&name) {
                    found(module.clone());
                }
            } else if !name.is_empty() {
                found(name);
            }
        }
        // `super::super::x` that climbs out of the top-level module.
        for (i, _) in line.match_indices("super::") {
            if line[..i].ends_with("super::") {
                continue;
            }
            let mut rest = &line[i..];
            let mut climbs = 0;
            while let Some(r) = rest.strip_prefix("super::") {
                climbs += 1;
                rest = r;
            }
            if climbs >= depth {
                found(ident_at(rest));
            }
        }
        // Exported macros called by their bare name (in scope by `#[macro_export]`).
        for (name, module) in macros {
            for (i, _) in line.match_indices(&format!("{name}!")) {
                let before = line[..i].chars().last();
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                    found(module.clone());
                }
            }
        }
    }
    out
}

/// Every broken rule of the layering, as sentences naming file and line.
fn violations(sources: &[Source]) -> Vec<String> {
    let macros = exported_macros(sources);
    let mut problems = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for s in sources {
        let Some((from, _)) = module_of(&s.path) else {
            continue;
        };
        let Some(from_layer) = layer(&from) else {
            problems.push(format!(
                "src/{}: module `{from}` has no layer in tests/layers.rs",
                s.path.display()
            ));
            continue;
        };
        for (to, line) in imports(s, &macros) {
            if to == from || to == "std" || to.is_empty() {
                continue;
            }
            let Some(to_layer) = layer(&to) else {
                continue; // a name at the root that is no module (a macro, a re-export)
            };
            if to_layer > from_layer {
                problems.push(format!(
                    "src/{}:{line}: `{from}` (layer {from_layer}) imports `{to}` (layer {to_layer})",
                    s.path.display()
                ));
            }
            edges.entry(from.clone()).or_default().insert(to);
        }
    }
    problems.extend(circles(&edges));
    problems
}

/// The circles among top-level modules, each as `a -> b -> a`.
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        out: &mut Vec<String>,
    ) {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut circle = stack[at..].to_vec();
            circle.push(node.to_owned());
            out.push(format!("circle: {}", circle.join(" -> ")));
            return;
        }
        if done.contains(node) {
            return;
        }
        stack.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, stack, done, out);
        }
        stack.pop();
        done.insert(node.to_owned());
    }
    let mut out = Vec::new();
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, edges, &mut Vec::new(), &mut done, &mut out);
    }
    out
}

#[test]
fn no_module_imports_a_higher_layer_or_closes_a_circle() {
    let sources = sources();
    assert!(sources.len() > 50, "the sources were found");
    let problems = violations(&sources);
    assert!(
        problems.is_empty(),
        "layering broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_module_of_the_crate_has_a_layer() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    for line in code_only(&lib).lines() {
        let line = line.trim();
        let decl = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "));
        if let Some(name) = decl {
            let name = name.trim_end_matches(';');
            assert!(layer(name).is_some(), "module `{name}` has no layer");
        }
    }
}

/// The real sources with `line` added at the top of `file`.
fn with_line(file: &str, line: &str) -> Vec<Source> {
    let mut sources = sources();
    let s = sources
        .iter_mut()
        .find(|s| s.path == Path::new(file))
        .unwrap_or_else(|| panic!("no src/{file}"));
    s.text = format!("{line}\n{}", s.text);
    sources
}

#[test]
fn an_upward_use_is_caught() {
    let problems = violations(&with_line("issue.rs", "use crate::rules::catalog;"));
    assert!(
        problems[0].starts_with("src/issue.rs:1: `issue` (layer 1) imports `rules` (layer 4)"),
        "{problems:?}"
    );
    // The upward edge also closes circles (rules imports issue); they are named too.
    assert!(
        problems[1..]
            .iter()
            .all(|p| p.starts_with("circle:") && p.contains("issue -> rules")),
        "{problems:?}"
    );
    // A path in code (not only in `use`), a `$crate` path in a macro and a `super::` that
    // climbs to the root are imports too; comments are not.
    let problems = violations(&with_line(
        "model/staff/parts.rs",
        "fn f() { let _ = crate::validate::MAX_FIELD_DEPTH; } // crate::wasm",
    ));
    assert!(
        problems[0].contains("`model` (layer 3) imports `validate`"),
        "{problems:?}"
    );
    assert!(
        !problems.iter().any(|p| p.contains("`wasm`")),
        "{problems:?}"
    );
    let problems = violations(&with_line(
        "intake/macros.rs",
        "macro_rules! m { () => { $crate::rules::check::Check } }",
    ));
    assert!(
        problems.iter().any(|p| p.contains("imports `rules`")),
        "{problems:?}"
    );
    let problems = violations(&with_line(
        "reference/units/mod.rs",
        "use super::super::model::Address;",
    ));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("`reference` (layer 2) imports `model`")),
        "{problems:?}"
    );
}

#[test]
fn a_macro_defined_higher_up_counts_as_an_import() {
    let problems = violations(&with_line("text/mod.rs", "for_each_record_kind!(m);"));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("`text` (layer 1) imports `model`")),
        "{problems:?}"
    );
}

#[test]
fn a_circle_inside_a_layer_is_caught() {
    // `intake` uses `i18n` (the labels of code lists); `i18n` using `intake` closes a circle.
    let problems = violations(&with_line("i18n/mod.rs", "use crate::intake::Json;"));
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("circle:") && p.contains("i18n") && p.contains("intake")),
        "{problems:?}"
    );
}
