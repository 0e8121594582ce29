//! Bad input of every shape through the staff validation entry points: never a panic, always
//! issues, and never a value from the input inside a report.
//!
//! Records are generated from the model's own metadata (`ctxh::meta`), so every string field,
//! number field, list and nested record of the staff model (person, identifiers, addresses,
//! employer, assignments...) gets the hostile value, including fields added later.

use ctxh::date::Date;
use ctxh::meta::{FieldType, Typed};
use ctxh::model::enums::lists;
use ctxh::model::staff::StaffMember;
use ctxh::options::Options;
use ctxh::report::Report;
use ctxh::validate::RecordKind;
use serde_json::{json, Map, Value};

fn opts() -> Options {
    Options::new(Date::parse_iso("2026-03-01").unwrap())
}

/// The Rust spelling of a scalar field type, as the `leaf` callbacks below match on it.
fn scalar_name(ty: &FieldType) -> &'static str {
    match *ty {
        FieldType::Text => "String",
        FieldType::Boolean => "bool",
        FieldType::Count => "u32",
        FieldType::Integer => "i64",
        FieldType::Number => "f64",
        FieldType::Date => "Date",
        FieldType::PartialDate => "PartialDate",
        FieldType::DateTime => "DateTime",
        FieldType::Enum(e) => e.rust_name,
        FieldType::Record(_) | FieldType::List(_) => unreachable!("not a scalar"),
    }
}

/// Builds a value of field type `ty`, asking `leaf` for every scalar (with its Rust type name
/// and a counter) and adding `extra` (an unknown field) to every object.
fn build(
    ty: &FieldType,
    leaf: &mut dyn FnMut(&str, usize) -> Value,
    extra: Option<&Value>,
) -> Value {
    match *ty {
        FieldType::List(inner) => return Value::Array(vec![build(inner, leaf, extra)]),
        FieldType::Record(rec) => {
            let mut map = Map::new();
            for f in rec.fields {
                map.insert(f.wire_name.to_owned(), build(&f.ty, leaf, extra));
            }
            if let Some(x) = extra {
                map.insert("zzUnknownField".to_owned(), x.clone());
            }
            return Value::Object(map);
        }
        _ => {}
    }
    thread_local!(static COUNT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) });
    let n = COUNT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    leaf(scalar_name(ty), n)
}

fn is_enum(ty: &str) -> bool {
    lists().iter().any(|l| l.rust_name == ty)
}

fn staff(leaf: &mut dyn FnMut(&str, usize) -> Value) -> Value {
    build(&<StaffMember as Typed>::FIELD_TYPE, leaf, None)
}

fn string_leaves(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| string_leaves(x, out)),
        Value::Object(m) => m.values().for_each(|x| string_leaves(x, out)),
        _ => {}
    }
}

/// The checks every hostile report must pass.
fn assert_safe(report: &Report, input: &Value, what: &str) {
    assert!(!report.issues.is_empty(), "{what}: no issue reported");
    let text = report.to_json();
    let mut leaves = Vec::new();
    string_leaves(input, &mut leaves);
    for leaf in leaves {
        // Long values: look for their first 40 characters.
        let probe: String = leaf.chars().take(40).collect();
        if probe.chars().count() >= 5 && probe.starts_with("LEAK") {
            assert!(
                !text.contains(&probe),
                "{what}: the report contains an input value"
            );
        }
    }
}

fn validate(value: &Value) -> Report {
    RecordKind::Staff.validate_json(&serde_json::to_string(value).unwrap(), &opts())
}

#[test]
fn generated_record_covers_every_staff_field() {
    let v = staff(&mut |ty, n| json!(format!("{ty}{n}")));
    let text = v.to_string();
    for field in [
        "fullName",
        "identifiers",
        "wardCode",
        "facilityId",
        "adminUnit",
        "monthlyAllowance",
        "coefficient",
        "graduationDate",
        "trainingAttendances",
    ] {
        assert!(
            text.contains(field),
            "{field} missing from the generated record"
        );
    }
}

#[test]
fn long_strings_in_every_string_field() {
    // About 1 KB in each of the record's string fields (longer than every text limit, under the 1 MB
    // record limit), so every field is read and reported.
    let big = |n: usize| format!("LEAK{n:04}{}", "ệ1 <x>".repeat(120));
    let input = staff(&mut |ty, n| match ty {
        "String" => json!(big(n)),
        "bool" => json!(true),
        "Date" | "PartialDate" => json!("2020-01-01"),
        t if is_enum(t) => json!(big(n)),
        _ => json!(1),
    });
    assert!(serde_json::to_string(&input).unwrap().len() < ctxh::intake::MAX_RECORD_BYTES);
    let r = validate(&input);
    assert!(!r.valid);
    assert_safe(&r, &input, "long strings");
    let codes = r.codes();
    for code in [
        "text_length",
        "phone_invalid",
        "email_invalid",
        "enum_invalid",
    ] {
        assert!(codes.contains(&code), "{code} not reported: {codes:?}");
    }
}

#[test]
fn a_record_over_the_size_limit_is_not_read() {
    let input = json!({"person": {"fullName": format!("LEAK{}", "x".repeat(ctxh::intake::MAX_RECORD_BYTES))}});
    let r = validate(&input);
    assert_eq!(r.codes(), ["record_too_large"]);
    assert_safe(&r, &input, "1 MB string");
    let list: Vec<_> = (0..ctxh::intake::MAX_LIST_ITEMS + 5)
        .map(|_| json!({}))
        .collect();
    let r = validate(&json!({ "certificates": list }));
    assert!(r.codes().contains(&"list_too_long"), "{:?}", r.codes());
    assert!(r
        .issues
        .iter()
        .any(|i| i.code == "list_too_long" && i.path_text == "certificates"));
}

#[test]
fn arrays_objects_and_numbers_where_strings_belong() {
    for (label, bad) in [
        ("array", json!(["LEAK-in-array"])),
        ("object", json!({"v": "LEAK-in-object"})),
        ("negative", json!(-1)),
        ("2^64", json!(18_446_744_073_709_551_616.0_f64)),
        ("bool", json!(false)),
        ("float", json!(0.5)),
    ] {
        let input = staff(&mut |_, _| bad.clone());
        let r = validate(&input);
        assert!(!r.valid, "{label}");
        assert_safe(&r, &input, label);
        assert!(
            r.codes().contains(&"type_invalid"),
            "{label}: {:?}",
            r.codes()
        );
    }
}

#[test]
fn numbers_out_of_range_in_number_fields() {
    for (label, n) in [
        ("-1", "-1"),
        ("2^64", "18446744073709551616"),
        ("1e308", "1e308"),
        ("-1e308", "-1e308"),
    ] {
        let input = staff(&mut |ty, _| match ty {
            "u32" | "i64" | "f64" => json!("NUMBER"),
            "String" => json!("LEAK-text"),
            "bool" => json!(true),
            "Date" | "PartialDate" => json!("2020-01-01"),
            _ => Value::Null,
        });
        let text = serde_json::to_string(&input)
            .unwrap()
            .replace("\"NUMBER\"", n);
        let r = RecordKind::Staff.validate_json(&text, &opts());
        assert!(!r.valid, "{label}");
        assert_safe(&r, &input, label);
        let codes = r.codes();
        assert!(
            codes.contains(&"number_out_of_range") || codes.contains(&"type_invalid"),
            "{label}: {codes:?}"
        );
    }
    // Beyond f64: not representable, so not JSON this parser accepts.
    let r = RecordKind::Staff
        .validate_json("{\"titleAppointments\":[{\"coefficient\":1e400}]}", &opts());
    assert_eq!(r.codes(), ["json_invalid"]);
}

#[test]
fn unknown_fields_at_every_level() {
    let secret = json!("LEAK-unknown-field-value");
    let input = build(
        &<StaffMember as Typed>::FIELD_TYPE,
        &mut |ty, _| match ty {
            "String" => json!("LEAK-string"),
            "bool" => json!(true),
            "Date" | "PartialDate" => json!("2020-01-01"),
            "u32" | "i64" => json!(1),
            "f64" => json!(2.5),
            t if is_enum(t) => {
                json!(lists().iter().find(|l| l.rust_name == t).unwrap().entries[0].value)
            }
            _ => Value::Null,
        },
        Some(&secret),
    );
    let r = validate(&input);
    assert_safe(&r, &input, "unknown fields");
    let unknown: Vec<_> = r
        .issues
        .iter()
        .filter(|i| i.code == "unknown_field")
        .map(|i| i.path_text.clone())
        .collect();
    for path in [
        "zzUnknownField",
        "person.zzUnknownField",
        "person.identifiers[0].zzUnknownField",
        "person.address.zzUnknownField",
        "employer.agency.adminUnit.zzUnknownField",
        "assignments[0].zzUnknownField",
        "trainingAttendances[0].zzUnknownField",
    ] {
        assert!(
            unknown.iter().any(|p| p == path),
            "{path} not reported: {unknown:?}"
        );
    }
}

#[test]
fn null_everywhere() {
    let input = staff(&mut |_, _| Value::Null);
    let r = validate(&input);
    assert!(!r.valid);
    assert!(r.codes().contains(&"required"));
    for top in [
        json!(null),
        json!([]),
        json!("LEAK-top-level"),
        json!(7),
        json!(true),
    ] {
        let r = validate(&top);
        assert_eq!(r.codes(), ["type_invalid"], "{top}");
        assert_safe(&r, &top, "top level");
    }
    let r = validate(&json!({"person": {"identifiers": [null, null]}, "assignments": [null]}));
    assert!(r.codes().contains(&"type_invalid"));
}

#[test]
fn deeply_nested_json() {
    for (open, close) in [("[", "]"), ("{\"person\":", "}"), ("{\"a\":[", "]}")] {
        let text = format!("{}1{}", open.repeat(200), close.repeat(200));
        let r = RecordKind::Staff.validate_json(&text, &opts());
        assert_eq!(r.codes(), ["nesting_too_deep"]);
    }
    // Nested below the parser's limit, inside known fields.
    let deep = (0..100).fold(json!("LEAK-deep"), |v, _| json!([v]));
    let input =
        json!({"person": {"fullName": deep.clone(), "address": deep.clone(), "identifiers": deep}});
    let r = validate(&input);
    assert!(r.codes().contains(&"type_invalid"));
    assert_safe(&r, &input, "nested");
}

#[test]
fn invalid_utf16_escapes_and_control_characters() {
    // Half of a surrogate pair (what JSON.stringify writes for a lone surrogate): that field is
    // reported, the rest of the record is still checked.
    for text in [
        r#"{"person":{"fullName":"\ud800", "phone": 5}}"#,
        r#"{"person":{"fullName":"\udc00\ud800", "phone": 5}}"#,
    ] {
        let r = RecordKind::Staff.validate_json(text, &opts());
        let at: Vec<_> = r
            .issues
            .iter()
            .map(|i| (i.path_text.as_str(), i.code))
            .collect();
        assert!(
            at.contains(&("person.fullName", "text_encoding_invalid")),
            "{text}: {at:?}"
        );
        assert!(
            at.contains(&("person.phone", "type_invalid")),
            "{text}: {at:?}"
        );
    }
    for text in [
        r#"{"person":{"fullName":"\uZZZZ"}}"#,
        "{\"person\":{\"fullName\":\"a\u{0}b\"}}",
        "",
    ] {
        let r = RecordKind::Staff.validate_json(text, &opts());
        assert_eq!(r.codes(), ["json_invalid"], "{text:?}");
    }
    // A byte order mark before the text is ignored.
    let with_bom = RecordKind::Staff.validate_json("\u{feff}{}", &opts());
    assert_eq!(with_bom, RecordKind::Staff.validate_json("{}", &opts()));
    let input = json!({"person": {"fullName": "LEAK\u{0}\u{7}\u{202e}name", "phone": "LEAK\u{0}"}});
    let r = validate(&input);
    assert!(r.codes().contains(&"name_character_invalid"));
    assert_safe(&r, &input, "control characters");
}

#[test]
fn hostile_field_validation() {
    let record = staff(&mut |_, _| json!("LEAK-record-value"));
    let paths = [
        "",
        ".",
        "[",
        "]",
        "person.",
        "person..fullName",
        "person.fullName[0]",
        "person[0]",
        "assignments[99999999]",
        "assignments[18446744073709551616]",
        "assignments[-1]",
        "nonsense",
        "person.nonsense.deeper",
        "rulesetVersion.x",
    ];
    let long_path = "a.".repeat(5_000) + "b";
    let values = [
        json!(null),
        json!("LEAK-field-value"),
        json!(["LEAK-in-array"]),
        json!({"k": "LEAK-in-object"}),
        json!(-1),
        json!(1e300),
    ];
    for path in paths.iter().copied().chain([long_path.as_str()]) {
        for value in &values {
            for rec in [None, Some(&record), Some(&json!("LEAK-not-a-record"))] {
                let r = RecordKind::Staff.validate_field(path, value.clone(), rec, &opts());
                let mut input = json!([value.clone()]);
                if let Some(x) = rec {
                    input = json!([value.clone(), x.clone()]);
                }
                assert_safe(&r, &input, path);
            }
        }
    }
}

#[test]
fn field_validation_reports_only_the_field() {
    let record = json!({"person": {"fullName": "Lê 5"}, "workforceCategory": "x"});
    let r = RecordKind::Staff.validate_field("person.phone", json!("12"), Some(&record), &opts());
    assert_eq!(r.codes(), ["phone_invalid"]);
    let r = RecordKind::Staff.validate_field(
        "person.phone",
        json!("0912345678"),
        Some(&record),
        &opts(),
    );
    assert!(r.valid && r.issues.is_empty());
}
