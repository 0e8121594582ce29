//! The deadline rules at their boundaries: the 12-hour emergency action (NĐ 56/2017 Điều 26(3)),
//! the plan drafted in 5 working days and approved in 2 (Điều 28; Monday to Friday), the 3-month
//! emergency stay (NĐ 20/2021 Điều 24(4)).

mod case_common;

use case_common::{case, opts, step};
use ctxh::rules::case::{deadlines, DeadlineKind, DeadlineState};
use ctxh::validate::RecordKind;
use serde_json::{json, Value};

fn issues(record: &Value, as_of: &str) -> Vec<(String, &'static str, &'static str)> {
    let report = RecordKind::Case.validate_value(record, &opts(as_of));
    report
        .issues
        .iter()
        .filter(|i| i.code.contains("emergency_") || i.code.contains("plan_"))
        .map(|i| {
            let sev = match i.severity {
                ctxh::issue::Severity::Error => "error",
                ctxh::issue::Severity::Warning => "warning",
            };
            (i.path_text.clone(), i.code, sev)
        })
        .collect()
}

fn state(record: &Value, as_of: &str, kind: DeadlineKind) -> Option<(DeadlineState, String)> {
    let c: ctxh::model::case::Case = serde_json::from_value(record.clone()).unwrap();
    let as_of = ctxh::date::Date::parse_iso(as_of).unwrap();
    deadlines(&c, as_of)
        .into_iter()
        .find(|d| d.kind == kind)
        .map(|d| (d.state, d.due_at.to_string()))
}

// ---- 12 hours -------------------------------------------------------------------------------

fn emergency_case(received: &str, action_at: Option<&str>) -> Value {
    let mut steps = vec![
        step("intake", received, Some(received)),
        step("initial-risk-assessment", received, Some(received)),
    ];
    if let Some(t) = action_at {
        steps.push(step("emergency-protection", t, Some(t)));
    }
    case("child-protection", "emergency", received, steps)
}

#[test]
fn emergency_action_exactly_twelve_hours_after_receipt_is_in_time() {
    let c = emergency_case(
        "2025-07-04T20:00:00+07:00",
        Some("2025-07-05T08:00:00+07:00"),
    );
    assert_eq!(issues(&c, "2025-07-06"), []);
    let (s, due) = state(&c, "2025-07-06", DeadlineKind::EmergencyAction).unwrap();
    assert_eq!(
        (s, due.as_str()),
        (DeadlineState::Met, "2025-07-05T08:00:00+07:00")
    );
}

#[test]
fn emergency_action_one_minute_late_is_an_error() {
    let c = emergency_case(
        "2025-07-04T20:00:00+07:00",
        Some("2025-07-05T08:01:00+07:00"),
    );
    assert_eq!(
        issues(&c, "2025-07-06"),
        [(
            "steps[2].startedAt".into(),
            "case_emergency_action_late",
            "error"
        )]
    );
}

#[test]
fn emergency_action_compares_instants_across_offsets() {
    // 13:00Z is 20:00+07:00: the deadline is 08:00+07:00 the next day = 01:00Z.
    let c = emergency_case("2025-07-04T13:00:00Z", Some("2025-07-05T01:00:00Z"));
    assert_eq!(issues(&c, "2025-07-06"), []);
    let c = emergency_case("2025-07-04T13:00:00Z", Some("2025-07-05T08:00:01+07:00"));
    assert_eq!(issues(&c, "2025-07-06")[0].1, "case_emergency_action_late");
}

#[test]
fn pending_emergency_action_is_due_soon_then_overdue() {
    let c = emergency_case("2025-07-04T20:00:00+07:00", None);
    let soon = [(
        "steps".to_string(),
        "case_emergency_action_due_soon",
        "warning",
    )];
    assert_eq!(issues(&c, "2025-07-04"), soon);
    assert_eq!(issues(&c, "2025-07-05"), soon);
    assert_eq!(
        issues(&c, "2025-07-06"),
        [("steps".into(), "case_emergency_action_overdue", "warning")]
    );
    // A non-emergency child case has no 12-hour deadline.
    let mut c = c;
    c["urgency"] = json!("non-emergency");
    assert_eq!(state(&c, "2025-07-06", DeadlineKind::EmergencyAction), None);
}

// ---- 5 working days to draft the plan ------------------------------------------------------

fn planned(assessed: &str, plan_done: Option<&str>) -> Value {
    let r = "2025-07-01T08:00:00+07:00";
    let mut steps = vec![
        step("intake", r, Some(r)),
        step("initial-risk-assessment", r, Some(r)),
        step("assessment", r, Some(assessed)),
    ];
    if let Some(t) = plan_done {
        steps.push(step("plan", assessed, Some(t)));
    }
    case("child-protection", "non-emergency", r, steps)
}

#[test]
fn plan_on_the_fifth_working_day_is_in_time() {
    // Thursday 3 July + 5 working days = Thursday 10 July (the weekend is skipped).
    let c = planned(
        "2025-07-03T16:00:00+07:00",
        Some("2025-07-10T23:59:59+07:00"),
    );
    assert_eq!(issues(&c, "2025-07-10"), [] as [(String, &str, &str); 0]);
    let (s, due) = state(&c, "2025-07-10", DeadlineKind::PlanDraft).unwrap();
    assert_eq!(
        (s, due.as_str()),
        (DeadlineState::Met, "2025-07-10T23:59:59+07:00")
    );
}

#[test]
fn plan_one_second_or_one_day_late_is_a_warning() {
    for late in ["2025-07-11T00:00:00+07:00", "2025-07-11T09:00:00+07:00"] {
        let c = planned("2025-07-03T16:00:00+07:00", Some(late));
        let got = issues(&c, "2025-07-14");
        assert!(
            got.contains(&("steps[3].completedAt".into(), "case_plan_late", "warning")),
            "{late}: {got:?}"
        );
    }
}

#[test]
fn plan_deadline_spans_the_weekend() {
    // Assessed on Friday 4 July: due Friday 11 July, not Wednesday 9 July.
    let c = planned(
        "2025-07-04T10:00:00+07:00",
        Some("2025-07-11T17:00:00+07:00"),
    );
    assert!(!issues(&c, "2025-07-14")
        .iter()
        .any(|i| i.1 == "case_plan_late"));
    let c = planned(
        "2025-07-04T10:00:00+07:00",
        Some("2025-07-14T08:00:00+07:00"),
    );
    assert!(issues(&c, "2025-07-14")
        .iter()
        .any(|i| i.1 == "case_plan_late"));
    // Assessed on Saturday 5 July: the count starts on Monday, due Friday 11 July.
    let c = planned("2025-07-05T10:00:00+07:00", None);
    let (_, due) = state(&c, "2025-07-05", DeadlineKind::PlanDraft).unwrap();
    assert_eq!(due, "2025-07-11T23:59:59+07:00");
    // 20:00Z on Thursday is 03:00 on Friday in Vietnam: the anchor day is Friday.
    let c = planned("2025-07-03T20:00:00Z", None);
    let (_, due) = state(&c, "2025-07-05", DeadlineKind::PlanDraft).unwrap();
    assert_eq!(due, "2025-07-11T23:59:59+07:00");
}

#[test]
fn pending_plan_is_due_soon_then_overdue() {
    let c = planned("2025-07-03T16:00:00+07:00", None);
    assert_eq!(issues(&c, "2025-07-08"), []);
    assert_eq!(
        state(&c, "2025-07-08", DeadlineKind::PlanDraft).unwrap().0,
        DeadlineState::Pending
    );
    let soon = [("steps".to_string(), "case_plan_due_soon", "warning")];
    assert_eq!(issues(&c, "2025-07-09"), soon);
    assert_eq!(issues(&c, "2025-07-10"), soon);
    assert_eq!(
        issues(&c, "2025-07-11"),
        [("steps".into(), "case_plan_overdue", "warning")]
    );
    // Emergency cases are excepted from the 5-day rule (Điều 28(1)).
    let mut e = c.clone();
    e["urgency"] = json!("emergency");
    assert_eq!(state(&e, "2025-07-11", DeadlineKind::PlanDraft), None);
    // A closed case has no open deadline.
    let mut closed = c;
    closed["status"] = json!("closed");
    assert_eq!(state(&closed, "2025-07-11", DeadlineKind::PlanDraft), None);
}

// ---- 2 working days to approve --------------------------------------------------------------

fn approved(plan_done: &str, approval_done: Option<&str>) -> Value {
    let r = "2025-07-01T08:00:00+07:00";
    let mut steps = vec![
        step("intake", r, Some(r)),
        step("initial-risk-assessment", r, Some(r)),
        step("assessment", r, Some("2025-07-02T08:00:00+07:00")),
        step("plan", "2025-07-02T09:00:00+07:00", Some(plan_done)),
    ];
    if let Some(t) = approval_done {
        steps.push(step("plan-approval", plan_done, Some(t)));
    }
    case("child-protection", "non-emergency", r, steps)
}

#[test]
fn approval_on_the_second_working_day_is_in_time_one_second_later_is_late() {
    // Plan drafted on Friday 4 July: approval due Tuesday 8 July.
    let c = approved(
        "2025-07-04T15:00:00+07:00",
        Some("2025-07-08T23:59:59+07:00"),
    );
    assert_eq!(issues(&c, "2025-07-09"), []);
    let c = approved(
        "2025-07-04T15:00:00+07:00",
        Some("2025-07-09T00:00:00+07:00"),
    );
    assert_eq!(
        issues(&c, "2025-07-09"),
        [(
            "steps[4].completedAt".into(),
            "case_plan_approval_late",
            "warning"
        )]
    );
    let c = approved(
        "2025-07-04T15:00:00+07:00",
        Some("2025-07-09T10:00:00+07:00"),
    );
    assert_eq!(issues(&c, "2025-07-10")[0].1, "case_plan_approval_late");
}

#[test]
fn pending_approval_over_the_weekend() {
    let c = approved("2025-07-04T15:00:00+07:00", None);
    // Friday: the next working day is Monday, before the Tuesday deadline.
    assert_eq!(issues(&c, "2025-07-04"), []);
    let soon = [(
        "steps".to_string(),
        "case_plan_approval_due_soon",
        "warning",
    )];
    // Saturday: the next working day is Monday, still before the Tuesday deadline.
    assert_eq!(issues(&c, "2025-07-05"), []);
    assert_eq!(issues(&c, "2025-07-07"), soon);
    assert_eq!(issues(&c, "2025-07-08"), soon);
    assert_eq!(
        issues(&c, "2025-07-09"),
        [("steps".into(), "case_plan_approval_overdue", "warning")]
    );
}

// ---- 3 months of emergency stay -------------------------------------------------------------

fn stay(admitted: &str, discharged: Option<&str>) -> Value {
    let r = "2025-01-01T08:00:00+07:00";
    let steps = vec![step("intake", r, Some(r)), step("admission", r, Some(r))];
    let mut c = case("facility-admission", "emergency", r, steps);
    c["admission"] = json!({ "admissionType": "emergency", "admittedOn": admitted });
    if let Some(d) = discharged {
        c["admission"]["dischargedOn"] = json!(d);
    }
    c
}

#[test]
fn emergency_stay_of_exactly_three_months_is_allowed_one_day_more_is_flagged() {
    assert_eq!(
        issues(&stay("2025-03-15", Some("2025-06-15")), "2025-07-01"),
        []
    );
    assert_eq!(
        issues(&stay("2025-03-15", Some("2025-06-16")), "2025-07-01"),
        [(
            "admission.dischargedOn".into(),
            "case_emergency_stay_too_long",
            "warning"
        )]
    );
    // From the last day of January the limit is the last day of April.
    assert_eq!(
        issues(&stay("2025-01-31", Some("2025-04-30")), "2025-07-01"),
        []
    );
    assert_eq!(
        issues(&stay("2025-01-31", Some("2025-05-01")), "2025-07-01")[0].1,
        "case_emergency_stay_too_long"
    );
}

#[test]
fn ongoing_emergency_stay_ends_soon_then_is_too_long() {
    let c = stay("2025-01-31", None);
    assert_eq!(issues(&c, "2025-04-15"), []);
    let soon = [(
        "admission.admittedOn".to_string(),
        "case_emergency_stay_ending_soon",
        "warning",
    )];
    assert_eq!(issues(&c, "2025-04-16"), soon);
    assert_eq!(issues(&c, "2025-04-30"), soon);
    assert_eq!(
        issues(&c, "2025-05-01"),
        [(
            "admission.admittedOn".into(),
            "case_emergency_stay_too_long",
            "warning"
        )]
    );
    // An extension decided by the managing body waives the limit.
    let mut extended = c.clone();
    extended["admission"]["stayExtendedOn"] = json!("2025-04-20");
    assert_eq!(issues(&extended, "2025-06-01"), []);
    // A regular admission has no limit.
    let mut regular = c;
    regular["admission"]["admissionType"] = json!("regular");
    assert_eq!(issues(&regular, "2025-09-01"), []);
}
