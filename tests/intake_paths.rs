//! Records are read straight from their text (`ctxh::intake::read_text`) or, for text outside
//! that reader's subset, through the JSON tree. Both paths must give the same report: this test
//! runs every record vector, and many damaged variants of each, through both and compares the
//! reports byte for byte; and once more reading each text into the record left by all the texts
//! before it (as a batch does, to reuse its buffers).

#[path = "support/files.rs"]
mod files;

use std::collections::HashMap;
use std::path::Path;

use ctxh::date::Date;
use ctxh::intake::{read_record, read_text, Intake};
use ctxh::issue::Path as IssuePath;
use ctxh::model::case::Case;
use ctxh::model::facility::Facility;
use ctxh::model::staff::StaffMember;
use ctxh::options::Options;
use ctxh::report::Report;
use ctxh::validate::{RecordKind, RecordScratch};
use serde_json::{json, Value};

/// The report of `text` read through the tree only.
fn tree_report(kind: RecordKind, text: &str, opts: &Options) -> String {
    let issues = match read_record(text) {
        Ok(json) => kind.issues_of(&json, opts, IssuePath::root()),
        Err(issue) => vec![issue],
    };
    Report::new(issues, opts.lang).to_json()
}

/// Whether the straight reader answers for `text` (rather than handing it to the tree).
fn read_straight(kind: RecordKind, text: &str) -> bool {
    let mut cx = Intake::new();
    match kind {
        RecordKind::Staff => read_text::<StaffMember>(text, &mut cx, &mut None).is_ok(),
        RecordKind::Facility => read_text::<Facility>(text, &mut cx, &mut None).is_ok(),
        RecordKind::Case => read_text::<Case>(text, &mut cx, &mut None).is_ok(),
        _ => false,
    }
}

/// The JSON pointers of every value below the root of `v`.
fn pointers(v: &Value, at: &str, out: &mut Vec<String>) {
    let children: Vec<(String, &Value)> = match v {
        Value::Object(map) => map
            .iter()
            .map(|(k, c)| (k.replace('~', "~0").replace('/', "~1"), c))
            .collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, c)| (i.to_string(), c))
            .collect(),
        _ => Vec::new(),
    };
    for (name, child) in children {
        let pointer = format!("{at}/{name}");
        out.push(pointer.clone());
        pointers(child, &pointer, out);
    }
}

/// A spread of at most `most` copies of `v`, each with one value replaced by one of
/// `replacements`.
fn replaced(v: &Value, replacements: &[Value], most: usize) -> Vec<Value> {
    let mut at = Vec::new();
    pointers(v, "", &mut at);
    let pairs = at.len() * replacements.len();
    (0..pairs)
        .step_by(pairs / most + 1)
        .map(|n| {
            let mut copy = v.clone();
            *copy.pointer_mut(&at[n / replacements.len()]).unwrap() =
                replacements[n % replacements.len()].clone();
            copy
        })
        .collect()
}

/// Texts of `input` with a key given twice (a number first, then the real value) in each of
/// its objects, one object at a time, and with an unknown key in each.
fn duplicated_and_unknown_keys(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let objects: Vec<usize> = text.match_indices("{\"").map(|(at, _)| at).collect();
    for &at in objects.iter().step_by(objects.len() / MAX_OBJECTS + 1) {
        let key_start = at + 2;
        let Some(len) = text[key_start..].find('"') else {
            continue;
        };
        let key = &text[key_start..key_start + len];
        let insert = |extra: &str| format!("{}{extra}{}", &text[..=at], &text[at + 1..]);
        out.push(insert(&format!("\"{key}\":5,")));
        out.push(insert("\"ghiChu\":{\"a\":[1,2,{}]},"));
        out.push(insert("\"x\":null,"));
    }
    out
}

/// How many texts with a value replaced each vector gives at most.
const MAX_REPLACED: usize = 24;

/// In how many of its objects at most a vector gets keys doubled or unknown.
const MAX_OBJECTS: usize = 6;

/// The texts a record vector's input gives: itself compact and pretty, with a byte order mark,
/// with values replaced, keys doubled or unknown, escapes, and cut short.
fn variants(input: &Value) -> Vec<String> {
    let compact = serde_json::to_string(input).unwrap();
    let replacements = [
        Value::Null,
        json!(7),
        json!(-1),
        json!(1.5),
        json!(true),
        json!("x"),
        json!(""),
        json!([]),
        json!({}),
        json!([null]),
        json!([{}]),
        json!("\u{ffff}"),
    ];
    let mut out = vec![
        compact.clone(),
        serde_json::to_string_pretty(input).unwrap(),
        format!("\u{feff}{compact}"),
        format!(" \n{compact}\t\r\n"),
        format!("{compact} x"),
        format!("{compact},"),
        compact.replacen("\":\"", "\":\"\\u00e9", 1),
        compact.replacen("{\"", "{\"\\u0061", 1),
        compact.replacen(',', " , ", 3),
    ];
    // Every value replaced would be thousands of texts for a large record: a spread of them.
    out.extend(
        replaced(input, &replacements, MAX_REPLACED)
            .iter()
            .map(|v| serde_json::to_string(v).unwrap()),
    );
    out.extend(duplicated_and_unknown_keys(&compact));
    let cuts = compact.len() / 5 + 1;
    out.extend(
        (0..compact.len())
            .step_by(cuts)
            .filter(|&n| compact.is_char_boundary(n))
            .map(|n| compact[..n].to_owned()),
    );
    out
}

#[test]
fn reading_straight_from_text_gives_the_tree_reports_for_every_vector_and_its_variants() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let (mut compared, mut straight, mut of_typed_kinds) = (0, 0, 0);
    let mut scratches: HashMap<&str, RecordScratch> = HashMap::new();
    for file in files::files_with_extension(&dir, "json") {
        let vectors: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let Some(kind) = vectors["kind"].as_str().and_then(RecordKind::parse) else {
            continue;
        };
        for case in vectors["cases"].as_array().unwrap() {
            let Some(input) = case.get("input").filter(|_| case.get("field").is_none()) else {
                continue;
            };
            let opts =
                Options::from_json(&case["options"], Date::new(2000, 1, 1).unwrap()).unwrap();
            for text in variants(input) {
                let got = kind.validate_json(&text, &opts).to_json();
                let want = tree_report(kind, &text, &opts);
                assert_eq!(got, want, "{} / {}: {text}", file.display(), case["name"]);
                // Read into the record left by every text before (of every vector of the kind,
                // damaged or not, read straight or not): nothing of them may show.
                let scratch = scratches.entry(kind.name()).or_default();
                let issues = kind.issues_of_text_reusing(&text, &opts, IssuePath::root(), scratch);
                let reused = Report::new(issues, opts.lang).to_json();
                assert_eq!(reused, want, "reused slot, {}: {text}", file.display());
                compared += 1;
                if matches!(
                    kind,
                    RecordKind::Staff | RecordKind::Facility | RecordKind::Case
                ) {
                    of_typed_kinds += 1;
                    straight += usize::from(read_straight(kind, &text));
                }
            }
        }
    }
    // The comparison means something only if the straight reader answered for most texts.
    assert!(compared > 10_000, "{compared} texts compared");
    eprintln!("{compared} texts compared, {straight} of {of_typed_kinds} read straight");
    assert!(
        straight * 10 > of_typed_kinds * 7,
        "the straight reader answered {straight} of {of_typed_kinds}"
    );
}

#[test]
fn the_straight_reader_gives_up_on_what_only_the_tree_reads() {
    let gives_up =
        |text: &str| read_text::<StaffMember>(text, &mut Intake::new(), &mut None).is_err();
    assert!(!gives_up(
        r#"{"person":{"fullName":"An"},"unknown":[1,{"a":null}]}"#
    ));
    assert!(!gives_up(" null "));
    assert!(gives_up(r#"{"person":{"full\u004eame":"An"}}"#));
    assert!(gives_up(r#"{"person":{"fullName":"An"},}"#));
    assert!(gives_up(r#"{"person":{"fullName":"An"}} {}"#));
    assert!(gives_up(""));
    let deep = format!("{{\"x\":{}{}}}", "[".repeat(120), "]".repeat(120));
    assert!(gives_up(&deep));
    let long = format!(
        "{{\"assignments\":[{}{{}}]}}",
        "{},".repeat(ctxh::intake::MAX_LIST_ITEMS)
    );
    assert!(gives_up(&long));
    let opts = Options::new(Date::new(2026, 1, 1).unwrap());
    let report = RecordKind::Staff.validate_json(&long, &opts);
    assert!(report.codes().contains(&"list_too_long"));
}
