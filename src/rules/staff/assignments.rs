//! Assignments (ages, dates, collaborators' commune and contract) and training attendances.

use crate::model::staff::{ContractType, StaffMember, WorkforceCategory};
use crate::rules::at::At;
use crate::rules::check::not_in_future;
use crate::rules::check::Check;
use crate::text::is_blank;

/// The age a civil servant or public employee must have reached on the first day of an
/// assignment (recruitment age: Luật Viên chức 2010 Điều 22(1)(b); Luật Cán bộ, công chức
/// 2008 Điều 36(1)(b)); below it other paid workers are minor workers (BLLĐ 2019 Điều 143).
pub const MIN_AGE: i32 = 18;

/// What an assignment starting before [`MIN_AGE`] is for a workforce category: an error for
/// civil servants and public employees (recruited from 18), a warning for the other paid
/// categories and unknown ones (a minor worker is lawful within BLLĐ 2019 Điều 143–147), and
/// nothing for volunteers (no age rule applies to a volunteer team).
fn under_age_code(category: Option<WorkforceCategory>) -> Option<&'static str> {
    match category {
        Some(WorkforceCategory::CivilServant | WorkforceCategory::PublicEmployee) => {
            Some("assignment_under_age")
        }
        Some(WorkforceCategory::VolunteerTeamMember) => None,
        _ => Some("assignment_minor_worker"),
    }
}

/// Checks the assignments and the collaborator rules of a staff record found at `base`.
pub fn check_assignments(staff: &StaffMember, cx: &mut Check<'_>, base: At<'_>) {
    let list = staff.assignments.as_deref().unwrap_or(&[]);
    // A birth date after asOf is reported on the person; ages are not computed from it.
    let birth = staff
        .person
        .as_ref()
        .and_then(|p| p.birth_date)
        .filter(|b| b.earliest() <= cx.opts.as_of);
    let all = base.key("assignments");
    for (i, a) in list.iter().enumerate() {
        let p = all.index(i);
        cx.require(a.start_date.is_some(), p.key("startDate"));
        if let (Some(start), Some(end)) = (a.start_date, a.end_date) {
            if end < start {
                cx.error(p.key("endDate").path(), "end_before_start");
            }
        }
        if let (Some(start), Some(birth)) = (a.start_date, birth) {
            // Partial birth dates: only report when even the earliest possible birth day is
            // too late.
            let code = under_age_code(staff.workforce_category);
            if let (true, Some(code)) = (start.years_since(birth.earliest()) < MIN_AGE, code) {
                let path = p.key("startDate").path();
                let issue = if code == "assignment_under_age" {
                    cx.error(path, code)
                } else {
                    cx.warning(path, code)
                };
                issue.param("minAge", i64::from(MIN_AGE));
            }
        }
        if a.dedicated == Some(true) && a.concurrent == Some(true) {
            cx.warning(
                p.key("concurrent").path(),
                "assignment_dedicated_and_concurrent",
            );
        }
    }
    if !staff.is_collaborator() {
        return;
    }
    // Design, not law (domain-research R-S5 [U]): warnings in both modes.
    if staff.commune.is_none() {
        cx.warning(base.key("commune").path(), "collaborator_commune_required");
    }
    if list.is_empty() {
        cx.warning(
            base.key("assignments").path(),
            "collaborator_assignment_required",
        );
    }
    let contracted = list.iter().any(|a| {
        matches!(
            a.contract_type,
            Some(ContractType::CollaboratorContract | ContractType::LabourContract)
        )
    });
    if staff.dedicated == Some(true) && !list.is_empty() && !contracted {
        cx.warning(
            base.key("dedicated").path(),
            "dedicated_collaborator_contract_missing",
        );
    }
}

/// Checks the training attendances of a staff record found at `base`.
pub fn check_training(staff: &StaffMember, cx: &mut Check<'_>, base: At<'_>) {
    let list = staff.training_attendances.as_deref().unwrap_or(&[]);
    let all = base.key("trainingAttendances");
    for (i, t) in list.iter().enumerate() {
        let p = all.index(i);
        // An attendance at a recorded event takes its name from the event.
        let event = t.event_id.as_deref().is_some_and(|e| !is_blank(e));
        if !event {
            cx.require_text(&t.course_name, p.key("courseName"));
        }
        if let (Some(start), Some(end)) = (t.start_date, t.end_date) {
            if end < start {
                cx.error(p.key("endDate").path(), "end_before_start");
            }
        }
        if t.completed == Some(true) {
            // A completed course has ended: its dates cannot lie after asOf.
            let date = if t.end_date.is_some() {
                "endDate"
            } else {
                "startDate"
            };
            not_in_future(t.end_date.or(t.start_date), cx, p.key(date));
        }
    }
}
