//! The recorded steps: required fields per step, times, approvals, consent, and the sequence
//! checked against the pathway's state machine ([`super::transitions`]).

use super::transitions::{self, Verdict};
use crate::date::DateTime;
use crate::issue::Path;
use crate::model::case::{Case, CaseStep, StepType, Urgency};
use crate::rules::check::Check;
use crate::rules::check::{need, need_text, not_in_future};

/// The fields a step of `step_type` must have (wire names of [`CaseStep`]); `completedAt` is
/// also required once another step follows. An intervention may list referrals instead of
/// services.
pub fn step_fields(step_type: StepType) -> &'static [&'static str] {
    match step_type {
        StepType::Plan | StepType::Intervention => {
            &["stepType", "startedAt", "actorStaffId", "services"]
        }
        StepType::PlanApproval => &["stepType", "startedAt", "actorStaffId", "actorRole"],
        StepType::Referral => &["stepType", "startedAt", "actorStaffId", "referrals"],
        StepType::Transfer => &["stepType", "startedAt", "actorStaffId", "transferTo"],
        _ => &["stepType", "startedAt", "actorStaffId"],
    }
}

fn has_field(step: &CaseStep, name: &str) -> bool {
    let listed = |v: &Option<Vec<_>>| v.as_ref().is_some_and(|l: &Vec<_>| !l.is_empty());
    let text = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    match name {
        "stepType" => step.step_type.is_some(),
        "startedAt" => step.started_at.is_some(),
        "actorStaffId" => text(&step.actor_staff_id),
        "actorRole" => step.actor_role.is_some(),
        "services" => {
            listed(&step.services)
                || (step.step_type == Some(StepType::Intervention)
                    && step.referrals.as_ref().is_some_and(|r| !r.is_empty()))
        }
        "referrals" => step.referrals.as_ref().is_some_and(|r| !r.is_empty()),
        "transferTo" => text(&step.transfer_to),
        _ => true,
    }
}

/// Whether the client's consent to share and the head's agreement are both recorded.
pub fn consent_given(case: &Case) -> bool {
    case.consent_to_share
        .as_ref()
        .is_some_and(|c| c.client_agreed == Some(true) && c.head_agreed == Some(true))
}

pub(super) fn check(case: &Case, cx: &mut Check<'_>, base: &Path) {
    let Some(steps) = &case.steps else {
        return;
    };
    let path = base.child("steps");
    let emergency = case.urgency == Some(Urgency::Emergency);
    let mut previous: Option<StepType> = None;
    let mut previous_start: Option<DateTime> = None;
    for (i, step) in steps.iter().enumerate() {
        let at = path.clone().index(i);
        fields(step, i + 1 < steps.len(), cx, &at);
        times(case, step, previous_start, cx, &at);
        previous_start = step.started_at.or(previous_start);
        if step.step_type == Some(StepType::PlanApproval)
            && step.actor_role.is_some_and(|r| !r.is_approver())
        {
            cx.error(at.child("actorRole"), "case_plan_approver_invalid");
        }
        let shares = matches!(
            step.step_type,
            Some(StepType::Referral | StepType::Transfer)
        ) || step.referrals.as_ref().is_some_and(|r| !r.is_empty());
        if shares && !consent_given(case) {
            cx.error(at.clone(), "case_consent_missing");
        }
        if let Some(referrals) = &step.referrals {
            for (j, r) in referrals.iter().enumerate() {
                let rp = at.child("referrals").index(j);
                need_text(cx, &r.to_organisation, rp.child("toOrganisation"));
                not_in_future(r.referred_on, cx, rp.key("referredOn"));
            }
        }
        let (Some(pathway), Some(to)) = (case.pathway, step.step_type) else {
            continue;
        };
        let type_path = at.key("stepType");
        // The disability order comes from a secondary source (TT 01/2015 [S]): its order
        // issues are warnings with codes of their own.
        let verified = transitions::order_verified(pathway);
        match transitions::check(pathway, emergency, previous, to, case.closure_reason) {
            Verdict::Allowed(_) => previous = Some(to),
            Verdict::Skipped(missing) if !verified => {
                cx.warning(type_path, "case_step_skipped_unverified")
                    .param("missingStep", missing.as_str())
                    .param("pathway", pathway.as_str());
                previous = Some(to);
            }
            Verdict::Invalid if !verified => {
                let before = previous.map_or("-", StepType::as_str);
                cx.warning(type_path, "case_transition_unverified")
                    .param("previousStep", before)
                    .param("pathway", pathway.as_str());
                previous = Some(to);
            }
            Verdict::Skipped(missing) => {
                cx.error(type_path, "case_step_skipped")
                    .param("missingStep", missing.as_str());
                previous = Some(to);
            }
            Verdict::NotInPathway => {
                cx.error(type_path, "case_step_not_in_pathway")
                    .param("pathway", pathway.as_str());
            }
            Verdict::Invalid => {
                let before = previous.map_or("-", StepType::as_str);
                cx.error(type_path, "case_transition_invalid")
                    .param("previousStep", before)
                    .param("pathway", pathway.as_str());
                previous = Some(to);
            }
        }
    }
    let last = if case.pathway.is_some() {
        previous
    } else {
        steps.iter().rev().find_map(|s| s.step_type)
    };
    status(case, last, cx, base);
}

fn fields(step: &CaseStep, followed: bool, cx: &mut Check<'_>, at: &Path) {
    let required = step.step_type.map_or(&["stepType"][..], step_fields);
    for name in required {
        need(cx, has_field(step, name), at.clone().key(*name));
    }
    if followed {
        need(cx, step.completed_at.is_some(), at.child("completedAt"));
    }
}

fn times(
    case: &Case,
    step: &CaseStep,
    previous_start: Option<DateTime>,
    cx: &mut Check<'_>,
    at: &Path,
) {
    for (t, name) in [
        (step.started_at, "startedAt"),
        (step.completed_at, "completedAt"),
    ] {
        if t.is_some_and(|t| t.date_in_vietnam() > cx.opts.as_of) {
            let as_of = cx.opts.as_of.to_string();
            cx.error(at.child(name), "date_in_future")
                .param("asOf", as_of);
        }
    }
    if let (Some(start), Some(end)) = (step.started_at, step.completed_at) {
        if end < start {
            cx.error(at.child("completedAt"), "case_step_end_before_start");
        }
    }
    let Some(start) = step.started_at else {
        return;
    };
    if case.received_at.is_some_and(|r| start < r) {
        cx.error(at.child("startedAt"), "case_step_before_receipt");
    } else if previous_start.is_some_and(|p| start < p) {
        cx.error(at.child("startedAt"), "case_step_out_of_order");
    }
}

/// The status must be the one the last step leads to.
fn status(case: &Case, last: Option<StepType>, cx: &mut Check<'_>, base: &Path) {
    if let (Some(status), Some(last)) = (case.status, last) {
        let expected = transitions::status_after(last);
        if status != expected {
            cx.warning(base.child("status"), "case_status_mismatch")
                .param("expected", expected.as_str());
        }
    }
}
