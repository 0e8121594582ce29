//! The case record: required fields, where the case is held, the case manager (R-C3), the
//! protection level, consent (R-C5), closure and the facility admission.

use crate::issue::Path;
use crate::model::case::{Case, CaseStatus, Pathway, StepType};
use crate::model::staff::WorkforceCategory;
use crate::rules::check::Check;
use crate::rules::check::{need, need_text, not_in_future};

/// The workforce categories that may manage a case (TT 02/2020 Điều 2(2)).
pub const MANAGER_CATEGORIES: &[WorkforceCategory] = &[
    WorkforceCategory::CivilServant,
    WorkforceCategory::PublicEmployee,
    WorkforceCategory::ContractWorker,
    WorkforceCategory::SwCollaborator,
];

/// Steps that can be taken before a case manager is assigned (the receipt and the first risk
/// assessment and emergency action of a child case, by whoever received it).
pub fn before_manager(step: StepType) -> bool {
    matches!(
        step,
        StepType::Intake | StepType::InitialRiskAssessment | StepType::EmergencyProtection
    )
}

pub(super) fn is_closed(case: &Case) -> bool {
    case.status == Some(CaseStatus::Closed)
        || case
            .steps
            .iter()
            .flatten()
            .any(|s| s.step_type == Some(StepType::Closure))
}

pub(super) fn check(case: &Case, cx: &mut Check<'_>, base: &Path) {
    let key = |k: &'static str| base.child(k);
    let steps = case.steps.as_deref().unwrap_or(&[]);
    let has = |t: StepType| steps.iter().any(|s| s.step_type == Some(t));

    need(cx, case.pathway.is_some(), key("pathway"));
    need(cx, case.urgency.is_some(), key("urgency"));
    need(cx, case.received_at.is_some(), key("receivedAt"));
    if let Some(t) = case.received_at {
        if t.date_in_vietnam() > cx.opts.as_of {
            let as_of = cx.opts.as_of.to_string();
            cx.error(key("receivedAt"), "date_in_future")
                .param("asOf", as_of);
        }
    }

    // Where the case is held.
    match case.pathway {
        Some(Pathway::Facility | Pathway::FacilityAdmission) => {
            need_text(cx, &case.facility_id, key("facilityId"));
        }
        Some(Pathway::ChildProtection) => {
            need(cx, case.commune.is_some(), key("commune"));
        }
        Some(Pathway::Disability) => {
            let facility = case
                .facility_id
                .as_deref()
                .is_some_and(|s| !s.trim().is_empty());
            need(cx, facility || case.commune.is_some(), key("commune"));
        }
        None => {}
    }
    if let Some(commune) = &case.commune {
        crate::rules::address::check_address(commune, cx, &key("commune"));
    }

    manager(
        case,
        steps
            .iter()
            .any(|s| s.step_type.is_some_and(|t| !before_manager(t))),
        cx,
        base,
    );

    if case.pathway == Some(Pathway::ChildProtection) && has(StepType::Assessment) {
        need(cx, case.protection_level.is_some(), key("protectionLevel"));
    }
    if let Some(consent) = &case.consent_to_share {
        not_in_future(
            consent.recorded_on,
            cx,
            key("consentToShare").key("recordedOn"),
        );
    }
    closure(case, cx, base);
    admission(case, has(StepType::Admission), cx, base);
}

fn manager(case: &Case, needed: bool, cx: &mut Check<'_>, base: &Path) {
    let path = base.child("caseManager");
    let Some(m) = &case.case_manager else {
        if needed {
            need(cx, false, path);
        }
        return;
    };
    need_text(cx, &m.staff_id, path.child("staffId"));
    need(cx, m.category.is_some(), path.child("category"));
    if let Some(c) = m.category {
        if !MANAGER_CATEGORIES.contains(&c) {
            let allowed: Vec<&'static str> =
                MANAGER_CATEGORIES.iter().map(|c| c.as_str()).collect();
            cx.error(path.child("category"), "case_manager_category_invalid")
                .param("allowed", allowed);
        }
    }
    if m.assigned_by.is_some_and(|r| !r.is_approver()) {
        cx.error(path.child("assignedBy"), "case_manager_assigner_invalid");
    }
    not_in_future(m.assigned_on, cx, path.key("assignedOn"));
}

fn closure(case: &Case, cx: &mut Check<'_>, base: &Path) {
    let key = |k: &'static str| base.child(k);
    if is_closed(case) {
        need(cx, case.closure_reason.is_some(), key("closureReason"));
        need(cx, case.closure_date.is_some(), key("closureDate"));
    }
    let Some(closed) = case.closure_date else {
        return;
    };
    not_in_future(Some(closed), cx, key("closureDate"));
    let mut latest = case.received_at.map(|t| t.date_in_vietnam());
    for s in case.steps.iter().flatten() {
        for t in [s.started_at, s.completed_at].into_iter().flatten() {
            let d = t.date_in_vietnam();
            if latest.is_none_or(|l| d > l) {
                latest = Some(d);
            }
        }
    }
    if latest.is_some_and(|l| closed < l) {
        cx.error(key("closureDate"), "case_closure_before_step");
    }
}

fn admission(case: &Case, admitted: bool, cx: &mut Check<'_>, base: &Path) {
    let path = base.child("admission");
    let Some(a) = &case.admission else {
        if admitted {
            need(cx, false, path);
        }
        return;
    };
    need(cx, a.admission_type.is_some(), path.child("admissionType"));
    need(cx, a.admitted_on.is_some(), path.child("admittedOn"));
    for (date, name) in [
        (a.decision_date, "decisionDate"),
        (a.admitted_on, "admittedOn"),
        (a.discharged_on, "dischargedOn"),
        (a.stay_extended_on, "stayExtendedOn"),
    ] {
        not_in_future(date, cx, path.child(name));
    }
    if let (Some(inn), Some(out)) = (a.admitted_on, a.discharged_on) {
        if out < inn {
            cx.error(path.key("dischargedOn"), "case_discharge_before_admission");
        }
    }
}
