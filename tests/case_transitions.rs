//! Every transition of every pathway, allowed and refused, checked against the legal step order
//! written here by hand from TT 02/2020, NĐ 56/2017, TT 01/2015 and NĐ 20/2021 (not derived from
//! the crate's table). All pairs are generated from the crate's step and pathway lists so that
//! none is missed; the expectation comes from the text below.

mod case_common;

use case_common::{case, opts, step};
use ctxh::model::case::{ClosureReason, Pathway, StepType};
use ctxh::rules::case::transitions::{self, Verdict};
use ctxh::validate::RecordKind;
use serde_json::{json, Value};

/// The legal order of each pathway, and the regular successors of each step, as the texts give
/// them. `*` marks emergency-only successors, `!` successors refused in emergencies.
fn legal(
    pathway: &str,
    emergency: bool,
) -> (Vec<&'static str>, Vec<(&'static str, Vec<&'static str>)>) {
    let spec: (&str, &str) = match (pathway, emergency) {
        ("child-protection", false) => (
            "intake initial-risk-assessment emergency-protection assessment plan plan-approval intervention review closure",
            "start:intake | intake:initial-risk-assessment | initial-risk-assessment:emergency-protection,assessment | \
             emergency-protection:assessment | assessment:plan | plan:plan-approval | plan-approval:intervention | \
             intervention:intervention,review | review:plan,intervention,closure | closure:",
        ),
        ("child-protection", true) => (
            "intake initial-risk-assessment emergency-protection assessment plan plan-approval intervention review closure",
            "start:intake | intake:initial-risk-assessment | initial-risk-assessment:emergency-protection | \
             emergency-protection:assessment | assessment:plan | plan:plan-approval | plan-approval:intervention | \
             intervention:intervention,review | review:plan,intervention,closure | closure:",
        ),
        ("facility", _) => (
            "intake assessment plan plan-approval intervention review closure follow-up",
            "start:intake | intake:assessment | assessment:plan | plan:plan-approval | plan-approval:intervention | \
             intervention:intervention,review | review:plan,intervention,closure | closure:follow-up | follow-up:",
        ),
        ("disability", _) => (
            "intake assessment plan plan-approval intervention review closure",
            "start:intake | intake:assessment | assessment:plan | plan:plan-approval,intervention | \
             plan-approval:intervention | intervention:intervention,review | review:plan,intervention,closure | closure:",
        ),
        ("facility-admission", false) => (
            "intake assessment admission intervention review closure follow-up",
            "start:intake | intake:assessment | assessment:admission | admission:intervention,review,closure | \
             intervention:intervention,review,closure | review:intervention,closure | closure:follow-up | follow-up:",
        ),
        ("facility-admission", true) => (
            "intake admission assessment intervention review closure follow-up",
            "start:intake | intake:admission | admission:assessment | assessment:intervention,review,closure | \
             intervention:intervention,review,closure | review:intervention,closure | closure:follow-up | follow-up:",
        ),
        _ => unreachable!(),
    };
    let order = spec.0.split(' ').collect();
    let succ = spec
        .1
        .split('|')
        .map(|part| {
            let (from, to) = part.trim().split_once(':').unwrap();
            let to = to.split(',').filter(|s| !s.is_empty()).collect();
            (from, to)
        })
        .collect();
    (order, succ)
}

/// Whether `to` may follow `from` ("start" for the first step), by the legal text plus the rules
/// shared by every pathway: a referral or transfer may follow any active step (one before the
/// closure) and only a closure may follow them; a closure may follow any active step early
/// unless the reason is "goals met".
fn expected(pathway: &str, emergency: bool, from: &str, to: &str, goals_met: bool) -> bool {
    let (order, succ) = legal(pathway, emergency);
    let active = from != "start"
        && order.contains(&from)
        && order.iter().position(|s| *s == from) < order.iter().position(|s| *s == "closure");
    if from == "referral" || from == "transfer" {
        return to == "closure";
    }
    if (to == "referral" || to == "transfer") && active {
        return true;
    }
    if to == "closure" && active && !goals_met {
        return true;
    }
    succ.iter()
        .find(|(f, _)| *f == from)
        .is_some_and(|(_, t)| t.contains(&to))
}

fn in_pathway(pathway: &str, step: &str) -> bool {
    step == "referral"
        || step == "transfer"
        || legal(pathway, false).0.contains(&step)
        || legal(pathway, true).0.contains(&step)
}

/// A legal sequence of steps ending with `target`, or `None` when the pathway has no such step.
fn path_to(pathway: &str, emergency: bool, target: &str) -> Option<Vec<&'static str>> {
    let (order, _) = legal(pathway, emergency);
    let mut out = Vec::new();
    if target == "referral" || target == "transfer" {
        return Some(vec![
            "intake",
            if target == "referral" {
                "referral"
            } else {
                "transfer"
            },
        ]);
    }
    for s in order {
        // Optional steps are kept: every step of the legal order may be taken.
        out.push(s);
        if s == target {
            return Some(out);
        }
    }
    None
}

fn time(i: usize) -> String {
    format!("2025-07-01T{:02}:00:00+07:00", 8 + i)
}

fn build(pathway: &str, emergency: bool, seq: &[&str], goals_met: bool) -> Value {
    let steps = seq
        .iter()
        .enumerate()
        .map(|(i, s)| step(s, &time(i), Some(&time(i))))
        .collect();
    let urgency = if emergency {
        "emergency"
    } else {
        "non-emergency"
    };
    let mut c = case(pathway, urgency, &time(0), steps);
    c["closureReason"] = json!(if goals_met {
        "goals-met"
    } else {
        "client-request"
    });
    c["admission"] = json!({ "admissionType": if emergency { "emergency" } else { "regular" }, "admittedOn": "2025-07-01" });
    c
}

const TRANSITION_CODES: [&str; 5] = [
    "case_step_skipped",
    "case_step_skipped_unverified",
    "case_transition_unverified",
    "case_transition_invalid",
    "case_step_not_in_pathway",
];

#[test]
fn the_table_gives_exactly_the_legal_transitions() {
    let mut checked = 0;
    for &pathway in Pathway::ALL {
        for emergency in [false, true] {
            let froms = std::iter::once(None).chain(StepType::ALL.iter().copied().map(Some));
            for from in froms {
                for &to in StepType::ALL {
                    for goals_met in [false, true] {
                        let reason = Some(if goals_met {
                            ClosureReason::GoalsMet
                        } else {
                            ClosureReason::ClientRequest
                        });
                        let verdict = transitions::check(pathway, emergency, from, to, reason);
                        let from_id = from.map_or("start", StepType::as_str);
                        let p = pathway.as_str();
                        let want = in_pathway(p, from_id) || from.is_none();
                        if !want {
                            continue; // the crate never evaluates from a step outside the pathway
                        }
                        let allowed = expected(p, emergency, from_id, to.as_str(), goals_met);
                        let label = format!(
                            "{p} emergency={emergency} {from_id} -> {} goals_met={goals_met}",
                            to.as_str()
                        );
                        assert_eq!(
                            matches!(verdict, Verdict::Allowed(_)),
                            allowed,
                            "{label}: {verdict:?}"
                        );
                        if !in_pathway(p, to.as_str()) {
                            assert_eq!(verdict, Verdict::NotInPathway, "{label}");
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn validation_accepts_and_refuses_every_transition_of_every_pathway() {
    let as_of = "2025-07-02";
    let mut allowed_seen = 0;
    let mut refused_seen = 0;
    for &pathway in Pathway::ALL {
        let p = pathway.as_str();
        for emergency in [false, true] {
            for &from in StepType::ALL.iter() {
                let Some(prefix) = path_to(p, emergency, from.as_str()) else {
                    continue;
                };
                for &to in StepType::ALL {
                    for goals_met in [false, true] {
                        let mut seq = prefix.clone();
                        seq.push(to.as_str());
                        let record = build(p, emergency, &seq, goals_met);
                        let report = RecordKind::Case.validate_value(&record, &opts(as_of));
                        let at = format!("steps[{}].stepType", seq.len() - 1);
                        let found: Vec<&str> = report
                            .issues
                            .iter()
                            .filter(|i| i.path_text == at && TRANSITION_CODES.contains(&i.code))
                            .map(|i| i.code)
                            .collect();
                        // The prefix itself is legal: no transition issue before the last step.
                        let earlier = report
                            .issues
                            .iter()
                            .any(|i| TRANSITION_CODES.contains(&i.code) && i.path_text != at);
                        let label =
                            format!("{p} emergency={emergency} {seq:?} goals_met={goals_met}");
                        assert!(!earlier, "{label}: {:?}", report.codes());
                        let want = expected(p, emergency, from.as_str(), to.as_str(), goals_met);
                        if want {
                            assert!(found.is_empty(), "{label}: refused with {found:?}");
                            allowed_seen += 1;
                        } else {
                            assert_eq!(found.len(), 1, "{label}: {:?}", report.codes());
                            let (order, _) = legal(p, emergency);
                            let pos = |s: &str| order.iter().position(|x| *x == s);
                            let code = if !in_pathway(p, to.as_str()) {
                                "case_step_not_in_pathway"
                            } else if ["referral", "transfer", "closure", "follow-up"]
                                .contains(&from.as_str())
                                || pos(to.as_str()) <= pos(from.as_str())
                            {
                                "case_transition_invalid"
                            } else {
                                "case_step_skipped"
                            };
                            // The disability order is unverified [S]: the same verdicts,
                            // as warnings with codes of their own.
                            let code = match (p, code) {
                                ("disability", "case_step_skipped") => {
                                    "case_step_skipped_unverified"
                                }
                                ("disability", "case_transition_invalid") => {
                                    "case_transition_unverified"
                                }
                                _ => code,
                            };
                            assert_eq!(found[0], code, "{label}");
                            let severity = report.issues.iter().find(|i| i.code == code).unwrap();
                            assert_eq!(
                                severity.severity == ctxh::issue::Severity::Warning,
                                code.ends_with("_unverified"),
                                "{label}"
                            );
                            refused_seen += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(
        allowed_seen > 100 && refused_seen > 500,
        "{allowed_seen} {refused_seen}"
    );
}

#[test]
fn the_first_step_must_be_the_intake() {
    for &pathway in Pathway::ALL {
        for &to in StepType::ALL {
            let record = build(pathway.as_str(), false, &[to.as_str()], true);
            let report = RecordKind::Case.validate_value(&record, &opts("2025-07-02"));
            let refused: Vec<_> = report
                .issues
                .iter()
                .filter(|i| i.path_text == "steps[0].stepType")
                .map(|i| i.code)
                .collect();
            if to == StepType::Intake {
                assert!(refused.is_empty(), "{refused:?}");
            } else if in_pathway(pathway.as_str(), to.as_str()) {
                let skipped = if pathway.as_str() == "disability" {
                    "case_step_skipped_unverified"
                } else {
                    "case_step_skipped"
                };
                assert_eq!(refused, [skipped], "{} {}", pathway.as_str(), to.as_str());
                let issue = report.issues.iter().find(|i| i.code == skipped).unwrap();
                assert_eq!(issue.params.get("missingStep").unwrap().display(), "intake");
            } else {
                assert_eq!(refused, ["case_step_not_in_pathway"]);
            }
        }
    }
}

#[test]
fn a_skip_names_the_first_missing_required_step() {
    let record = build(
        "child-protection",
        true,
        &["intake", "initial-risk-assessment", "assessment"],
        true,
    );
    let report = RecordKind::Case.validate_value(&record, &opts("2025-07-02"));
    let issue = report
        .issues
        .iter()
        .find(|i| i.code == "case_step_skipped")
        .unwrap();
    assert_eq!(issue.path_text, "steps[2].stepType");
    assert_eq!(
        issue.params.get("missingStep").unwrap().display(),
        "emergency-protection"
    );
    // Without the emergency the same sequence is legal.
    let record = build(
        "child-protection",
        false,
        &["intake", "initial-risk-assessment", "assessment"],
        true,
    );
    let report = RecordKind::Case.validate_value(&record, &opts("2025-07-02"));
    assert!(
        !report.codes().contains(&"case_step_skipped"),
        "{:?}",
        report.codes()
    );
    // Closing with "goals met" straight after the intervention skips the review.
    let seq = [
        "intake",
        "assessment",
        "plan",
        "plan-approval",
        "intervention",
        "closure",
    ];
    let report =
        RecordKind::Case.validate_value(&build("facility", false, &seq, true), &opts("2025-07-02"));
    let issue = report
        .issues
        .iter()
        .find(|i| i.code == "case_step_skipped")
        .unwrap();
    assert_eq!(issue.params.get("missingStep").unwrap().display(), "review");
    let _ = step; // shared fixture
}
