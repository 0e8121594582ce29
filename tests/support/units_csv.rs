//! Reads the administrative-unit CSVs in `data/` (shared by the generator and the tests).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;

/// The repository's `data/` folder.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Parses CSV text (RFC 4180: quoted fields, CRLF or LF) into rows of fields; the header row
/// becomes the keys of each record.
pub fn parse(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    let mut rows = rows.into_iter();
    let header = rows.next().expect("a header row");
    rows.map(|r| {
        assert_eq!(
            r.len(),
            header.len(),
            "row {r:?} has the wrong number of fields"
        );
        header.iter().cloned().zip(r).collect()
    })
    .collect()
}

/// Reads `data/<name>`.
pub fn read(name: &str) -> Vec<BTreeMap<String, String>> {
    let path = data_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse(&text)
}

/// One row of `admin-units-2025.csv`.
#[derive(Debug, Clone)]
pub struct Row2025 {
    pub province_code: String,
    pub province_name: String,
    pub ward_code: String,
    pub ward_name: String,
    pub ward_type: String,
}

/// One row of `admin-units-legacy.csv` (ward fields empty for the island districts).
#[derive(Debug, Clone)]
pub struct RowLegacy {
    pub province_code: String,
    pub province_name: String,
    pub district_code: String,
    pub district_name: String,
    pub district_type: String,
    pub ward_code: String,
    pub ward_name: String,
    pub ward_type: String,
}

/// One row of `admin-units-lineage-2025.csv`.
#[derive(Debug, Clone)]
pub struct RowLineage {
    pub legacy_ward_code: String,
    pub ward_code_2025: String,
    pub kind: String,
}

fn get(r: &BTreeMap<String, String>, k: &str) -> String {
    r.get(k)
        .unwrap_or_else(|| panic!("column {k} missing"))
        .clone()
}

/// The 2025 table, in file order.
pub fn rows_2025() -> Vec<Row2025> {
    read("admin-units-2025.csv")
        .iter()
        .map(|r| Row2025 {
            province_code: get(r, "province_code"),
            province_name: get(r, "province_name"),
            ward_code: get(r, "ward_code"),
            ward_name: get(r, "ward_name"),
            ward_type: get(r, "ward_type"),
        })
        .collect()
}

/// The legacy table, in file order.
pub fn rows_legacy() -> Vec<RowLegacy> {
    read("admin-units-legacy.csv")
        .iter()
        .map(|r| RowLegacy {
            province_code: get(r, "province_code"),
            province_name: get(r, "province_name"),
            district_code: get(r, "district_code"),
            district_name: get(r, "district_name"),
            district_type: get(r, "district_type"),
            ward_code: get(r, "ward_code"),
            ward_name: get(r, "ward_name"),
            ward_type: get(r, "ward_type"),
        })
        .collect()
}

/// The lineage table, in file order.
pub fn rows_lineage() -> Vec<RowLineage> {
    read("admin-units-lineage-2025.csv")
        .iter()
        .map(|r| RowLineage {
            legacy_ward_code: get(r, "legacy_ward_code"),
            ward_code_2025: get(r, "ward_code_2025"),
            kind: get(r, "kind"),
        })
        .collect()
}
