//! The recorded steps: required fields per step, times, approvals, consent, and the sequence
//! checked against the pathway's state machine ([`super::transitions`]).

use super::transitions::{self, Verdict};
use crate::date::DateTime;
use crate::issue::Path;
use crate::issue::Severity::{Error, Warning};
use crate::model::case::{Case, CaseStep, StepType, Urgency};
use crate::rules::catalog::RuleInfo;
use crate::rules::check::Check;
use crate::rules::facility::{need, need_text, not_in_future};

pub(super) const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "case_step_skipped",
        entity: "case",
        severity: Error,
        legal_basis: "TT 02/2020 Điều 3–8; NĐ 56/2017 Điều 25–30; NĐ 20/2021 Điều 27–28",
        vi: "Bước này bỏ qua một bước bắt buộc trước đó: {missingStep}.",
        en: "This step skips a required earlier step: {missingStep}.",
    },
    RuleInfo {
        code: "case_transition_invalid",
        entity: "case",
        severity: Error,
        legal_basis: "TT 02/2020 Điều 3–8; NĐ 56/2017 Điều 25–30; NĐ 20/2021 Điều 27–28",
        vi: "Bước này không thể tiếp sau bước {previousStep} trong quy trình {pathway}.",
        en: "This step cannot follow the {previousStep} step in the {pathway} pathway.",
    },
    RuleInfo {
        code: "case_step_not_in_pathway",
        entity: "case",
        severity: Error,
        legal_basis: "TT 02/2020; NĐ 56/2017; TT 01/2015; NĐ 20/2021",
        vi: "Loại bước này không có trong quy trình {pathway}.",
        en: "This kind of step is not part of the {pathway} pathway.",
    },
    RuleInfo {
        code: "case_step_out_of_order",
        entity: "case",
        severity: Error,
        legal_basis: "design",
        vi: "Các bước phải được ghi theo thứ tự thời gian: bước này bắt đầu trước bước liền trước.",
        en: "Steps are listed in time order: this step starts before the previous one.",
    },
    RuleInfo {
        code: "case_step_end_before_start",
        entity: "case",
        severity: Error,
        legal_basis: "design",
        vi: "Thời điểm hoàn thành không được trước thời điểm bắt đầu.",
        en: "A step cannot be completed before it starts.",
    },
    RuleInfo {
        code: "case_step_before_receipt",
        entity: "case",
        severity: Error,
        legal_basis: "design",
        vi: "Bước không thể bắt đầu trước thời điểm tiếp nhận trường hợp.",
        en: "A step cannot start before the case was received.",
    },
    RuleInfo {
        code: "case_plan_approver_invalid",
        entity: "case",
        severity: Error,
        legal_basis: "TT 02/2020 Điều 7(1); NĐ 56/2017 Điều 28(4)",
        vi: "Kế hoạch do người đứng đầu cơ sở hoặc Chủ tịch UBND cấp xã phê duyệt.",
        en: "Plans are approved by the head of the facility or the chair of the commune People's Committee.",
    },
    RuleInfo {
        code: "case_consent_missing",
        entity: "case",
        severity: Error,
        legal_basis: "TT 02/2020 Điều 9(2)",
        vi: "Chia sẻ thông tin của đối tượng (chuyển gửi, chuyển nơi quản lý) cần sự đồng ý của đối tượng hoặc gia đình, người giám hộ và của người đứng đầu cơ sở hoặc Chủ tịch UBND cấp xã.",
        en: "Sharing the client's information (referral, transfer) needs the agreement of the client (or family or guardian) and of the facility head or commune chair.",
    },
    RuleInfo {
        code: "case_status_mismatch",
        entity: "case",
        severity: Warning,
        legal_basis: "design (status list [U])",
        vi: "Trạng thái không khớp với bước cuối cùng; trạng thái đúng là {expected}.",
        en: "The status does not match the last step; it should be {expected}.",
    },
];

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
pub(super) fn consent_given(case: &Case) -> bool {
    case.consent_to_share
        .as_ref()
        .is_some_and(|c| c.client_agreed == Some(true) && c.head_agreed == Some(true))
}

pub(super) fn check(case: &Case, cx: &mut Check<'_>, base: &Path) {
    let Some(steps) = &case.steps else {
        return;
    };
    let path = base.clone().key("steps");
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
            cx.error(at.clone().key("actorRole"), "case_plan_approver_invalid");
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
                let rp = at.clone().key("referrals").index(j);
                cx.validator(validator::Validate::validate(r), &rp);
                need_text(cx, &r.to_organisation, rp.clone().key("toOrganisation"));
                not_in_future(r.referred_on, cx, rp.key("referredOn"));
            }
        }
        let (Some(pathway), Some(to)) = (case.pathway, step.step_type) else {
            continue;
        };
        let type_path = at.key("stepType");
        match transitions::check(pathway, emergency, previous, to, case.closure_reason) {
            Verdict::Allowed(_) => previous = Some(to),
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
    cx.validator(validator::Validate::validate(step), at);
    let required = step.step_type.map_or(&["stepType"][..], step_fields);
    for name in required {
        need(cx, has_field(step, name), at.clone().key(*name));
    }
    if followed {
        need(
            cx,
            step.completed_at.is_some(),
            at.clone().key("completedAt"),
        );
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
            cx.error(at.clone().key(name), "date_in_future")
                .param("asOf", as_of);
        }
    }
    if let (Some(start), Some(end)) = (step.started_at, step.completed_at) {
        if end < start {
            cx.error(at.clone().key("completedAt"), "case_step_end_before_start");
        }
    }
    let Some(start) = step.started_at else {
        return;
    };
    if case.received_at.is_some_and(|r| start < r) {
        cx.error(at.clone().key("startedAt"), "case_step_before_receipt");
    } else if previous_start.is_some_and(|p| start < p) {
        cx.error(at.clone().key("startedAt"), "case_step_out_of_order");
    }
}

/// The status must be the one the last step leads to.
fn status(case: &Case, last: Option<StepType>, cx: &mut Check<'_>, base: &Path) {
    if let (Some(status), Some(last)) = (case.status, last) {
        let expected = transitions::status_after(last);
        if status != expected {
            cx.warning(base.clone().key("status"), "case_status_mismatch")
                .param("expected", expected.as_str());
        }
    }
}
