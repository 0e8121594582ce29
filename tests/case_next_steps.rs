//! `next_steps`: the steps a portal may offer, what is missing first, open deadlines.

mod case_common;

use case_common::{case, opts, step};
use ctxh::i18n::Lang;
use ctxh::workflow::{next_steps_json, NextSteps};
use serde_json::{json, Value};

fn next(record: &Value, as_of: &str) -> NextSteps {
    next_steps_json(&record.to_string(), &opts(as_of))
}

fn offered(n: &NextSteps) -> Vec<(&'static str, bool)> {
    n.steps.iter().map(|s| (s.step.as_str(), s.ready)).collect()
}

fn missing(n: &NextSteps, step: &str) -> Vec<(String, &'static str)> {
    n.steps
        .iter()
        .find(|s| s.step.as_str() == step)
        .unwrap_or_else(|| panic!("{step} not offered"))
        .missing
        .iter()
        .map(|i| (i.path_text.clone(), i.code))
        .collect()
}

const R: &str = "2025-07-01T08:00:00+07:00";
const LATER: &str = "2025-07-01T09:00:00+07:00";

#[test]
fn facility_case_after_the_intake() {
    let c = case(
        "facility",
        "non-emergency",
        R,
        vec![step("intake", R, Some(LATER))],
    );
    let n = next(&c, "2025-07-02");
    assert_eq!(n.last_step.unwrap().as_str(), "intake");
    assert_eq!(n.last_step_index, Some(0));
    assert_eq!(n.status.unwrap().as_str(), "received");
    assert!(n.blockers.is_empty());
    assert_eq!(
        offered(&n),
        [
            ("assessment", true),
            ("closure", false),
            ("referral", true),
            ("transfer", true)
        ]
    );
    assert_eq!(
        missing(&n, "closure"),
        [("closureReason".into(), "required")]
    );
    let assessment = &n.steps[0];
    assert_eq!(
        assessment.transition,
        ctxh::rules::case::transitions::TransitionKind::Forward
    );
    assert_eq!(
        assessment.required_fields,
        ["stepType", "startedAt", "actorStaffId"]
    );
    assert_eq!(
        n.steps[1].transition,
        ctxh::rules::case::transitions::TransitionKind::EarlyClosure
    );
}

#[test]
fn the_current_step_must_be_completed_and_a_manager_assigned() {
    let mut c = case(
        "facility",
        "non-emergency",
        R,
        vec![step("intake", R, None)],
    );
    c.as_object_mut().unwrap().remove("caseManager");
    let n = next(&c, "2025-07-02");
    assert_eq!(
        missing(&n, "assessment"),
        [
            ("caseManager".into(), "required"),
            ("steps[0].completedAt".into(), "required")
        ]
    );
    // A referral need not wait for the intake to be completed, but needs a manager.
    assert_eq!(
        missing(&n, "referral"),
        [("caseManager".into(), "required")]
    );
}

#[test]
fn child_plan_needs_the_protection_level_and_referrals_need_consent() {
    let steps = vec![
        step("intake", R, Some(R)),
        step("initial-risk-assessment", R, Some(R)),
        step("assessment", R, Some(LATER)),
    ];
    let mut c = case("child-protection", "non-emergency", R, steps);
    c.as_object_mut().unwrap().remove("protectionLevel");
    c["consentToShare"]["headAgreed"] = json!(false);
    let n = next(&c, "2025-07-02");
    assert_eq!(
        missing(&n, "plan"),
        [("protectionLevel".into(), "required")]
    );
    assert_eq!(
        missing(&n, "referral"),
        [("consentToShare".into(), "case_consent_missing")]
    );
    assert_eq!(
        missing(&n, "transfer"),
        [("consentToShare".into(), "case_consent_missing")]
    );
    // The plan carries the open plan-draft deadline: 5 working days after 1 July.
    let plan = n.steps.iter().find(|s| s.step.as_str() == "plan").unwrap();
    assert_eq!(
        plan.deadline,
        Some(ctxh::rules::case::DeadlineKind::PlanDraft)
    );
    assert_eq!(
        plan.due_at.unwrap().to_string(),
        "2025-07-08T23:59:59+07:00"
    );
}

#[test]
fn goals_met_closure_needs_the_review() {
    let steps = [
        "intake",
        "assessment",
        "plan",
        "plan-approval",
        "intervention",
    ]
    .iter()
    .map(|s| step(s, R, Some(LATER)))
    .collect();
    let mut c = case("facility", "non-emergency", R, steps);
    c["closureReason"] = json!("goals-met");
    let n = next(&c, "2025-07-02");
    assert_eq!(
        offered(&n),
        [
            ("intervention", true),
            ("review", true),
            ("closure", false),
            ("referral", true),
            ("transfer", true)
        ]
    );
    let closure = n
        .steps
        .iter()
        .find(|s| s.step.as_str() == "closure")
        .unwrap();
    assert_eq!(closure.missing[0].code, "case_step_skipped");
    assert_eq!(
        closure.missing[0]
            .params
            .get("missingStep")
            .unwrap()
            .display(),
        "review"
    );
    // With another reason the early closure is ready.
    c["closureReason"] = json!("moved-out");
    let n = next(&c, "2025-07-02");
    assert!(n
        .steps
        .iter()
        .any(|s| s.step.as_str() == "closure" && s.ready));
}

#[test]
fn emergency_child_case_must_take_the_emergency_action() {
    let steps = vec![
        step("intake", R, Some(R)),
        step("initial-risk-assessment", R, None),
    ];
    let c = case("child-protection", "emergency", R, steps);
    let n = next(&c, "2025-07-01");
    assert_eq!(
        offered(&n),
        [
            ("emergency-protection", true),
            ("closure", false),
            ("referral", true),
            ("transfer", true)
        ]
    );
    let action = &n.steps[0];
    assert_eq!(
        action.deadline,
        Some(ctxh::rules::case::DeadlineKind::EmergencyAction)
    );
    assert_eq!(
        action.due_at.unwrap().to_string(),
        "2025-07-01T20:00:00+07:00"
    );
    assert_eq!(n.deadlines.len(), 1);
    assert_eq!(
        n.deadlines[0].state,
        ctxh::rules::case::DeadlineState::DueSoon
    );
}

#[test]
fn closed_cases_offer_only_the_follow_up_of_their_pathway() {
    let seq = [
        "intake",
        "assessment",
        "plan",
        "plan-approval",
        "intervention",
        "review",
        "closure",
    ];
    let steps = seq
        .iter()
        .map(|s| step(s, R, Some(LATER)))
        .collect::<Vec<_>>();
    let mut c = case("facility", "non-emergency", R, steps.clone());
    c["closureReason"] = json!("goals-met");
    let n = next(&c, "2025-07-02");
    assert_eq!(n.status.unwrap().as_str(), "closed");
    assert_eq!(offered(&n), [("follow-up", true)]);
    let c = case("disability", "non-emergency", R, steps);
    assert!(next(&c, "2025-07-02").steps.is_empty());
}

#[test]
fn blockers_stop_every_step() {
    let n = next(&json!({ "steps": [] }), "2025-07-02");
    let b: Vec<_> = n
        .blockers
        .iter()
        .map(|i| (i.path_text.as_str(), i.code))
        .collect();
    assert_eq!(b, [("pathway", "required"), ("receivedAt", "required")]);
    assert!(n.steps.is_empty());

    let mut c = case(
        "facility",
        "non-emergency",
        R,
        vec![step("intake", R, Some(LATER))],
    );
    c["receivedAt"] = json!("2025-07-01 08:00");
    let n = next(&c, "2025-07-02");
    assert_eq!(n.blockers[0].code, "datetime_invalid");
    assert!(!n.steps.is_empty() && n.steps.iter().all(|s| !s.ready));

    c["receivedAt"] = json!(R);
    c["steps"] = json!([step("intake", R, Some(LATER)), { "startedAt": LATER }]);
    let n = next(&c, "2025-07-02");
    assert_eq!(n.blockers[0].path_text, "steps[1].stepType");

    c["pathway"] = json!("community");
    let n = next(&c, "2025-07-02");
    assert_eq!(n.blockers[0].code, "enum_invalid");
    assert!(n.steps.is_empty());

    // A problem outside the workflow does not block.
    let mut c = case(
        "facility",
        "non-emergency",
        R,
        vec![step("intake", R, Some(LATER))],
    );
    c["client"]["person"]["gender"] = json!("x");
    assert!(next(&c, "2025-07-02").blockers.is_empty());
}

#[test]
fn unreadable_input_gives_a_blocker_and_no_steps() {
    for (text, code) in [
        ("{", "json_invalid"),
        ("[1]", "type_invalid"),
        ("null", "type_invalid"),
    ] {
        let n = next_steps_json(text, &opts("2025-07-02"));
        assert_eq!(n.blockers.len(), 1, "{text}");
        assert_eq!(n.blockers[0].code, code);
        assert!(n.steps.is_empty() && n.deadlines.is_empty() && n.pathway.is_none());
    }
}

#[test]
fn labels_and_messages_follow_the_language() {
    let c = case(
        "facility",
        "non-emergency",
        R,
        vec![step("intake", R, Some(LATER))],
    );
    let n = next_steps_json(&c.to_string(), &opts("2025-07-02").lang(Lang::Vi));
    assert_eq!(n.steps[0].label, "Thu thập thông tin, đánh giá");
    assert_eq!(n.steps[1].missing[0].message, "Thông tin bắt buộc.");
}

#[test]
fn the_serialised_shape_is_the_documented_one() {
    let c = case(
        "child-protection",
        "emergency",
        R,
        vec![step("intake", R, Some(R))],
    );
    let n = next(&c, "2025-07-01");
    let v = serde_json::to_value(&n).unwrap();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        keys(&v),
        [
            "pathway",
            "lastStep",
            "lastStepIndex",
            "status",
            "blockers",
            "steps",
            "deadlines"
        ]
    );
    assert_eq!(
        keys(&v["steps"][0]),
        [
            "step",
            "label",
            "transition",
            "ready",
            "missing",
            "requiredFields",
            "deadline",
            "dueAt"
        ]
    );
    assert_eq!(
        keys(&v["deadlines"][0]),
        ["kind", "step", "stepIndex", "dueAt", "state", "legalBasis"]
    );
    assert_eq!(v["deadlines"][0]["kind"], "emergency-action");
    assert_eq!(v["deadlines"][0]["state"], "due-soon");
    assert_eq!(v["steps"][0]["transition"], "forward");
}

#[test]
fn typed_and_json_entry_points_agree() {
    let c = case(
        "disability",
        "non-emergency",
        R,
        vec![step("intake", R, Some(LATER))],
    );
    let typed: ctxh::model::case::Case = serde_json::from_value(c.clone()).unwrap();
    assert_eq!(
        ctxh::workflow::next_steps(&typed, &opts("2025-07-02")),
        next(&c, "2025-07-02")
    );
}
