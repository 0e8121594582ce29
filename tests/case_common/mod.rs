//! Fixtures shared by the case and facility tests.
#![allow(dead_code)]

use ctxh::date::Date;
use ctxh::options::Options;
use ctxh::validate::RecordKind;
use serde_json::{json, Value};

/// Options with `asOf` and English messages.
pub fn opts(as_of: &str) -> Options {
    Options::new(Date::parse_iso(as_of).unwrap()).lang(ctxh::i18n::Lang::En)
}

/// A valid child (born 2015) with a commune address in the 2025 code set.
pub fn child() -> Value {
    json!({
        "person": {
            "fullName": "Nguyễn Văn An",
            "birthDate": "2015-03-10",
            "gender": "male",
            "address": { "codeSet": "2025", "provinceCode": "01", "wardCode": "00004" }
        },
        "povertyStatus": "poor",
        "guardian": { "fullName": "Nguyễn Thị Bình" }
    })
}

/// A case manager allowed by TT 02/2020.
pub fn manager() -> Value {
    json!({ "staffId": "S-001", "category": "civil-servant", "assignedBy": "commune-chair", "assignedOn": "2025-06-30" })
}

/// A step of `step_type` from `start` to `end` (RFC 3339), with the fields it needs.
pub fn step(step_type: &str, start: &str, end: Option<&str>) -> Value {
    let mut s = json!({ "stepType": step_type, "startedAt": start, "actorStaffId": "S-001" });
    if let Some(end) = end {
        s["completedAt"] = json!(end);
    }
    match step_type {
        "plan" | "intervention" => s["services"] = json!(["care-intervention"]),
        "plan-approval" => s["actorRole"] = json!("commune-chair"),
        "referral" => {
            s["referrals"] = json!([{ "toOrganisation": "Bệnh viện Nhi", "service": "care-intervention", "referredOn": "2025-07-01" }])
        }
        "transfer" => s["transferTo"] = json!("F-002"),
        _ => {}
    }
    s
}

/// A case of `pathway` received at `received` with the given steps.
pub fn case(pathway: &str, urgency: &str, received: &str, steps: Vec<Value>) -> Value {
    let mut c = json!({
        "id": "C-1",
        "client": child(),
        "pathway": pathway,
        "urgency": urgency,
        "receivedAt": received,
        "caseManager": manager(),
        "protectionLevel": "support",
        "consentToShare": { "clientAgreed": true, "givenBy": "guardian", "headAgreed": true, "recordedOn": "2025-06-30" },
        "steps": steps
    });
    if pathway == "child-protection" {
        c["commune"] = json!({ "codeSet": "2025", "provinceCode": "01", "wardCode": "00004" });
    } else {
        c["facilityId"] = json!("F-001");
    }
    c
}

/// The codes of validating `case` on `as_of`.
pub fn codes(record: &Value, as_of: &str) -> Vec<String> {
    let report = RecordKind::Case.validate_value(record, &opts(as_of));
    report
        .issues
        .iter()
        .map(|i| format!("{} {}", i.path_text, i.code))
        .collect()
}

/// The report issues as `path code` strings for a facility.
pub fn facility_codes(record: &Value, as_of: &str) -> Vec<String> {
    let report = RecordKind::Facility.validate_value(record, &opts(as_of));
    report
        .issues
        .iter()
        .map(|i| format!("{} {}", i.path_text, i.code))
        .collect()
}
