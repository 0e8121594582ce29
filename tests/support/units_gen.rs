//! Generates the embedded administrative-unit tables (`src/reference/generated/*.rs`) from the
//! CSVs in `data/`. Run through `tests/reference_tables.rs`, which fails when the committed files
//! differ from what this produces (`CTXH_BLESS=1` rewrites them).
//!
//! The tables ship to every browser, so they are compact (the decoder is
//! `src/reference/units/decode.rs`):
//! - codes: LEB128 varints of zigzag deltas from the previous code, in file order;
//! - names: the prefix that repeats the unit type (`Xã `, `Phường `...) is a "form" byte (form =
//!   unit type + the prefix exactly as written, so names come back byte for byte); the rest is a
//!   stream of syllable ids (ids below `ONE_BYTE` take one byte, the others two), each name ended
//!   by 0, into a dictionary (`SYLLABLES`, front-coded: length of the prefix shared with the
//!   previous syllable, the rest of the syllable, `\n`). A legacy commune whose name equals the
//!   name of one of its 2025 successors is written as `1, k` (the k-th successor);
//! - lineage: per legacy commune (file order) a shape byte `count | default_position << 4`
//!   (position from 1; 0 = no split-default), then the 2025 commune indexes as zigzag deltas.
//!
//! When the format changes, the decoder and the committed tables change together: the crate must
//! compile before this generator can run, so let the decoder accept both shapes while blessing.
#![allow(dead_code)]

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::units_csv::{self, Row2025, RowLegacy, RowLineage};
use crate::units_encode::{bytes_item, varint, zigzag_deltas, Dict, Forms, ONE_BYTE};

/// Name prefixes that repeat the unit type, longest first where one starts another.
const PREFIXES: &[&str] = &[
    "Thành phố ",
    "Thành Phố ",
    "Thị trấn ",
    "Thị Trấn ",
    "Thị xã ",
    "Thị Xã ",
    "Đặc khu ",
    "Phường ",
    "Huyện ",
    "Quận ",
    "Tỉnh ",
    "Xã ",
];

const HEADER_TOOL: &str =
    "tests/support/units_gen.rs (CTXH_BLESS=1 cargo test --test reference_tables)";

/// The Rust variant of `UnitType` for a type label as written in the CSVs.
fn variant(label: &str) -> &'static str {
    match label {
        "Tỉnh" => "Tinh",
        "Thành phố" => "ThanhPho",
        "Quận" => "Quan",
        "Huyện" => "Huyen",
        "Thị xã" => "ThiXa",
        "Xã" => "Xa",
        "Phường" => "Phuong",
        "Thị trấn" => "ThiTran",
        "Đặc khu" => "DacKhu",
        other => panic!("unknown unit type label {other:?}: add it to UnitType"),
    }
}

/// A province has no type column: its name says it (`Tỉnh ...`, `Thành phố ...`).
fn province_variant(name: &str) -> &'static str {
    if name.starts_with("Tỉnh ") {
        "Tinh"
    } else if name.starts_with("Thành phố ") {
        "ThanhPho"
    } else {
        panic!("province name {name:?} starts with neither Tỉnh nor Thành phố")
    }
}

fn split_name(name: &str) -> (&'static str, &str) {
    for p in PREFIXES {
        if let Some(rest) = name.strip_prefix(p) {
            return (p, rest);
        }
    }
    ("", name)
}

fn parse_code(code: &str, digits: usize) -> u16 {
    assert!(
        code.len() == digits && code.bytes().all(|b| b.is_ascii_digit()),
        "code {code:?} is not {digits} digits"
    );
    code.parse().unwrap()
}

fn header(sources: &str, what: &str) -> String {
    format!(
        "// generated from {sources} by {HEADER_TOOL}; DO NOT EDIT\n\
         //! {what}\n\nuse crate::reference::units::UnitType;\n\n"
    )
}

/// Everything the generator reads, checked for the shapes it relies on.
pub struct Sources {
    pub y2025: Vec<Row2025>,
    pub legacy: Vec<RowLegacy>,
    pub lineage: Vec<RowLineage>,
}

impl Sources {
    pub fn read() -> Sources {
        Sources {
            y2025: units_csv::rows_2025(),
            legacy: units_csv::rows_legacy(),
            lineage: units_csv::rows_lineage(),
        }
    }
}

/// Groups consecutive rows by a key; panics if a key comes back after another.
fn groups<T, K: PartialEq + std::fmt::Debug + Clone>(
    rows: &[T],
    key: impl Fn(&T) -> K,
) -> Vec<(K, Vec<&T>)> {
    let mut out: Vec<(K, Vec<&T>)> = Vec::new();
    for r in rows {
        let k = key(r);
        match out.last_mut() {
            Some((last, items)) if *last == k => items.push(r),
            _ => {
                assert!(
                    out.iter().all(|(seen, _)| *seen != k),
                    "rows of {k:?} are not contiguous"
                );
                out.push((k, vec![r]));
            }
        }
    }
    out
}

/// The generated files: (path relative to the repository, content).
pub fn generate(src: &Sources) -> Vec<(&'static str, String)> {
    // ---- 2025 ----
    let mut forms25 = Forms::default();
    let provinces25 = groups(&src.y2025, |r| r.province_code.clone());
    let mut ward_codes = Vec::new();
    let mut ward_forms = Vec::new();
    let mut rests25: Vec<&str> = Vec::new();
    let mut index25: HashMap<&str, usize> = HashMap::new();
    let mut prov_items = String::new();
    for (code, rows) in &provinces25 {
        let name = &rows[0].province_name;
        assert!(rows.iter().all(|r| &r.province_name == name));
        writeln!(
            prov_items,
            "    ({}, UnitType::{}, {:?}, {}),",
            parse_code(code, 2),
            province_variant(name),
            name,
            rows.len()
        )
        .unwrap();
        for r in rows {
            let (prefix, rest) = split_name(&r.ward_name);
            ward_forms.push(forms25.id(variant(&r.ward_type), prefix));
            ward_codes.push(parse_code(&r.ward_code, 5));
            assert!(
                index25.insert(&r.ward_code, rests25.len()).is_none(),
                "2025 ward code {} twice",
                r.ward_code
            );
            rests25.push(rest);
        }
    }
    let dict25 = Dict::build(&rests25, 0, None);
    let mut names25 = Vec::new();
    for rest in &rests25 {
        dict25.encode(rest, &mut names25);
    }
    let mut f2025 = header(
        "data/admin-units-2025.csv",
        "The 2025 units: 34 provinces and their communes (two levels).",
    );
    f2025.push_str(&forms25.rust());
    write!(
        f2025,
        "\n/// Provinces in file order: (code, type, name, number of communes).\n\
         pub const PROVINCES: &[(u8, UnitType, &str, u16)] = &[\n{prov_items}];\n\n"
    )
    .unwrap();
    f2025.push_str(&dict25.rust(&format!(
        "/// Name syllables, front-coded; the first {ONE_BYTE} are the most frequent, the others\n\
         /// in alphabetical order.\n"
    )));
    f2025.push('\n');
    f2025.push_str(&bytes_item(
        "/// Commune codes in file order: zigzag varint deltas.\n",
        "COMMUNE_CODES",
        &zigzag_deltas(ward_codes.iter().copied()),
    ));
    f2025.push('\n');
    f2025.push_str(&bytes_item(
        "/// The form (index into `FORMS`) of each commune.\n",
        "COMMUNE_FORMS",
        &ward_forms,
    ));
    f2025.push('\n');
    f2025.push_str(&bytes_item(
        "/// Commune names without their prefix: syllable ids, each name ended by 0.\n",
        "COMMUNE_NAMES",
        &names25,
    ));

    // ---- legacy provinces (always embedded: CCCD birth-registration codes) ----
    let provinces_l = groups(&src.legacy, |r| r.province_code.clone());
    let mut fprov = header(
        "data/admin-units-legacy.csv",
        "The 63 provinces before 1 July 2025 (also the CCCD birth-registration codes).",
    );
    fprov.push_str(
        "/// Provinces in file order: (code, type, name).\n\
         pub const PROVINCES: &[(u8, UnitType, &str)] = &[\n",
    );
    for (code, rows) in &provinces_l {
        let name = &rows[0].province_name;
        assert!(rows.iter().all(|r| &r.province_name == name));
        writeln!(
            fprov,
            "    ({}, UnitType::{}, {:?}),",
            parse_code(code, 2),
            province_variant(name),
            name
        )
        .unwrap();
    }
    fprov.push_str("];\n");

    // ---- lineage (legacy commune -> 2025 communes) ----
    let mut successors: HashMap<&str, Vec<&RowLineage>> = HashMap::new();
    for r in &src.lineage {
        assert!(
            index25.contains_key(r.ward_code_2025.as_str()),
            "lineage names unknown 2025 commune {}",
            r.ward_code_2025
        );
        successors.entry(&r.legacy_ward_code).or_default().push(r);
    }
    let legacy_wards: Vec<&RowLegacy> = src
        .legacy
        .iter()
        .filter(|r| !r.ward_code.is_empty())
        .collect();
    let mut shapes = Vec::new();
    let mut targets = Vec::new();
    let mut seen_legacy = HashMap::new();
    for w in &legacy_wards {
        assert!(
            seen_legacy.insert(w.ward_code.as_str(), ()).is_none(),
            "legacy ward code {} twice",
            w.ward_code
        );
        let entries = successors
            .get(w.ward_code.as_str())
            .cloned()
            .unwrap_or_default();
        let count = entries.len();
        assert!(count < 16, "{} has too many successors", w.ward_code);
        let defaults: Vec<usize> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == "split-default")
            .map(|(i, _)| i + 1)
            .collect();
        assert!(
            defaults.len() <= 1,
            "{} has two split-defaults",
            w.ward_code
        );
        let default = defaults.first().copied().unwrap_or(0);
        for (i, e) in entries.iter().enumerate() {
            let decoded = if default == i + 1 {
                "split-default"
            } else if count == 1 && default == 0 {
                "whole"
            } else {
                "split"
            };
            assert_eq!(
                e.kind, decoded,
                "lineage of {} cannot be encoded: kind {} as entry {} of {}",
                w.ward_code, e.kind, i, count
            );
            targets.push(u16::try_from(index25[e.ward_code_2025.as_str()]).unwrap());
        }
        shapes.push(u8::try_from(count | (default << 4)).unwrap());
    }
    for code in successors.keys() {
        assert!(
            seen_legacy.contains_key(code),
            "lineage names unknown legacy commune {code}"
        );
    }
    let mut flin = header(
        "data/admin-units-lineage-2025.csv",
        "Which 2025 communes each legacy commune went into.",
    )
    .replace("\nuse crate::reference::units::UnitType;\n", "");
    flin.push_str(&bytes_item(
        "/// Per legacy commune (file order): number of successors | position of the\n\
         /// split-default (from 1, 0 = none) << 4.\n",
        "SHAPES",
        &shapes,
    ));
    flin.push('\n');
    flin.push_str(&bytes_item(
        "/// The successors' indexes in the 2025 commune table: zigzag varint deltas.\n",
        "SUCCESSORS",
        &zigzag_deltas(targets.iter().copied()),
    ));

    // ---- legacy districts and communes ----
    let mut forms_l = Forms::default();
    let mut province_sizes = Vec::new();
    let mut district_codes = Vec::new();
    let mut district_forms = Vec::new();
    let mut district_sizes = Vec::new();
    let mut district_rests: Vec<&str> = Vec::new();
    let mut ward_codes_l = Vec::new();
    let mut ward_forms_l = Vec::new();
    let mut ward_rests: Vec<Option<&str>> = Vec::new(); // None: same as a successor's
    let mut ward_markers: Vec<u8> = Vec::new();
    for (_, rows) in &provinces_l {
        let districts = groups(rows, |r| r.district_code.clone());
        province_sizes.push(u8::try_from(districts.len()).unwrap());
        for (dcode, drows) in &districts {
            let d = drows[0];
            assert!(drows
                .iter()
                .all(|r| r.district_name == d.district_name && r.district_type == d.district_type));
            let (prefix, rest) = split_name(&d.district_name);
            district_forms.push(forms_l.id(variant(&d.district_type), prefix));
            district_codes.push(parse_code(dcode, 3));
            district_rests.push(rest);
            let wards: Vec<&RowLegacy> = drows
                .iter()
                .map(|r| &***r)
                .filter(|r| !r.ward_code.is_empty())
                .collect();
            assert!(
                wards.len() == drows.len() || drows.len() == 1,
                "district {dcode} mixes empty and non-empty ward rows"
            );
            varint(u32::try_from(wards.len()).unwrap(), &mut district_sizes);
            for w in wards {
                let (prefix, rest) = split_name(&w.ward_name);
                ward_forms_l.push(forms_l.id(variant(&w.ward_type), prefix));
                ward_codes_l.push(parse_code(&w.ward_code, 5));
                let succ = successors
                    .get(w.ward_code.as_str())
                    .cloned()
                    .unwrap_or_default();
                let same = succ.iter().position(|s| {
                    split_name(&src.y2025[index25[s.ward_code_2025.as_str()]].ward_name).1 == rest
                });
                match same {
                    Some(k) => {
                        ward_rests.push(None);
                        ward_markers.push(u8::try_from(k).unwrap());
                    }
                    None => {
                        ward_rests.push(Some(rest));
                        ward_markers.push(0);
                    }
                }
            }
        }
    }
    let mut all_rests: Vec<&str> = district_rests.clone();
    all_rests.extend(ward_rests.iter().flatten());
    let dict_l = Dict::build(&all_rests, dict25.end(), Some(&dict25));
    let mut district_names = Vec::new();
    for rest in &district_rests {
        dict_l.encode(rest, &mut district_names);
    }
    let mut ward_names = Vec::new();
    for (rest, marker) in ward_rests.iter().zip(&ward_markers) {
        match rest {
            Some(rest) => dict_l.encode(rest, &mut ward_names),
            None => ward_names.extend([1, *marker]),
        }
    }
    let mut flegacy = header(
        "data/admin-units-legacy.csv (and data/admin-units-lineage-2025.csv)",
        "The units before 1 July 2025: districts and communes of the 63 provinces.",
    );
    flegacy.push_str(&forms_l.rust());
    flegacy.push('\n');
    flegacy.push_str(&dict_l.rust(&format!(
        "/// Name syllables that the 2025 table lacks, front-coded; their ids start at {}.\n",
        dict25.end()
    )));
    for (doc, name, bytes) in [
        (
            "/// Number of districts of each province (file order).\n",
            "PROVINCE_SIZES",
            province_sizes,
        ),
        (
            "/// District codes in file order: zigzag varint deltas.\n",
            "DISTRICT_CODES",
            zigzag_deltas(district_codes.iter().copied()),
        ),
        (
            "/// The form (index into `FORMS`) of each district.\n",
            "DISTRICT_FORMS",
            district_forms,
        ),
        (
            "/// Number of communes of each district: varints (0 for the island districts).\n",
            "DISTRICT_SIZES",
            district_sizes,
        ),
        (
            "/// District names without their prefix: syllable ids, each name ended by 0.\n",
            "DISTRICT_NAMES",
            district_names,
        ),
        (
            "/// Commune codes in file order: zigzag varint deltas.\n",
            "COMMUNE_CODES",
            zigzag_deltas(ward_codes_l.iter().copied()),
        ),
        (
            "/// The form (index into `FORMS`) of each commune.\n",
            "COMMUNE_FORMS",
            ward_forms_l,
        ),
        (
            "/// Commune names without their prefix: syllable ids ended by 0, or `1, k` for\n\
             /// the name of the commune's k-th 2025 successor.\n",
            "COMMUNE_NAMES",
            ward_names,
        ),
    ] {
        flegacy.push('\n');
        flegacy.push_str(&bytes_item(doc, name, &bytes));
    }

    let fmod = format!(
        "// generated from data/*.csv by {HEADER_TOOL}; DO NOT EDIT\n\
         //! Tables generated from `data/*.csv`, decoded once, lazily, by `crate::reference::units`.\n\n\
         #[rustfmt::skip]\npub mod legacy_provinces;\n\
         #[cfg(feature = \"legacy-units\")]\n\
         #[cfg_attr(feature = \"legacy-units-loadable\", allow(dead_code))] // loaded from a file\n\
         #[rustfmt::skip]\npub mod lineage;\n\
         #[rustfmt::skip]\npub mod units_2025;\n\
         #[cfg(feature = \"legacy-units\")]\n\
         #[cfg_attr(feature = \"legacy-units-loadable\", allow(dead_code))] // loaded from a file\n\
         #[rustfmt::skip]\npub mod units_legacy;\n"
    );
    vec![
        ("src/reference/generated/mod.rs", fmod),
        ("src/reference/generated/units_2025.rs", f2025),
        ("src/reference/generated/legacy_provinces.rs", fprov),
        ("src/reference/generated/units_legacy.rs", flegacy),
        ("src/reference/generated/lineage.rs", flin),
    ]
}
