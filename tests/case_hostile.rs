//! Hostile inputs through the case and facility validations and `next_steps` never panic: every
//! field of full records replaced by values of every shape, extreme dates, huge and deep inputs.

mod case_common;

use case_common::{case, opts, step};
use ctxh::validate::RecordKind;
use ctxh::workflow::next_steps_json;
use serde_json::{json, Value};

fn hostile_values() -> Vec<Value> {
    let mut deep = json!(1);
    for _ in 0..60 {
        deep = json!([deep]);
    }
    vec![
        Value::Null,
        json!(true),
        json!(-1),
        json!(0),
        json!(4_294_967_296u64),
        json!(u64::MAX),
        json!(-9_007_199_254_740_993i64),
        json!(1.5),
        json!(1e308),
        json!(""),
        json!("   "),
        json!("\u{0}"),
        json!("😀👨‍👩‍👧"),
        json!("x".repeat(20_000)),
        json!("2025-02-30"),
        json!("0001-01-01"),
        json!("9999-12-31"),
        json!("0001-01-01T00:00:00+14:00"),
        json!("9999-12-31T23:59:59-14:00"),
        json!("2025-07-01T08:00:00+07:00"),
        json!("emergency"),
        json!("closure"),
        json!([]),
        json!([null]),
        json!([{}]),
        json!(["intake", 3, {}]),
        json!({}),
        json!({ "stepType": "closure" }),
        deep,
    ]
}

/// Every path to a value inside `v` (objects and arrays).
fn paths(v: &Value, prefix: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(prefix.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let mut p = prefix.clone();
                p.push(json!(k));
                paths(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let mut p = prefix.clone();
                p.push(json!(i));
                paths(x, p, out);
            }
        }
        _ => {}
    }
}

fn set(root: &mut Value, path: &[Value], value: Value) {
    let mut node = root;
    for seg in path {
        node = match seg {
            Value::String(k) => &mut node[k.as_str()],
            Value::Number(i) => &mut node[i.as_u64().unwrap() as usize],
            _ => unreachable!(),
        };
    }
    *node = value;
}

fn full_case() -> Value {
    let r = "2025-07-01T08:00:00+07:00";
    let t = "2025-07-01T09:00:00+07:00";
    let mut c = case(
        "child-protection",
        "emergency",
        r,
        [
            "intake",
            "initial-risk-assessment",
            "emergency-protection",
            "assessment",
            "plan",
            "plan-approval",
            "intervention",
            "referral",
        ]
        .iter()
        .map(|s| step(s, r, Some(t)))
        .collect(),
    );
    c["client"]["categories"] = json!(["k1", "k6", "k2"]);
    c["client"]["disability"] = json!({ "disabilityType": "mobility", "severity": "severe", "certificateNumber": "12", "certificateDate": "2024-01-01" });
    c["client"]["inEducation"] = json!(true);
    c["admission"] = json!({ "admissionType": "emergency", "decisionNumber": "1", "decisionDate": "2025-07-01", "admittedOn": "2025-07-01", "dischargedOn": "2025-07-02", "stayExtendedOn": "2025-07-02" });
    c["confidentiality"] = json!(["hiv"]);
    c["status"] = json!("referred-out");
    c["closureReason"] = json!("moved-out");
    c["closureDate"] = json!("2025-07-03");
    c["rulesetVersion"] = json!("1");
    c
}

fn full_facility() -> Value {
    json!({
        "rulesetVersion": "1", "id": "F-1", "name": "Trung tâm Bảo trợ xã hội",
        "facilityType": "general-social-protection", "ownership": "non-public",
        "address": { "codeSet": "legacy", "provinceCode": "01", "districtCode": "001", "wardCode": "00004", "street": "1 Phố" },
        "head": { "fullName": "Lê Văn Dũng", "birthDate": "1970" },
        "phone": "0912345678", "email": "a@b.vn", "taxCode": "0100233488",
        "managingAgency": { "kind": "dolisa", "name": "Sở", "provinceCode": "01" },
        "establishment": { "kind": "registration-certificate", "number": "1", "date": "2015-01-01", "issuer": { "kind": "dolisa", "name": "Sở" } },
        "licence": { "number": "2", "issuedDate": "2016-01-01", "issuer": { "kind": "district-labour-office", "name": "Phòng" } },
        "status": "suspended", "suspendedFrom": "2025-01-01", "suspendedUntil": "2025-12-31",
        "dissolutionDate": "2026-01-01", "designCapacity": 5,
        "residents": [{ "group": "voluntary", "count": 4294967295u32 }, { "group": "voluntary", "count": 4294967295u32 }],
        "staff": [{ "position": "support", "count": 4294967295u32 }, { "position": "director", "count": 3 }],
        "services": ["prevention", "reintegration"], "hasSocialWorkUnit": true,
        "serviceArea": [{ "codeSet": "2025", "provinceCode": "01", "wardCode": "00004" }, { "codeSet": "2025", "provinceCode": "01", "wardCode": "00004" }]
    })
}

fn run_all(kind: RecordKind, record: &Value) {
    let o = opts("2025-07-05");
    let text = record.to_string();
    let report = kind.validate_json(&text, &o);
    let again = kind.validate_json(&text, &o);
    assert_eq!(report, again, "deterministic");
    if kind == RecordKind::Case {
        let n = next_steps_json(&text, &o);
        serde_json::to_string(&n).unwrap();
    }
}

#[test]
fn every_field_replaced_by_hostile_values_never_panics() {
    for (kind, base) in [
        (RecordKind::Case, full_case()),
        (RecordKind::Facility, full_facility()),
    ] {
        run_all(kind, &base);
        let mut all = Vec::new();
        paths(&base, Vec::new(), &mut all);
        for path in &all {
            for v in hostile_values() {
                let mut record = base.clone();
                set(&mut record, path, v);
                run_all(kind, &record);
            }
        }
    }
}

#[test]
fn extreme_and_odd_whole_inputs_never_panic() {
    let o = opts("9999-12-31");
    let texts = [
        String::new(),
        "null".into(),
        "[]".into(),
        "\"case\"".into(),
        "{".into(),
        "[".repeat(500) + &"]".repeat(500),
        "{\"steps\":".repeat(200) + "1" + &"}".repeat(200),
        format!("{{\"steps\": [{}]}}", vec!["{\"stepType\":\"review\"}"; 20_000].join(",")),
        format!(
            "{{\"pathway\":\"child-protection\",\"urgency\":\"emergency\",\"receivedAt\":\"9999-12-31T23:59:59-14:00\",\"steps\":[{}]}}",
            vec!["{\"stepType\":\"plan\",\"completedAt\":\"9999-12-31T23:59:59-14:00\"}"; 2_000].join(",")
        ),
        "{\"admission\":{\"admissionType\":\"emergency\",\"admittedOn\":\"9999-12-31\"}}".into(),
        "{\"residents\":[{\"group\":\"voluntary\",\"count\":-5}],\"staff\":[{\"position\":\"carer\",\"count\":1e30}]}".into(),
        "{\"client\":{\"person\":{\"birthDate\":\"0001\"},\"categories\":[\"k5b\",\"k7\"]},\"receivedAt\":\"0001-01-01T00:00:00+14:00\"}".into(),
        "{\"suspendedFrom\":\"9999-12-31\",\"suspendedUntil\":\"9999-12-31\",\"establishment\":{\"kind\":\"registration-certificate\",\"date\":\"9999-12-31\"},\"status\":\"registered\"}".into(),
    ];
    for text in &texts {
        for kind in [RecordKind::Case, RecordKind::Facility] {
            let r = kind.validate_json(text, &o);
            let _ = r.to_json();
        }
        let _ = serde_json::to_string(&next_steps_json(text, &o)).unwrap();
        let _ = serde_json::to_string(&next_steps_json(text, &opts("0001-01-01"))).unwrap();
    }
}

#[test]
fn field_validation_with_hostile_paths_never_panics() {
    let o = opts("2025-07-05");
    let record = full_case();
    for path in [
        "steps[3].stepType",
        "steps[9999].completedAt",
        "steps[99999999999999999999].x",
        "client.person.birthDate",
        "client.categories[0]",
        "admission.admittedOn",
        "a..b",
        "[0]",
        "steps[",
        "",
    ] {
        for v in hostile_values() {
            let _ = RecordKind::Case.validate_field(path, v.clone(), Some(&record), &o);
            let _ = RecordKind::Facility.validate_field(path, v, Some(&full_facility()), &o);
        }
    }
}
