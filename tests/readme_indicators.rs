//! The README's indicator table is generated from the catalogue
//! (`ctxh::indicators::readme_table`); this test fails when it drifts (refresh it with
//! `CTXH_BLESS=1 cargo test --test readme_indicators`).

use std::fs;
use std::path::Path;

const START: &str = "<!-- indicators:start (generated from src/reference/indicators; CTXH_BLESS=1 cargo test --test readme_indicators) -->";
const END: &str = "<!-- indicators:end -->";

#[test]
fn readme_indicator_table_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = fs::read_to_string(&path).unwrap();
    let start = readme
        .find(START)
        .expect("README has the indicators:start marker")
        + START.len();
    let end = readme
        .find(END)
        .expect("README has the indicators:end marker");
    let fresh = format!("\n{}", ctxh::indicators::readme_table());
    if std::env::var_os("CTXH_BLESS").is_some() {
        let updated = format!("{}{}{}", &readme[..start], fresh, &readme[end..]);
        fs::write(&path, updated).unwrap();
    } else {
        assert_eq!(
            &readme[start..end],
            fresh,
            "README indicator table is stale: run CTXH_BLESS=1 cargo test --test readme_indicators"
        );
    }
}

#[test]
fn the_table_has_a_row_per_indicator_with_both_names_and_its_source() {
    let table = ctxh::indicators::readme_table();
    assert_eq!(
        table.lines().count(),
        2 + ctxh::indicators::INDICATORS.len()
    );
    for i in ctxh::indicators::INDICATORS {
        let row = table
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", i.code.as_str())))
            .unwrap();
        for part in [
            i.code.label(ctxh::i18n::Lang::Vi),
            i.code.label(ctxh::i18n::Lang::En),
            i.source,
        ] {
            assert!(row.contains(part), "{row}");
        }
    }
}
