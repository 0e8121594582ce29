//! Shared test vectors (`tests/vectors/**/*.json`), the contract between the native build and
//! the WebAssembly package: the Node suite runs the same files and must produce the same bytes.
//!
//! A vector file: `{ "kind": "staff"|"facility"|"case"|"address"|..., "cases": [ { "name",
//! "input" | "inputText", "field"?: { "path", "value" }, "options": { "asOf", ... },
//! "expectCodes": [...], "expected": <report> } ] }`. `inputText` is the record's JSON text as
//! it is, or a list of parts joined, where a part `{ "repeat": "...", "times": n }` stands for
//! its text repeated (so a vector can hold a record of megabytes in a few bytes).
//! `expectCodes` is written by hand (the intent); `expected` is the full report, refreshed with
//! `CTXH_BLESS=1 cargo test --test vectors` and reviewed in the diff.
//!
//! `"batch"` runs tables and sets of files (`ctxh::batch`): `recordKind`, `files` (`[{ name,
//! text }]`, or `bytes`: parts that are text or `{ "hex" }` raw bytes, which cross to the
//! package as a `Uint8Array`), batch `options`; `expected` is the array of reports
//! (`reports_json`), and Node runs it through `validateBatchFilesJson`.
//!
//! Two more kinds run the collection layer: `"indicators"` (`input` is an indicator request,
//! `expected` the indicator report, `expectCodes` the codes of its `request.issues`) and
//! `"indicators-merge"` (`input` is an array of requests; each is computed, and `expected` is
//! the merge of their reports). Node runs them through `computeIndicatorsJson` and
//! `mergeIndicatorReportsJson`.

#[path = "support/files.rs"]
mod files;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use ctxh::date::Date;
use ctxh::i18n::Lang;
use ctxh::issue::{ParamValue, Params};
use ctxh::options::Options;
use ctxh::report::render;
use ctxh::rules::catalog;
use ctxh::validate::RecordKind;
use serde_json::Value;

fn vector_files() -> Vec<PathBuf> {
    files::files_with_extension(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors"),
        "json",
    )
}

/// What a vector file runs.
#[derive(Clone, Copy, PartialEq)]
enum Runner {
    /// Validation of a record kind.
    Record(RecordKind),
    /// `ctxh::indicators::compute_json`.
    Indicators,
    /// `compute_json` of each request, then `ctxh::indicators::merge_json`.
    IndicatorsMerge,
    /// `ctxh::batch` over one or more files.
    Batch,
}

impl Runner {
    fn parse(kind: &str) -> Option<Runner> {
        match kind {
            "indicators" => Some(Runner::Indicators),
            "indicators-merge" => Some(Runner::IndicatorsMerge),
            "batch" => Some(Runner::Batch),
            _ => RecordKind::parse(kind).map(Runner::Record),
        }
    }
}

fn batch_options(case: &Value) -> ctxh::batch::BatchOptions {
    ctxh::batch::BatchOptions::from_json(&case["options"], Date::new(2000, 1, 1).unwrap())
        .unwrap_or_else(|e| panic!("{}: unusable options: {e}", case["name"]))
}

/// A file's bytes: `text`, or `bytes` parts (text, or `{ "hex" }` raw bytes).
fn file_bytes(file: &Value) -> Vec<u8> {
    if let Some(text) = file["text"].as_str() {
        return text.as_bytes().to_vec();
    }
    let mut out = Vec::new();
    for part in file["bytes"].as_array().expect("a file has text or bytes") {
        match part {
            Value::String(t) => out.extend_from_slice(t.as_bytes()),
            _ => {
                let hex = part["hex"].as_str().expect("{ hex }");
                for i in (0..hex.len()).step_by(2) {
                    out.push(u8::from_str_radix(&hex[i..i + 2], 16).unwrap());
                }
            }
        }
    }
    out
}

/// Runs a batch case: every file with one people index, through `validate_files` (text or
/// raw bytes alike).
fn run_batch(case: &Value) -> String {
    use ctxh::batch::{reports_json, validate_files};
    let kind = RecordKind::parse(case["recordKind"].as_str().unwrap()).expect("recordKind");
    let opts = batch_options(case);
    let files: Vec<(&str, Vec<u8>)> = case["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| (f["name"].as_str().expect("a file's name"), file_bytes(f)))
        .collect();
    reports_json(&validate_files(kind, &files, &opts))
}

fn case_options(case: &Value) -> Options {
    Options::from_json(&case["options"], Date::new(2000, 1, 1).unwrap())
        .unwrap_or_else(|e| panic!("{}: unusable options: {e}", case["name"]))
}

/// Runs one case the way the JavaScript API does: the input crosses as JSON text.
fn run(runner: Runner, case: &Value) -> String {
    if runner == Runner::Batch {
        return run_batch(case);
    }
    let opts = case_options(case);
    match runner {
        Runner::Record(kind) => run_case(kind, case),
        Runner::Indicators => {
            ctxh::indicators::compute_json(&serde_json::to_string(&case["input"]).unwrap(), &opts)
        }
        Runner::IndicatorsMerge => {
            let reports: Vec<Value> = case["input"]
                .as_array()
                .expect("indicators-merge input is an array of requests")
                .iter()
                .map(|r| {
                    let text = ctxh::indicators::compute_json(&r.to_string(), &opts);
                    serde_json::from_str(&text).unwrap()
                })
                .collect();
            ctxh::indicators::merge_json(&Value::Array(reports).to_string(), &opts)
        }
        Runner::Batch => unreachable!("run_batch"),
    }
}

/// The issues of a result: a validation report's, an indicator report's request issues, or
/// those of every report of a batch of files.
fn issues_of(runner: Runner, got: &Value) -> Value {
    match runner {
        Runner::Record(_) => got["issues"].clone(),
        Runner::Batch => Value::Array(
            got.as_array()
                .unwrap()
                .iter()
                .flat_map(|r| r["issues"].as_array().unwrap().clone())
                .collect(),
        ),
        _ => got["request"]["issues"].clone(),
    }
}

/// Runs one validation case the way the JavaScript API does: the record crosses as JSON text.
fn run_case(kind: RecordKind, case: &Value) -> String {
    let opts = case_options(case);
    let report = match case.get("field") {
        Some(field) => {
            let path = field["path"].as_str().expect("field.path is a string");
            let record = case.get("input");
            kind.validate_field(path, field["value"].clone(), record, &opts)
        }
        None => match input_text(case) {
            Some(text) => kind.validate_json(&text, &opts),
            None => kind.validate_json(&serde_json::to_string(&case["input"]).unwrap(), &opts),
        },
    };
    report.to_json()
}

/// The message the catalogue gives for this issue's code and params in `lang`.
fn rendered_message(issue: &Value, lang: &str) -> String {
    let mut params = Params::new();
    for (name, value) in issue["params"].as_object().unwrap() {
        let name: &'static str = Box::leak(name.clone().into_boxed_str());
        let value = match value {
            Value::Number(n) => ParamValue::Int(n.as_i64().unwrap()),
            Value::String(t) => ParamValue::Text(t.clone().into()),
            Value::Array(items) => ParamValue::List(
                items
                    .iter()
                    .map(|x| x.as_str().unwrap().to_owned().into())
                    .collect(),
            ),
            other => panic!("param {name} is {other}"),
        };
        params.insert(name, value);
    }
    let lang = if lang == "en" { Lang::En } else { Lang::Vi };
    render(issue["code"].as_str().unwrap(), &params, lang)
}

/// A case's `inputText`: the text, or its parts joined (`{ "repeat", "times" }` repeated).
fn input_text(case: &Value) -> Option<String> {
    match case.get("inputText")? {
        Value::String(text) => Some(text.clone()),
        Value::Array(parts) => Some(
            parts
                .iter()
                .map(|part| match part {
                    Value::String(text) => text.clone(),
                    _ => part["repeat"]
                        .as_str()
                        .expect("a part is a string or { repeat, times }")
                        .repeat(part["times"].as_u64().expect("times is a count") as usize),
                })
                .collect(),
        ),
        other => panic!("inputText is {other}"),
    }
}

fn string_leaves<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
    match v {
        Value::String(s) => out.push(s),
        Value::Array(a) => a.iter().for_each(|x| string_leaves(x, out)),
        Value::Object(m) => m.values().for_each(|x| string_leaves(x, out)),
        _ => {}
    }
}

#[test]
fn vectors_match_and_cover_every_rule_in_both_languages() {
    let bless = std::env::var_os("CTXH_BLESS").is_some();
    let enum_ids: BTreeSet<&str> = ctxh::model::enums::lists()
        .iter()
        .flat_map(|l| l.entries.iter().map(|x| x.value))
        .collect();
    let mut covered: BTreeSet<(String, String)> = BTreeSet::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in vector_files() {
        let text = fs::read_to_string(&file).unwrap();
        let mut doc: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not JSON: {e}", file.display()));
        let kind_name = doc["kind"].as_str().unwrap_or("").to_owned();
        let runner = Runner::parse(&kind_name)
            .unwrap_or_else(|| panic!("{}: unknown kind {kind_name:?}", file.display()));
        let mut names = BTreeSet::new();
        let cases = doc["cases"].as_array_mut().expect("cases is an array");
        for case in cases.iter_mut() {
            count += 1;
            let name = format!(
                "{} :: {}",
                file.file_name().unwrap().to_string_lossy(),
                case["name"].as_str().unwrap_or("?")
            );
            assert!(
                names.insert(case["name"].to_string()),
                "{name}: duplicate name"
            );
            assert!(
                case["options"]["asOf"].is_string(),
                "{name}: options.asOf must be set"
            );
            let got = run(runner, case);
            if runner == Runner::Batch {
                let mut leaves = Vec::new();
                for f in case["files"].as_array().unwrap() {
                    if let Some(t) = f["text"].as_str() {
                        // Every cell of every row under the header.
                        for line in t.lines().skip(1) {
                            leaves.extend(line.split([',', ';']).map(str::to_owned));
                        }
                    }
                }
                batch_no_values(&name, &got, &leaves, &mut failures);
            }
            let got_value: Value = serde_json::from_str(&got).unwrap();
            let lang = case["options"]["lang"].as_str().unwrap_or("vi").to_owned();

            // Intent, written by hand: the set of codes.
            let want: BTreeSet<&str> = case["expectCodes"]
                .as_array()
                .unwrap_or_else(|| panic!("{name}: expectCodes missing"))
                .iter()
                .map(|c| c.as_str().unwrap())
                .collect();
            let got_codes: BTreeSet<String> = issues_of(runner, &got_value)
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["code"].as_str().unwrap().to_owned())
                .collect();
            let got_set: BTreeSet<&str> = got_codes.iter().map(String::as_str).collect();
            if want != got_set {
                failures.push(format!("{name}: codes {got_set:?}, expected {want:?}"));
            }
            for issue in issues_of(runner, &got_value).as_array().unwrap() {
                let code = issue["code"].as_str().unwrap();
                if catalog::find(code).is_none() {
                    failures.push(format!("{name}: code {code} is not in the catalogue"));
                }
                covered.insert((code.to_owned(), lang.clone()));
                let message = issue["message"].as_str().unwrap_or("");
                if let Some(open) = message.find('{') {
                    let slot = &message[open..];
                    if slot.find('}').is_some_and(|close| {
                        slot[1..close].chars().all(|c| c.is_ascii_alphanumeric())
                    }) {
                        failures.push(format!("{name}: message with an unfilled slot: {message}"));
                    }
                }
            }

            // No value the user typed may appear in a report: not in paths or params, and
            // messages are the catalogue's template filled from the params, nothing else.
            let mut leaves = Vec::new();
            string_leaves(case.get("input").unwrap_or(&Value::Null), &mut leaves);
            if let Some(f) = case.get("field") {
                string_leaves(&f["value"], &mut leaves);
            }
            let text = input_text(case);
            if let Some(text) = &text {
                leaves.push(text);
            }
            // A validation report's issues, or a whole indicator report (which states its own
            // query: the reference date and the period are taken out before the scan).
            let mut data = match runner {
                Runner::Record(_) => got_value["issues"].clone(),
                Runner::Batch => Value::Null,
                _ => {
                    let mut whole = got_value.clone();
                    whole["asOf"] = Value::Null;
                    whole["period"] = Value::Null;
                    whole
                }
            };
            let mut batch_issues = issues_of(runner, &got_value);
            let issues = match runner {
                Runner::Record(_) => &mut data,
                Runner::Batch => &mut batch_issues,
                _ => &mut data["request"]["issues"],
            };
            for issue in issues.as_array_mut().unwrap() {
                let message = issue["message"].take();
                let rendered = rendered_message(issue, &lang);
                if message.as_str() != Some(rendered.as_str()) {
                    failures.push(format!("{name}: message is not its template: {message}"));
                }
            }
            let data_text = serde_json::to_string(&data).unwrap();
            for leaf in leaves {
                let leaf = leaf.trim();
                let escaped = serde_json::to_string(leaf).unwrap();
                let inner = &escaped[1..escaped.len() - 1];
                if leaf.chars().count() >= 4
                    && !enum_ids.contains(leaf)
                    && data_text.contains(inner)
                {
                    failures.push(format!(
                        "{name}: the report contains an input value {leaf:?}"
                    ));
                }
            }

            if bless {
                case["expected"] = got_value;
            } else if serde_json::to_string(&case["expected"]).unwrap() != got {
                failures.push(format!(
                    "{name}: report differs\n  got:      {got}\n  expected: {}",
                    serde_json::to_string(&case["expected"]).unwrap()
                ));
            }
        }
        if bless {
            fs::write(&file, serde_json::to_string_pretty(&doc).unwrap() + "\n").unwrap();
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let mut missing = Vec::new();
    for rule in catalog::all() {
        for lang in ["vi", "en"] {
            if !covered.contains(&(rule.code.to_owned(), lang.to_owned())) {
                missing.push(format!("{} ({lang})", rule.code));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "rule codes without a vector: {}",
        missing.join(", ")
    );
}

/// A batch report names columns by header and rows by number: no cell's value appears in it.
fn batch_no_values(name: &str, got: &str, cells: &[String], failures: &mut Vec<String>) {
    let reports: Value = serde_json::from_str(got).unwrap();
    let mut issues = Vec::new();
    for r in reports.as_array().unwrap() {
        for i in r["issues"].as_array().unwrap() {
            let mut i = i.clone();
            i.as_object_mut().unwrap().remove("column");
            issues.push(i);
        }
    }
    let text = serde_json::to_string(&issues).unwrap();
    for cell in cells {
        let cell = cell.trim();
        if cell.chars().count() >= 4 && !cell.bytes().all(|b| b.is_ascii_digit() && cell.len() < 6)
        {
            let escaped = serde_json::to_string(cell).unwrap();
            if text.contains(&escaped[1..escaped.len() - 1]) {
                failures.push(format!("{name}: the report contains a cell value {cell:?}"));
            }
        }
    }
}
