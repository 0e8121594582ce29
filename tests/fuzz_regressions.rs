//! Replays inputs natively through the fuzz targets' own checks (`fuzz/checks.rs`): the seed
//! inputs made from the shared vectors (every vector case, its numbers and codes) and every
//! input a fuzzing run found (`fuzz/regressions/<target>/`, committed), so the checks run on
//! every vector in `cargo test` and what the fuzzer once found stays fixed.
//! `CTXH_FUZZ_SEEDS=1 cargo test --test fuzz_regressions` also writes the seeds into
//! `fuzz/seeds/<target>/` (git-ignored) for a fuzzing run; `scripts/fuzz` does that first.
//! How to fuzz: ROBUSTNESS.md.

#[path = "../fuzz/checks.rs"]
mod checks;
#[path = "support/files.rs"]
mod files;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ctxh::model::RecordKind;
use serde_json::Value;

/// What a fuzz target checks of one input.
type TargetCheck = fn(&[u8]);

/// The fuzz targets and their checks.
const TARGETS: &[(&str, TargetCheck)] = &[
    ("validate_record", checks::validate_record),
    ("validate_field", checks::validate_field),
    ("search_communes", checks::search_communes),
    ("phone_and_cccd", checks::phone_and_cccd),
    ("legacy_conversion", checks::legacy_conversion),
    ("batch", checks::batch),
    ("indicators", checks::indicators),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    out
}

fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// The seed inputs of every target, made from the shared vectors, by file name.
fn seeds() -> BTreeMap<&'static str, BTreeMap<String, Vec<u8>>> {
    let mut out: BTreeMap<&'static str, BTreeMap<String, Vec<u8>>> = BTreeMap::new();
    let mut texts = Vec::new();
    let mut batch_rows: BTreeMap<u8, Vec<String>> = BTreeMap::new();
    for file in files::files_with_extension(&root().join("tests/vectors"), "json") {
        let doc: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        // Batch vectors hold whole files (their rows are seeds of no target of their own).
        if doc["kind"] == "batch" {
            continue;
        }
        // Indicator vectors hold requests (`indicators`) or arrays of them (`indicators-merge`).
        let Some(kind) = RecordKind::parse(doc["kind"].as_str().unwrap()) else {
            let merge = doc["kind"] == "indicators-merge";
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            for (i, case) in doc["cases"].as_array().unwrap().iter().enumerate() {
                let en = case["options"]["lang"].as_str() == Some("en");
                let mut bytes = vec![if en { 0x80 } else { 0 } | if merge { 2 } else { 0 }];
                bytes.extend(case["input"].to_string().into_bytes());
                out.entry("indicators")
                    .or_default()
                    .insert(format!("indicators-{stem}-{i:03}"), bytes);
            }
            continue;
        };
        let k = RecordKind::ALL.iter().position(|x| *x == kind).unwrap() as u8;
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let group = file
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for (i, case) in doc["cases"].as_array().unwrap().iter().enumerate() {
            let en = case["options"]["lang"].as_str() == Some("en");
            let select = k | if en { 0x80 } else { 0 };
            let name = format!("{group}-{stem}-{i:03}");
            let input = match case.get("inputText") {
                Some(Value::String(t)) => t.clone(),
                _ => serde_json::to_string(case.get("input").unwrap_or(&Value::Null)).unwrap(),
            };
            if let Some(field) = case.get("field") {
                let mut bytes = vec![k];
                let path = field["path"].as_str().unwrap_or("");
                let value = serde_json::to_string(&field["value"]).unwrap();
                bytes.extend(format!("{path}\0{value}\0{input}").into_bytes());
                out.entry("validate_field").or_default().insert(name, bytes);
            } else {
                if input.len() < 4096 && !input.contains('\n') {
                    batch_rows.entry(k).or_default().push(input.clone());
                }
                let mut bytes = vec![select];
                bytes.extend(input.as_bytes());
                out.entry("validate_record")
                    .or_default()
                    .insert(name, bytes);
            }
            strings(case.get("input").unwrap_or(&Value::Null), &mut texts);
        }
    }
    texts.sort();
    texts.dedup();
    let numbers = out.entry("phone_and_cccd").or_default();
    for (i, t) in texts
        .iter()
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .enumerate()
    {
        numbers.insert(format!("vectors-{i:04}"), t.clone().into_bytes());
    }
    let codes = out.entry("legacy_conversion").or_default();
    for (i, t) in texts
        .iter()
        .filter(|t| t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()))
        .enumerate()
    {
        codes.insert(format!("vectors-{i:04}"), t.clone().into_bytes());
    }
    let batches = out.entry("batch").or_default();
    for (kind_index, rows) in &batch_rows {
        let k = *kind_index;
        let ndjson = rows.join("\n");
        let array = format!("[{}]", rows.join(","));
        for (i, (format, text)) in [(2u8, ndjson), (1u8, array)].into_iter().enumerate() {
            let mut bytes = vec![k | (format << 4), [7u8, 64, 255][i % 3]];
            bytes.extend(text.into_bytes());
            batches.insert(format!("kind{k}-{i}"), bytes);
        }
    }
    let search = out.entry("search_communes").or_default();
    for (i, (set, province, query)) in [
        (0u8, "01", "yen hoa"),
        (0, "79", "Phường Sài Gòn"),
        (1, "01", "P. Cửa Nam"),
        (1, "79", "ben nghe"),
        (0, "48", "Hoà Cường"),
    ]
    .iter()
    .enumerate()
    {
        let mut bytes = vec![set | (20 << 1)];
        bytes.extend(format!("{province}\0{query}").into_bytes());
        search.insert(format!("names-{i:02}"), bytes);
    }
    out
}

#[test]
fn seeds_are_written_for_a_fuzzing_run_when_asked() {
    if std::env::var_os("CTXH_FUZZ_SEEDS").is_none() {
        return;
    }
    for (target, files) in seeds() {
        let dir = root().join("fuzz/seeds").join(target);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in &files {
            fs::write(dir.join(name), bytes).unwrap();
        }
    }
}

#[test]
fn every_seed_and_regression_passes_its_target_checks() {
    let seeds = seeds();
    let mut replayed = 0;
    for (target, check) in TARGETS {
        for (name, bytes) in seeds.get(target).into_iter().flatten() {
            let outcome = std::panic::catch_unwind(|| check(bytes));
            assert!(outcome.is_ok(), "seed {target}/{name} fails its checks");
            replayed += 1;
        }
        for input in inputs(&root().join("fuzz/regressions").join(target)) {
            let bytes = fs::read(&input).unwrap();
            let outcome = std::panic::catch_unwind(|| check(&bytes));
            assert!(outcome.is_ok(), "{} fails its checks", input.display());
            replayed += 1;
        }
    }
    assert!(replayed > 600, "only {replayed} inputs replayed");
}
