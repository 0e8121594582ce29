//! What every fuzz target asserts, shared by the fuzz targets (`fuzz/fuzz_targets/*.rs`) and by
//! the regression test that replays every committed input natively (`tests/fuzz_regressions.rs`).
//!
//! For each entry point: no panic; a report (or an answer) is produced; the same input gives the
//! same bytes twice; no string of 4 or more characters from the input appears in a report's
//! params unless it is one of the crate's own constants (code-list ids, type and format names,
//! the reform days, the ruleset version, `asOf`); and, for records, the record as intake reads
//! it validates to the same report when intake rejected nothing, and the record read straight
//! from its text gives the report of its tree (also when read into a batch's used scratch).

use ctxh::date::Date;
use ctxh::i18n::Lang;
use ctxh::intake::Json;
use ctxh::model::RecordKind;
use ctxh::options::Options;
use ctxh::report::Report;
use serde_json::Value;

/// The date that counts as today in every target.
const AS_OF: &str = "2026-03-01";

/// Codes intake raises for a value it cannot use.
const INTAKE_CODES: &[&str] = &[
    "json_invalid",
    "type_invalid",
    "unknown_field",
    "enum_invalid",
    "date_invalid",
    "datetime_invalid",
    "number_out_of_range",
    "duplicate_field",
    "text_encoding_invalid",
    "list_too_long",
    "record_too_large",
    "nesting_too_deep",
    "too_many_issues",
];

fn opts(lang: Lang) -> Options {
    Options::new(Date::parse_iso(AS_OF).expect("a date")).lang(lang)
}

/// Strings the crate itself puts into params, which an input may happen to equal (gathered
/// once: the checks ask for every input string), and days.
fn is_constant(s: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static CONSTANTS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    CONSTANTS
        .get_or_init(|| {
            let mut set: HashSet<&'static str> = [
                "string",
                "object",
                "array",
                "integer",
                "number",
                "boolean",
                "date",
                "date-time",
                "YYYY-MM-DD",
                "YYYY | YYYY-MM | YYYY-MM-DD",
                "YYYY-MM-DDTHH:MM:SS+07:00",
                "2025-02-28",
                "2025-03-01",
                "2025-06-30",
                "2025-07-01",
                AS_OF,
                ctxh::version::RULESET_VERSION,
            ]
            .into_iter()
            .collect();
            for list in ctxh::model::enums::lists() {
                set.insert(list.list_name);
                set.extend(list.entries.iter().map(|e| e.value));
            }
            set
        })
        .contains(s)
        // A day may be a rule's own (the day a decree came into force, the public holidays a
        // deadline skipped): days are left out, as in tests/properties.rs.
        || ctxh::date::PartialDate::parse(s).is_some()
}

fn strings<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// Panics when a param of `report` is one of `inputs` (4 or more characters, not a constant of
/// the crate). Params are whole values (a limit, a list, a day), so an echo would be one of
/// them; messages are their templates filled from the params (`tests/vectors.rs` checks that).
fn assert_no_echo(report: &Report, inputs: &[&str]) {
    let mut params = Vec::new();
    for issue in &report.issues {
        let value = serde_json::to_value(&issue.params).expect("params serialise");
        let mut leaves = Vec::new();
        strings(&value, &mut leaves);
        params.extend(leaves.into_iter().map(str::to_owned));
    }
    for s in inputs {
        let s = s.trim();
        if s.chars().count() < 4 || is_constant(s) {
            continue;
        }
        assert!(
            !params.iter().any(|p| p.trim() == s),
            "a report param carries an input string"
        );
    }
}

/// A record of a kind chosen by the first byte, as JSON text (the rest, when UTF-8).
pub fn validate_record(data: &[u8]) {
    let Some((&select, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = RecordKind::ALL[usize::from(select) % RecordKind::ALL.len()];
    let lang = if select & 0x80 == 0 {
        Lang::Vi
    } else {
        Lang::En
    };
    let report = kind.validate_json(text, &opts(lang));
    let bytes = report.to_json();
    assert_eq!(
        bytes,
        kind.validate_json(text, &opts(lang)).to_json(),
        "not deterministic"
    );
    // The record read straight from the text gives the report of its tree; so does a read into
    // the record left by another text (a batch's scratch).
    let tree = match ctxh::intake::read_record(text) {
        Ok(json) => kind.issues_of(&json, &opts(lang), ctxh::issue::Path::root()),
        Err(issue) => vec![issue],
    };
    assert_eq!(
        bytes,
        Report::new(tree, lang).to_json(),
        "the straight reading and the tree differ"
    );
    let mut scratch = ctxh::validate::RecordScratch::default();
    let root = || ctxh::issue::Path::root();
    let warm_up = r#"{"person":{"fullName":"Nguyễn Văn An","gender":"male"},"id":"x","name":"y"}"#;
    let _ = kind.issues_of_text_reusing(warm_up, &opts(lang), root(), &mut scratch);
    let reused = kind.issues_of_text_reusing(text, &opts(lang), root(), &mut scratch);
    assert_eq!(
        bytes,
        Report::new(reused, lang).to_json(),
        "a read into a used scratch differs"
    );
    let parsed: Option<Value> = serde_json::from_str(text).ok();
    if let Some(value) = &parsed {
        let mut inputs = Vec::new();
        strings(value, &mut inputs);
        assert_no_echo(&report, &inputs);
    }
    if report
        .issues
        .iter()
        .all(|i| !INTAKE_CODES.contains(&i.code))
    {
        if let Ok(json) = Json::parse(text) {
            if let Some(back) = kind.read_back(&json) {
                let again = kind.validate_json(&back, &opts(lang)).to_json();
                assert_eq!(bytes, again, "the record read back gives another report");
            }
        }
    }
}

/// One field while the user types: the first byte picks the kind; the text is
/// `path\0value-json\0record-json`.
pub fn validate_field(data: &[u8]) {
    let Some((&select, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let mut parts = text.splitn(3, '\0');
    let path = parts.next().unwrap_or("");
    let Ok(value) = serde_json::from_str::<Value>(parts.next().unwrap_or("null")) else {
        return;
    };
    let record: Option<Value> = parts.next().and_then(|r| serde_json::from_str(r).ok());
    let kind = RecordKind::ALL[usize::from(select) % RecordKind::ALL.len()];
    let o = opts(Lang::Vi);
    let report = kind.validate_field(path, value.clone(), record.as_ref(), &o);
    let again = kind.validate_field(path, value.clone(), record.as_ref(), &o);
    assert_eq!(report.to_json(), again.to_json(), "not deterministic");
    let mut inputs = Vec::new();
    strings(&value, &mut inputs);
    if let Some(r) = &record {
        strings(r, &mut inputs);
    }
    assert_no_echo(&report, &inputs);
}

/// Commune name search in a province: the first byte picks the code set, the text is
/// `province\0query`.
pub fn search_communes(data: &[u8]) {
    use ctxh::model::address::CodeSet;
    let Some((&select, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (province, query) = text.split_once('\0').unwrap_or(("01", text));
    let set = if select & 1 == 0 {
        CodeSet::Y2025
    } else {
        CodeSet::Legacy
    };
    let Ok(units) = ctxh::reference::units::units(set) else {
        return;
    };
    if let Some(p) = units.province(province) {
        let limit = usize::from(select >> 1);
        let found = p.search_communes(query, limit);
        assert!(found.len() <= limit, "more matches than the limit");
        let again = p.search_communes(query, limit);
        assert_eq!(
            serde_json::to_string(&found).expect("matches serialise"),
            serde_json::to_string(&again).expect("matches serialise"),
            "not deterministic"
        );
    }
}

/// Phone and personal ID parsing: normalising twice equals once.
pub fn phone_and_cccd(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let phone = ctxh::rules::identifiers::normalize_phone(text);
    if let Some(n) = &phone.normalized {
        let again = ctxh::rules::identifiers::normalize_phone(n);
        assert_eq!(
            again.normalized.as_deref(),
            Some(n.as_str()),
            "phone not stable"
        );
        assert_eq!(again.kind, phone.kind, "phone kind not stable");
    }
    let cccd = ctxh::rules::identifiers::parse_cccd(text);
    if let Some(n) = &cccd.normalized {
        let again = ctxh::rules::identifiers::parse_cccd(n);
        assert_eq!(again, cccd, "CCCD reading not stable");
    }
}

/// Legacy → 2025 conversion and back: always an answer with a status.
pub fn legacy_conversion(data: &[u8]) {
    let Ok(code) = std::str::from_utf8(data) else {
        return;
    };
    let conversion = ctxh::reference::units::convert_legacy_commune(code);
    let text = serde_json::to_string(&conversion).expect("a conversion serialises");
    assert!(text.contains("\"status\""));
    let sources = ctxh::reference::units::legacy_sources(code);
    let text = serde_json::to_string(&sources).expect("sources serialise");
    assert!(text.contains("\"status\""));
}

/// A batch of rows: the first byte picks the kind and the format (auto, JSON array, NDJSON),
/// the second the chunk size; the rest is the file. The report is the same whole, in chunks
/// of that size (cut anywhere, inside a row or a character) and asked twice; and it never
/// carries an input string as a param. The same bytes read as a table (CSV, with duplicates)
/// give the same report in chunks too.
pub fn batch(data: &[u8]) {
    use ctxh::batch::{validate_batch, BatchOptions, BatchValidator, Format};
    let [select, chunk, file @ ..] = data else {
        return;
    };
    let kind = RecordKind::ALL[usize::from(*select) % RecordKind::ALL.len()];
    let format = [Format::Auto, Format::JsonArray, Format::Ndjson][usize::from(*select >> 4) % 3];
    let mut options = BatchOptions::new(opts(Lang::Vi));
    options.format = format;
    let whole = match std::str::from_utf8(file) {
        Ok(text) => validate_batch(kind, text, &options).to_json(),
        Err(_) => {
            let mut v = BatchValidator::new(kind, options.clone());
            v.push(file);
            v.finish().to_json()
        }
    };
    let mut chunked = BatchValidator::new(kind, options.clone());
    for piece in file.chunks(usize::from(*chunk).max(1)) {
        chunked.push(piece);
    }
    assert_eq!(
        whole,
        chunked.finish().to_json(),
        "chunks change the report"
    );
    let mut again = BatchValidator::new(kind, options.clone());
    again.push(file);
    assert_eq!(whole, again.finish().to_json(), "not deterministic");
    // The same bytes as a table (CSV, duplicates looked for): chunks change nothing either.
    options.format = Format::Csv;
    options.duplicates = true;
    let mut table = BatchValidator::new(kind, options.clone());
    table.push(file);
    let table = table.finish().to_json();
    let mut chunked = BatchValidator::new(kind, options);
    for piece in file.chunks(usize::from(*chunk).max(1)) {
        chunked.push(piece);
    }
    assert_eq!(
        table,
        chunked.finish().to_json(),
        "chunks change the table's report"
    );
    if let Ok(text) = std::str::from_utf8(file) {
        let report: Value = serde_json::from_str(&whole).expect("a batch report is JSON");
        let rows: Vec<Value> = std::iter::once(text)
            .chain(text.lines())
            .filter_map(|row| serde_json::from_str::<Value>(row).ok())
            .collect();
        let mut inputs = Vec::new();
        for row in &rows {
            strings(row, &mut inputs);
        }
        let mut params = Vec::new();
        for issue in report["issues"].as_array().into_iter().flatten() {
            strings(&issue["params"], &mut params);
        }
        let params: std::collections::HashSet<&str> = params.iter().map(|p| p.trim()).collect();
        for s in inputs {
            let s = s.trim();
            assert!(
                s.chars().count() < 4 || is_constant(s) || !params.contains(s),
                "a batch report param carries an input string"
            );
        }
    }
}

/// Indicator reports from a request, or merged from the reports of several (the first byte
/// picks the language, and with its bit 1 whether the text is one request or an array of
/// them); the raw text is also merged as if it were reports. No panic, the same bytes twice,
/// and no input string in the params of the request's issues.
pub fn indicators(data: &[u8]) {
    use ctxh::indicators::{compute_json, merge_json};
    let Some((&select, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let o = opts(if select & 0x80 == 0 {
        Lang::Vi
    } else {
        Lang::En
    });
    let report = if select & 2 == 0 {
        compute_json(text, &o)
    } else {
        let requests: Vec<Value> = match serde_json::from_str(text) {
            Ok(Value::Array(items)) => items,
            _ => return,
        };
        let reports: Vec<Value> = requests
            .iter()
            .map(|r| {
                serde_json::from_str(&compute_json(&r.to_string(), &o)).expect("a report is JSON")
            })
            .collect();
        merge_json(&Value::Array(reports).to_string(), &o)
    };
    let again = if select & 2 == 0 {
        compute_json(text, &o)
    } else {
        report.clone()
    };
    assert_eq!(report, again, "not deterministic");
    let merged = merge_json(text, &o);
    assert_eq!(merged, merge_json(text, &o), "not deterministic");
    let parsed: Option<Value> = serde_json::from_str(text).ok();
    if let Some(value) = &parsed {
        let mut inputs = Vec::new();
        strings(value, &mut inputs);
        for out in [&report, &merged] {
            let out: Value = serde_json::from_str(out).expect("a report is JSON");
            let mut params = Vec::new();
            for issue in out["request"]["issues"].as_array().into_iter().flatten() {
                strings(&issue["params"], &mut params);
            }
            for s in &inputs {
                let s = s.trim();
                if s.chars().count() >= 4 && !is_constant(s) {
                    assert!(
                        !params.iter().any(|p| p.trim() == s),
                        "a report param carries an input string"
                    );
                }
            }
        }
    }
}
