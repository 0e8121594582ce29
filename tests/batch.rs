//! Batches (`ctxh::batch`): a batch of the vector inputs gives each row the issues of its own
//! report; chunks of any size (splitting rows and UTF-8 characters) give the same report as the
//! whole text; empty texts, non-arrays, broken rows and broken arrays are reported, never
//! dropped; pages and the stream of issues add up to every issue.

#[path = "support/files.rs"]
mod files;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use ctxh::batch::{
    validate_batch, validate_reader, BatchIssue, BatchOptions, BatchReport, BatchValidator, Format,
    MAX_FIELD_PATHS,
};
use ctxh::date::Date;
use ctxh::model::RecordKind;
use ctxh::options::Options;
use serde_json::Value;

fn opts() -> BatchOptions {
    BatchOptions::new(Options::new(Date::new(2026, 1, 1).unwrap()))
}

fn all(mut o: BatchOptions) -> BatchOptions {
    o.max_issues = u64::MAX;
    o
}

/// An issue of a batch as JSON without its row: the shape of a record report's issue.
fn without_row(issue: &BatchIssue) -> Value {
    let mut v = serde_json::to_value(issue).unwrap();
    v.as_object_mut().unwrap().remove("row");
    v
}

/// Vector cases with a record (`input`), grouped by kind and options: (kind, options, rows).
fn vector_groups() -> Vec<(RecordKind, Value, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut groups: BTreeMap<(String, String), (RecordKind, Value, Vec<String>)> = BTreeMap::new();
    for file in files::files_with_extension(&root, "json") {
        let doc: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        // Indicator vectors hold requests, not records.
        let Some(kind) = RecordKind::parse(doc["kind"].as_str().unwrap()) else {
            continue;
        };
        for case in doc["cases"].as_array().unwrap() {
            if case.get("field").is_some() {
                continue;
            }
            let text = match case.get("inputText") {
                Some(Value::String(t)) if !t.contains('\n') => t.clone(),
                Some(_) => continue,
                None => serde_json::to_string(&case["input"]).unwrap(),
            };
            let key = (kind.name().to_owned(), case["options"].to_string());
            groups
                .entry(key)
                .or_insert_with(|| (kind, case["options"].clone(), Vec::new()))
                .2
                .push(text);
        }
    }
    groups.into_values().collect()
}

#[test]
fn a_batch_of_the_vectors_gives_each_row_its_own_report() {
    let groups = vector_groups();
    let rows: usize = groups.iter().map(|g| g.2.len()).sum();
    assert!(rows > 300, "only {rows} vector rows");
    for (kind, options, texts) in groups {
        let record = Options::from_json(&options, Date::new(2000, 1, 1).unwrap()).unwrap();
        let alone: Vec<_> = texts
            .iter()
            .map(|t| kind.validate_json(t, &record))
            .collect();
        let ndjson = texts.join("\n");
        // A row that is not JSON cannot stand in an array without breaking it.
        let array_rows: Vec<&String> = texts
            .iter()
            .filter(|t| serde_json::from_str::<Value>(t).is_ok())
            .collect();
        for (format, text) in [
            (Format::Ndjson, ndjson),
            (
                Format::JsonArray,
                format!(
                    "[{}]",
                    array_rows
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            ),
        ] {
            let mut o = all(BatchOptions::new(record));
            o.format = format;
            let report = validate_batch(kind, &text, &o);
            let expected: Vec<&ctxh::report::Report> = match format {
                Format::Ndjson => alone.iter().collect(),
                _ => texts
                    .iter()
                    .zip(&alone)
                    .filter(|(t, _)| serde_json::from_str::<Value>(t).is_ok())
                    .map(|(_, r)| r)
                    .collect(),
            };
            assert_eq!(report.totals.rows as usize, expected.len());
            let valid = expected.iter().filter(|r| r.valid).count() as u64;
            assert_eq!(report.totals.valid, valid, "{} {format:?}", kind.name());
            assert_eq!(report.totals.invalid, expected.len() as u64 - valid);
            for (row, want) in expected.iter().enumerate() {
                let got: Vec<Value> = report
                    .issues
                    .iter()
                    .filter(|i| i.row == Some(row as u64))
                    .map(without_row)
                    .collect();
                let want: Vec<Value> = want
                    .issues
                    .iter()
                    .map(|i| serde_json::to_value(i).unwrap())
                    .collect();
                assert_eq!(got, want, "{} {format:?} row {row}", kind.name());
            }
            assert!(report.issues.iter().all(|i| i.row.is_some()));
            let issues: usize = expected.iter().map(|r| r.issues.len()).sum();
            assert_eq!(report.totals.issues as usize, issues);
            assert_eq!(report.next_offset, None);
        }
    }
}

/// A text with rows of several kinds of trouble, multi-byte characters and escapes.
fn mixed_array() -> String {
    [
        r#"[ {"codeSet":"2025","provinceCode":"01","wardCode":"00004","street":"Phố Đội Cấn, \"số 12\" [A]"},"#,
        r#"  {"codeSet":"2025","provinceCode":"01","wardCode":"99999"},"#,
        r#"  {"codeSet": ,"provinceCode":"01"},"#,
        r#"  {"codeSet":"legacy","provinceCode":"79","districtCode":"760","wardCode":"26740","x{":[1,{"y]":"\\"}]},"#,
        r#"  42 ,"#,
        r#"  {"codeSet":"2025","provinceCode":"01","wardCode":"00004"}"#,
        "]\n",
    ]
    .join("\n")
}

fn chunked(kind: RecordKind, text: &[u8], size: usize, o: BatchOptions) -> BatchReport {
    let mut batch = BatchValidator::new(kind, o);
    for chunk in text.chunks(size) {
        batch.push(chunk);
    }
    batch.finish()
}

#[test]
fn chunks_of_any_size_give_the_same_report_as_the_whole_text() {
    let array = mixed_array();
    let ndjson: String = array
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .lines()
        .map(|l| l.trim().trim_end_matches(','))
        .collect::<Vec<_>>()
        .join("\n");
    for text in [array, ndjson] {
        let whole = validate_batch(RecordKind::Address, &text, &all(opts()));
        assert_eq!(whole.totals.rows, 6, "{}", whole.to_json());
        for size in (1..=17).chain([64, 100, 1000]) {
            let got = chunked(RecordKind::Address, text.as_bytes(), size, all(opts()));
            assert_eq!(got.to_json(), whole.to_json(), "chunk size {size}");
        }
    }
}

#[test]
fn a_byte_order_mark_at_the_start_is_passed_over_even_across_chunks() {
    let array = mixed_array();
    let faulty = "[{\"codeSet\":\"2025\"},,\n]";
    for text in [
        array.as_str(),
        "{\"codeSet\":\"2025\"}\n{\"codeSet\":1}",
        faulty,
        "",
    ] {
        let plain = validate_batch(RecordKind::Address, text, &all(opts())).to_json();
        let marked = format!("\u{feff}{text}");
        for size in [1, 2, 3, 4, 1000] {
            let got = chunked(RecordKind::Address, marked.as_bytes(), size, all(opts()));
            // The same rows, faults and places (line 1's columns counted after the mark).
            assert_eq!(got.to_json(), plain, "chunk size {size}: {text}");
        }
    }
    // A start that only begins like a mark is text: its bytes are not lost.
    for start in ["\u{feef}", "\u{fbff}"] {
        let text = format!("{start}{{\"codeSet\":\"2025\"}}");
        let whole = validate_batch(RecordKind::Address, &text, &all(opts()));
        assert_eq!(whole.totals.rows, 1);
        let found: Vec<_> = whole.issues.iter().map(|i| (i.row, i.code)).collect();
        assert_eq!(found, [(Some(0), "json_invalid")]);
        for size in [1, 2, 3] {
            let got = chunked(RecordKind::Address, text.as_bytes(), size, all(opts()));
            assert_eq!(got.to_json(), whole.to_json(), "chunk size {size}");
        }
    }
    // A text cut short inside what could be a mark is one row, as without the mark.
    let report = chunked(RecordKind::Address, b"\xEF\xBB", 1, all(opts()));
    assert_eq!(report.totals.rows, 1);
}

#[test]
fn a_broken_row_is_reported_at_its_row_and_the_others_are_checked() {
    for o in [opts(), all(opts())] {
        let r = validate_batch(RecordKind::Address, &mixed_array(), &o);
        assert_eq!(r.format, "json");
        let rows: Vec<(Option<u64>, &str)> = r.issues.iter().map(|i| (i.row, i.code)).collect();
        assert_eq!(
            rows,
            [
                (Some(1), "ward_unknown"),
                (Some(2), "json_invalid"),
                (Some(3), "unknown_field"),
                (Some(4), "type_invalid"),
            ]
        );
        // Line and column inside the row, as the row alone would get them.
        let alone =
            RecordKind::Address.validate_json(r#"{"codeSet": ,"provinceCode":"01"}"#, &o.record);
        assert_eq!(r.issues[1].params, alone.issues[0].params);
        assert_eq!(
            (r.totals.valid, r.totals.invalid, r.totals.with_warnings),
            (2, 4, 0)
        );
        assert!(!r.valid);
    }
}

#[test]
fn empty_and_non_array_texts() {
    for blank in ["", "  \n\r\n\t"] {
        let r = validate_batch(RecordKind::Staff, blank, &opts());
        assert_eq!((r.totals.rows, r.totals.issues), (0, 0));
        assert!(r.valid);
        assert_eq!(r.format, "auto");
        let mut o = opts();
        o.format = Format::JsonArray;
        let r = validate_batch(RecordKind::Staff, blank, &o);
        assert_eq!(r.codes_and_rows(), [(None, "type_invalid")]);
        assert!(!r.valid);
    }
    let empty = validate_batch(RecordKind::Staff, " [ ] ", &opts());
    assert_eq!(
        (empty.format, empty.totals.rows, empty.valid),
        ("json", 0, true)
    );

    let mut o = opts();
    o.format = Format::JsonArray;
    let r = validate_batch(RecordKind::Address, r#"{"codeSet":"2025"}"#, &o);
    assert_eq!(r.codes_and_rows(), [(None, "type_invalid")]);
    assert_eq!(r.totals.rows, 0);
    // In auto mode a text that is not an array is NDJSON: one record per line.
    let r = validate_batch(RecordKind::Address, "42\n\"x\"\n", &opts());
    assert_eq!(r.format, "ndjson");
    assert_eq!(
        r.codes_and_rows(),
        [(Some(0), "type_invalid"), (Some(1), "type_invalid")]
    );
}

#[test]
fn faults_of_the_array_are_reported_with_their_place_in_the_text() {
    let ok = r#"{"codeSet":"2025","provinceCode":"01","wardCode":"00004"}"#;
    assert_eq!(ok.len(), 57, "columns below count `[` as 1, `ok` as 2..=58");
    let cases = [
        (format!("[{ok},]"), 1, vec![(None, "json_invalid")], (1, 60)),
        (format!("[,{ok}]"), 1, vec![(None, "json_invalid")], (1, 2)),
        (
            format!("[{ok},,\n{ok}]"),
            2,
            vec![(None, "json_invalid")],
            (1, 60),
        ),
        (format!("[{ok}\n"), 1, vec![(None, "json_invalid")], (2, 1)),
        (
            format!("[{ok}] x"),
            1,
            vec![(None, "json_invalid")],
            (1, 61),
        ),
        (
            format!("[{ok},\n {{\"codeSet\":\"20"),
            2,
            vec![(Some(1), "json_invalid"), (None, "json_invalid")],
            (2, 16),
        ),
    ];
    for (text, rows, codes, (line, column)) in cases {
        for size in [1, 5, text.len()] {
            let r = chunked(RecordKind::Address, text.as_bytes(), size, opts());
            assert_eq!(r.totals.rows, rows, "{text}");
            assert_eq!(r.codes_and_rows(), codes, "{text}");
            let fault = r.issues.iter().find(|i| i.row.is_none()).unwrap();
            let at = (
                fault.params.get("line").unwrap().display(),
                fault.params.get("column").unwrap().display(),
            );
            assert_eq!(at, (line.to_string(), column.to_string()), "{text}");
            assert!(!r.valid);
        }
    }
}

/// Rows of addresses, one in `every` with a wrong ward and one in `every` with an unknown key.
fn address_rows(n: usize, every: usize) -> String {
    (0..n)
        .map(|i| match i % every {
            1 => r#"{"codeSet":"2025","provinceCode":"01","wardCode":"99999"}"#.to_owned(),
            2 => format!(r#"{{"codeSet":"2025","provinceCode":"01","wardCode":"00004","k{i}":1}}"#),
            _ => r#"{"codeSet":"2025","provinceCode":"01","wardCode":"00004"}"#.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn pages_and_the_stream_add_up_to_every_issue() {
    let text = address_rows(500, 7);
    let every = validate_batch(RecordKind::Address, &text, &all(opts()));
    let broken = (0..500).filter(|i| matches!(i % 7, 1 | 2)).count();
    assert_eq!(every.totals.issues as usize, broken);
    let mut paged = Vec::new();
    let mut o = opts();
    o.max_issues = 10;
    loop {
        let page = validate_batch(RecordKind::Address, &text, &o);
        assert!(page.issues.len() <= 10);
        assert_eq!(page.totals, every.totals);
        paged.extend(page.issues);
        match page.next_offset {
            Some(next) => o.issue_offset = next,
            None => break,
        }
    }
    assert_eq!(paged, every.issues);

    let mut streamed = Vec::new();
    let report = validate_reader(RecordKind::Address, text.as_bytes(), &opts(), |i| {
        streamed.push(i.clone())
    })
    .unwrap();
    assert_eq!(streamed, every.issues);
    assert_eq!(report.totals, every.totals);

    let mut o = opts();
    o.stream_issues = true;
    o.max_issues = 0;
    let mut batch = BatchValidator::new(RecordKind::Address, o);
    let mut drained = Vec::new();
    for chunk in text.as_bytes().chunks(333) {
        let progress = batch.push(chunk);
        drained.extend(batch.take_issues());
        assert_eq!(progress.issues as usize, drained.len());
    }
    let last = batch.finish();
    assert!(last.issues.is_empty());
    assert_eq!(last.next_offset, Some(0));
    assert_eq!(
        drained.len() as u64 + 1,
        every.totals.issues,
        "the last row's issue comes at finish"
    );
}

#[test]
fn counts_by_code_and_field() {
    let text = address_rows(70, 7);
    let r = validate_batch(RecordKind::Address, &text, &opts());
    assert_eq!(r.by_code["ward_unknown"].issues, 10);
    assert_eq!(r.by_code["ward_unknown"].rows, 10);
    assert_eq!(r.by_code["unknown_field"].rows, 10);
    assert_eq!(r.by_field["wardCode"].issues, 10);
    // Every unknown key is a field of its own.
    assert_eq!(r.by_field.len(), 11);
    let staff = r#"{"assignments":[{"startDate":"x"},{"startDate":"y"}]}"#;
    let s = validate_batch(RecordKind::Staff, staff, &opts());
    assert_eq!(s.by_field["assignments[*].startDate"].issues, 2);
    assert_eq!(s.by_field["assignments[*].startDate"].rows, 1);
    // A hostile file with a new key in every row does not grow the report without bound.
    let many = address_rows(3 * MAX_FIELD_PATHS * 3, 3);
    let r = validate_batch(RecordKind::Address, &many, &opts());
    assert_eq!(r.by_field.len(), MAX_FIELD_PATHS);
    assert_eq!(
        r.by_field.values().map(|c| c.issues).sum::<u64>() + r.by_field_omitted,
        r.totals.issues
    );
}

#[test]
fn no_value_is_echoed_and_the_input_is_untouched() {
    let text = r#"[{"codeSet":"2025","provinceCode":"Hà Nội secret","wardCode":"ABCDE-secret","secretKeyValue":"leak-me-please"}]"#;
    let copy = text.to_owned();
    let r = validate_batch(RecordKind::Address, text, &all(opts()));
    let json = r.to_json();
    assert!(
        !json.contains("secret\"") && !json.contains("leak-me"),
        "{json}"
    );
    assert_eq!(text, copy);
}

#[test]
fn options_from_json() {
    let today = Date::new(2026, 1, 1).unwrap();
    let o = BatchOptions::from_json(
        &serde_json::json!({"lang":"en","format":"ndjson","maxIssues":5,"issueOffset":10,"streamIssues":true,"asOf":"2025-01-02"}),
        today,
    )
    .unwrap();
    assert_eq!(
        (o.format, o.max_issues, o.issue_offset, o.stream_issues),
        (Format::Ndjson, 5, 10, true)
    );
    assert_eq!(o.record.as_of, Date::new(2025, 1, 2).unwrap());
    for bad in [
        serde_json::json!({"format":"xml"}),
        serde_json::json!({"columns":{"STT":5}}),
        serde_json::json!({"columns":"STT"}),
        serde_json::json!({"maxIssues":-1}),
        serde_json::json!({"maxIssues":1.5}),
        serde_json::json!({"colour":"red"}),
        serde_json::json!({"lang":"fr"}),
        serde_json::json!([1]),
    ] {
        assert!(BatchOptions::from_json(&bad, today).is_err(), "{bad}");
    }
}

trait Codes {
    fn codes_and_rows(&self) -> Vec<(Option<u64>, &'static str)>;
}

impl Codes for BatchReport {
    fn codes_and_rows(&self) -> Vec<(Option<u64>, &'static str)> {
        self.issues.iter().map(|i| (i.row, i.code)).collect()
    }
}

/// The batches of `tests/batch/reports.json`: each case's `text` with its `options` must give
/// exactly the bytes in `expected` (the Node suite checks the wasm package against the same
/// bytes). `CTXH_BLESS=1 cargo test --test batch` rewrites `expected`; read the diff.
#[test]
fn shared_batch_reports_match() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/batch/reports.json");
    let mut doc: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    let bless = std::env::var_os("CTXH_BLESS").is_some();
    let mut failures = Vec::new();
    for case in doc["cases"].as_array_mut().unwrap() {
        let kind = RecordKind::parse(case["kind"].as_str().unwrap()).unwrap();
        let o = BatchOptions::from_json(&case["options"], Date::new(2000, 1, 1).unwrap()).unwrap();
        assert!(
            case["options"]["asOf"].is_string(),
            "{}: asOf",
            case["name"]
        );
        let text = case["text"].as_str().unwrap().to_owned();
        let report = validate_batch(kind, &text, &o);
        let got = report.to_json();
        assert_eq!(chunked(kind, text.as_bytes(), 3, o).to_json(), got);
        // The issues as CSV (batchIssuesCsv in the browser), for the cases that keep them.
        if case.get("expectedCsv").is_some() {
            let csv = report.issues_csv();
            if bless {
                case["expectedCsv"] = Value::String(csv);
            } else if case["expectedCsv"].as_str() != Some(csv.as_str()) {
                failures.push(format!("{}: the issues' CSV differs:\n{csv}", case["name"]));
            }
        }
        if bless {
            case["expected"] = Value::String(got);
        } else if case["expected"].as_str() != Some(got.as_str()) {
            failures.push(format!(
                "{}:\n  got      {got}\n  expected {}",
                case["name"], case["expected"]
            ));
        }
    }
    if bless {
        fs::write(&file, serde_json::to_string_pretty(&doc).unwrap() + "\n").unwrap();
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_last_rows_issues_can_be_taken_after_end_and_text_after_the_end_is_reported() {
    let mut o = opts();
    o.stream_issues = true;
    let mut batch = BatchValidator::new(RecordKind::Address, o);
    batch.push(br#"{"codeSet":"2025","provinceCode":"01","wardCode":"99999"}"#);
    assert!(batch.take_issues().is_empty(), "the line is not ended yet");
    batch.end();
    assert_eq!(batch.take_issues()[0].code, "ward_unknown");
    batch.end();
    batch.push(b"  \n");
    batch.push(b"{}");
    batch.push(b"{}");
    let r = batch.finish();
    assert_eq!(r.totals.rows, 1);
    assert_eq!(
        r.codes_and_rows(),
        [(Some(0), "ward_unknown"), (None, "json_invalid")]
    );
}
