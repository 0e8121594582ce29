//! The embedded administrative-unit tables (`src/reference/generated/*.rs`) are generated from
//! `data/*.csv` by `tests/support/units_gen.rs` (encoding in `tests/support/units_encode.rs`). This test fails when they drift from the CSVs;
//! `CTXH_BLESS=1 cargo test --test reference_tables` regenerates them.

#[path = "support/units_csv.rs"]
mod units_csv;
#[path = "support/units_encode.rs"]
mod units_encode;
#[path = "support/units_gen.rs"]
mod units_gen;

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn generated_tables_match_the_csvs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = units_gen::generate(&units_gen::Sources::read());
    let bless = std::env::var_os("CTXH_BLESS").is_some();
    let mut stale = Vec::new();
    for (path, content) in &files {
        let full = root.join(path);
        if bless {
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(&full, content).unwrap();
        } else if std::fs::read_to_string(&full).ok().as_deref() != Some(content.as_str()) {
            stale.push(*path);
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated tables {stale:?}: run CTXH_BLESS=1 cargo test --test reference_tables"
    );
    // No file in the generated folder that the generator does not write.
    let written: BTreeSet<String> = files.iter().map(|(p, _)| p.to_string()).collect();
    for entry in std::fs::read_dir(root.join("src/reference/generated")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let path = format!("src/reference/generated/{name}");
        assert!(
            written.contains(&path),
            "{path} is not generated: remove it"
        );
    }
}

#[test]
fn the_csvs_hold_what_their_readme_says() {
    let y2025 = units_csv::rows_2025();
    let legacy = units_csv::rows_legacy();
    let lineage = units_csv::rows_lineage();
    let provinces: BTreeSet<_> = y2025.iter().map(|r| &r.province_code).collect();
    assert_eq!((provinces.len(), y2025.len()), (34, 3321));
    let codes: BTreeSet<_> = y2025.iter().map(|r| &r.ward_code).collect();
    assert_eq!(codes.len(), 3321, "2025 ward codes are unique");
    let provinces: BTreeSet<_> = legacy.iter().map(|r| &r.province_code).collect();
    let districts: BTreeSet<_> = legacy.iter().map(|r| &r.district_code).collect();
    let wards: BTreeSet<_> = legacy
        .iter()
        .filter(|r| !r.ward_code.is_empty())
        .map(|r| &r.ward_code)
        .collect();
    assert_eq!(
        (provinces.len(), districts.len(), wards.len(), legacy.len()),
        (63, 696, 10035, 10040)
    );
    assert_eq!(lineage.len(), 10597);
    let max = y2025
        .iter()
        .map(|r| r.ward_code.as_str())
        .chain(wards.iter().map(|s| s.as_str()))
        .max()
        .unwrap();
    assert_eq!(max, "32248");
}
