//! The hostile corpus of ROBUSTNESS.md natively, as JSON text (the form every record reaches
//! the core in): each input gets a clear issue or meets a documented limit, never a panic, and
//! no value is echoed. `js/tests/hostile-corpus.test.mjs` runs the same through the wasm
//! package, with the inputs only JavaScript can make (NaN, -0, cycles).

use ctxh::batch::{BatchOptions, BatchValidator, Format};
use ctxh::date::Date;
use ctxh::i18n::Lang;
use ctxh::model::RecordKind;
use ctxh::options::Options;
use ctxh::report::Report;

const ADDRESS: &str = r#""codeSet":"2025","provinceCode":"01","wardCode":"00004""#;

fn opts() -> Options {
    Options::new(Date::parse_iso("2026-03-01").unwrap()).lang(Lang::En)
}

fn check(kind: RecordKind, text: &str) -> Report {
    let report = kind.validate_json(text, &opts());
    assert_eq!(report, kind.validate_json(text, &opts()), "deterministic");
    report
}

/// `path code` of every issue.
fn at(report: &Report) -> Vec<String> {
    report
        .issues
        .iter()
        .map(|i| format!("{} {}", i.path_text, i.code))
        .collect()
}

fn no_echo(report: &Report, value: &str) {
    let text = report.to_json();
    assert!(!text.contains(value), "the report carries {value:?}");
}

#[test]
fn nesting_of_10_000_levels_is_nesting_too_deep() {
    let text = format!(
        r#"{{"street":{}1{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert_eq!(
        at(&check(RecordKind::Address, &text)),
        [" nesting_too_deep"]
    );
    let objects = format!("{}1{}", r#"{"street":"#.repeat(10_000), "}".repeat(10_000));
    assert_eq!(
        at(&check(RecordKind::Address, &objects)),
        [" nesting_too_deep"]
    );
}

#[test]
fn a_10_mb_string_is_record_too_large() {
    let big = format!("Zq7-{}", "x".repeat(10 << 20));
    let report = check(
        RecordKind::Address,
        &format!(r#"{{{ADDRESS},"street":"{big}"}}"#),
    );
    assert_eq!(at(&report), [" record_too_large"]);
    no_echo(&report, "Zq7-");
}

#[test]
fn a_million_row_batch_counts_every_row() {
    let mut options = BatchOptions::new(opts());
    options.format = Format::Ndjson;
    options.max_issues = 10;
    let mut v = BatchValidator::new(RecordKind::Address, options);
    let chunk = format!("{{{ADDRESS}}}\n").repeat(10_000);
    for _ in 0..100 {
        v.push(chunk.as_bytes());
    }
    let report = v.finish();
    assert_eq!(
        (report.totals.rows, report.totals.valid),
        (1_000_000, 1_000_000)
    );
}

#[test]
fn nan_and_infinity_are_not_json() {
    for text in [
        r#"{"street": NaN}"#,
        r#"{"street": Infinity}"#,
        r#"{"street": -Infinity}"#,
    ] {
        assert_eq!(at(&check(RecordKind::Address, text)), [" json_invalid"]);
    }
    // -0 is a number: 0.
    let r = check(
        RecordKind::Staff,
        r#"{"titleAppointments":[{"salaryStep":-0}]}"#,
    );
    assert!(at(&r).contains(&"titleAppointments[0].salaryStep number_out_of_range".to_owned()));
}

#[test]
fn numbers_as_strings_and_strings_as_numbers_are_type_invalid() {
    let r = check(
        RecordKind::Staff,
        r#"{"assignments":[{"monthlyAllowance":"5000000"}],"person":{"fullName":12345}}"#,
    );
    let at = at(&r);
    assert!(at.contains(&"assignments[0].monthlyAllowance type_invalid".to_owned()));
    assert!(at.contains(&"person.fullName type_invalid".to_owned()));
}

#[test]
fn a_lone_surrogate_is_reported_at_its_field() {
    let text = r#"{"codeSet":"2025","provinceCode":"01","wardCode":"9","street":"Phố \ud800"}"#;
    assert_eq!(
        at(&check(RecordKind::Address, text)),
        [
            "street text_encoding_invalid",
            "wardCode code_format_invalid"
        ]
    );
}

#[test]
fn prototype_keys_are_unknown_fields() {
    let text =
        format!(r#"{{{ADDRESS},"__proto__":{{"polluted":1}},"constructor":{{"prototype":{{}}}}}}"#);
    assert_eq!(
        at(&check(RecordKind::Address, &text)),
        ["__proto__ unknown_field", "constructor unknown_field"]
    );
}

#[test]
fn a_duplicate_key_is_reported_and_its_first_value_used() {
    let text = format!(r#"{{{ADDRESS},"wardCode":"x"}}"#);
    assert_eq!(
        at(&check(RecordKind::Address, &text)),
        ["wardCode duplicate_field"]
    );
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("{{{ADDRESS}}}");
    assert_eq!(
        check(RecordKind::Address, &format!("\u{feff}{text}")),
        check(RecordKind::Address, &text)
    );
}

#[test]
fn nfd_and_nfc_mixtures_read_alike() {
    let nfc = check(
        RecordKind::Staff,
        r#"{"person":{"fullName":"Nguyễn Thị Hoà"}}"#,
    );
    let nfd = check(
        RecordKind::Staff,
        "{\"person\":{\"fullName\":\"Nguye\u{302}\u{303}n Thi\u{323} Hoa\u{300}\"}}",
    );
    assert_eq!(at(&nfd), at(&nfc));
}

#[test]
fn control_and_bidirectional_characters_are_reported_or_escaped() {
    let r = check(
        RecordKind::Staff,
        "{\"person\":{\"fullName\":\"Zq7\\u0007 \u{202e}Ab\"},\"k\u{202e}y\":1}",
    );
    assert!(at(&r).contains(&"person.fullName name_character_invalid".to_owned()));
    assert!(at(&r).contains(&"k\\u{202e}y unknown_field".to_owned()));
    no_echo(&r, "Zq7");
}

#[test]
fn invalid_dates_are_reported_at_the_field() {
    let r = check(
        RecordKind::Staff,
        r#"{"person":{"birthDate":"2025-02-29"}}"#,
    );
    assert!(at(&r).contains(&"person.birthDate date_invalid".to_owned()));
    let r = check(
        RecordKind::Case,
        r#"{"receivedAt":"9999-12-31T24:00:00+14:00"}"#,
    );
    assert!(at(&r).contains(&"receivedAt datetime_invalid".to_owned()));
}
