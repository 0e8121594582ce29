//! Hostile indicator requests and reports: every shape, size and value is answered with a
//! report (issues at their paths, records left out by position), never a panic; the same input
//! gives the same bytes; key order does not matter; nothing of the input's records is repeated.

use ctxh::date::Date;
use ctxh::i18n::Lang;
use ctxh::indicators::{compute_json, merge_json, MAX_LISTED};
use ctxh::options::Options;
use serde_json::{json, Value};

fn opts() -> Options {
    Options::new(Date::parse_iso("2026-01-01").unwrap()).lang(Lang::En)
}

const ODD: [&str; 6] = [
    "SECRET\u{202e}gnirts",
    "Nguyễn\u{0}Văn",
    "0912345678",
    "<script>alert(1)</script>",
    "HN-CB-0017-SECRET",
    "\u{1F600}\u{1F600}\u{1F600}\u{1F600}",
];

fn values() -> Vec<Value> {
    let mut out = vec![
        json!(null),
        json!(true),
        json!(-1),
        json!(1e300),
        json!([]),
        json!({}),
        json!([[[[]]]]),
    ];
    out.extend(ODD.iter().map(|s| json!(s)));
    out.push(json!({ "id": ODD[4], "person": { "fullName": ODD[1] }, "phone": ODD[2] }));
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

fn check(request: &Value) -> Value {
    let text = request.to_string();
    let first = compute_json(&text, &opts());
    assert_eq!(first, compute_json(&text, &opts()), "deterministic");
    let report: Value = serde_json::from_str(&first).expect("a report is JSON");
    assert!(report["request"]["valid"].is_boolean());
    assert!(report["uncounted"]["records"].as_array().unwrap().len() <= MAX_LISTED);
    let mut inputs = Vec::new();
    strings(request, &mut inputs);
    for s in inputs
        .iter()
        .filter(|s| s.contains("SECRET") || s.contains("0912") || s.contains("Nguy"))
    {
        let escaped = serde_json::to_string(s).unwrap();
        assert!(
            !first.contains(&escaped[1..escaped.len() - 1]),
            "the report repeats an input value"
        );
    }
    report
}

#[test]
fn every_key_of_a_request_takes_any_value() {
    let keys = [
        "scope",
        "period",
        "denominators",
        "staff",
        "facilities",
        "cases",
        "trainingEvents",
        "extra",
    ];
    for key in keys {
        for value in values() {
            let mut request = json!({ "scope": { "codeSet": "2025", "provinceCodes": ["01"] } });
            request[key] = value.clone();
            check(&request);
            // Inside the scope and the lists too.
            for inner in ["codeSet", "provinceCodes", "start", "indicator", "value"] {
                let mut nested = json!({ "scope": { "codeSet": "2025" } });
                nested[key] = json!({ inner: value.clone() });
                check(&nested);
                nested[key] = json!([{ inner: value.clone() }, value.clone()]);
                check(&nested);
            }
        }
    }
    for value in values() {
        check(&value);
    }
}

#[test]
fn big_lists_are_counted_by_reason_and_listed_up_to_the_cap() {
    let junk: Vec<Value> = (0..3000)
        .map(|i| values()[i % values().len()].clone())
        .collect();
    let report = check(
        &json!({ "scope": { "codeSet": "legacy" }, "staff": junk.clone(), "facilities": junk.clone(),
                                "cases": junk.clone(), "trainingEvents": junk }),
    );
    assert_eq!(report["uncounted"]["byReason"]["invalid"], json!(12000));
    assert_eq!(
        report["uncounted"]["records"].as_array().unwrap().len(),
        MAX_LISTED
    );
    assert_eq!(
        report["uncounted"]["omitted"],
        json!(12000 - MAX_LISTED as u64)
    );
}

#[test]
fn key_order_does_not_change_the_report() {
    let a = r#"{"scope":{"codeSet":"2025","provinceCodes":["01"]},"staff":[{"id":"A","workforceCategory":"sw-collaborator"}],"period":{"start":"2025-01-01","end":"2025-12-31"}}"#;
    let b = r#"{"period":{"end":"2025-12-31","start":"2025-01-01"},"staff":[{"workforceCategory":"sw-collaborator","id":"A"}],"scope":{"provinceCodes":["01"],"codeSet":"2025"}}"#;
    assert_eq!(compute_json(a, &opts()), compute_json(b, &opts()));
}

#[test]
fn text_that_is_not_json_and_deep_nesting_are_refused() {
    for (text, code) in [
        ("", "json_invalid"),
        ("{", "json_invalid"),
        ("[1,", "json_invalid"),
        (&*"[".repeat(10_000), "nesting_too_deep"),
    ] {
        let report: Value = serde_json::from_str(&compute_json(text, &opts())).unwrap();
        assert_eq!(
            report["request"]["issues"][0]["code"],
            json!(code),
            "{text:.20}"
        );
        let merged: Value = serde_json::from_str(&merge_json(text, &opts())).unwrap();
        assert_eq!(merged["request"]["valid"], json!(false));
    }
    // A byte order mark before the text is ignored, as for records.
    assert_eq!(
        compute_json("\u{feff}{}", &opts()),
        compute_json("{}", &opts())
    );
}

#[test]
fn merging_anything_gives_a_report() {
    let good = compute_json(
        r#"{"scope":{"codeSet":"2025","provinceCodes":["01"]}}"#,
        &opts(),
    );
    let good: Value = serde_json::from_str(&good).unwrap();
    let mut broken = good.clone();
    broken["indicators"][0]["numerator"] = json!(-5);
    let mut huge = good.clone();
    huge["indicators"][0]["numerator"] = json!(u64::MAX);
    huge["scope"]["provinceCodes"] = json!(["02"]);
    for parts in [
        json!([]),
        json!([good, good]),
        json!([good, broken, 5, null, "x"]),
        json!([good, huge]),
        json!({}),
        json!(ODD),
    ] {
        let text = parts.to_string();
        let merged = merge_json(&text, &opts());
        assert_eq!(merged, merge_json(&text, &opts()));
        let merged: Value = serde_json::from_str(&merged).unwrap();
        assert!(merged["request"]["valid"].is_boolean());
    }
    let two: Value =
        serde_json::from_str(&merge_json(&json!([good, huge]).to_string(), &opts())).unwrap();
    assert_eq!(
        two["indicators"][0]["numerator"],
        json!(u64::MAX),
        "sums saturate"
    );
}
