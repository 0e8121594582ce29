//! The README's rules table is generated from the rule catalogue; this test fails when it drifts
//! (refresh it with `CTXH_BLESS=1 cargo test --test readme_rules`).

use std::fs;
use std::path::Path;

use ctxh::issue::Severity;
use ctxh::rules::catalog;

const START: &str =
    "<!-- rules:start (generated from src/rules; CTXH_BLESS=1 cargo test --test readme_rules) -->";
const END: &str = "<!-- rules:end -->";

fn table() -> String {
    let mut out = String::from(
        "| code | entity | meaning | severity | legal basis |\n|---|---|---|---|---|\n",
    );
    for r in catalog::all() {
        let severity = match r.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let meaning = r.en.replace('|', "\\|");
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            r.code, r.entity, meaning, severity, r.legal_basis
        ));
    }
    out
}

#[test]
fn readme_rules_table_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = fs::read_to_string(&path).unwrap();
    let start = readme
        .find(START)
        .expect("README has the rules:start marker")
        + START.len();
    let end = readme.find(END).expect("README has the rules:end marker");
    let fresh = format!("\n{}", table());
    if std::env::var_os("CTXH_BLESS").is_some() {
        let updated = format!("{}{}{}", &readme[..start], fresh, &readme[end..]);
        fs::write(&path, updated).unwrap();
    } else {
        assert_eq!(
            &readme[start..end],
            fresh,
            "README rules table is stale: run CTXH_BLESS=1 cargo test --test readme_rules"
        );
    }
}
