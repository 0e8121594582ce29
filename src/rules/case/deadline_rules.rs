//! The deadline rules: each deadline of [`super::deadlines`] that is missed, overdue or due
//! soon on `asOf` becomes an issue (working-day messages say that Monday to Friday are counted
//! less public holidays, and which days off the count skipped).

use super::deadlines::{
    deadlines, DeadlineKind, DeadlineState, APPROVAL_WORKING_DAYS, EMERGENCY_ACTION_HOURS,
    EMERGENCY_STAY_MONTHS, PLAN_WORKING_DAYS, STAY_SOON_DAYS,
};
use crate::date::{holidays, Date, DateTime};
use crate::issue::{Path, Segment};
use crate::model::case::Case;
use crate::rules::check::Check;

/// Reports the deadlines of a case found at `base` as issues.
pub(super) fn check(case: &Case, cx: &mut Check<'_>, base: &Path) {
    use DeadlineKind as K;
    use DeadlineState as St;
    for d in deadlines(case, cx.opts.as_of) {
        let mut path = base.clone();
        for s in d.path.segments() {
            path.push(Segment::clone(s));
        }
        let (code, error) = match (d.kind, d.state) {
            (_, St::Pending | St::Met) => continue,
            (K::EmergencyAction, St::Missed) => ("case_emergency_action_late", true),
            (K::EmergencyAction, St::Overdue) => ("case_emergency_action_overdue", false),
            (K::EmergencyAction, St::DueSoon) => ("case_emergency_action_due_soon", false),
            (K::PlanDraft, St::Missed) => ("case_plan_late", false),
            (K::PlanDraft, St::Overdue) => ("case_plan_overdue", false),
            (K::PlanDraft, St::DueSoon) => ("case_plan_due_soon", false),
            (K::PlanApproval, St::Missed) => ("case_plan_approval_late", false),
            (K::PlanApproval, St::Overdue) => ("case_plan_approval_overdue", false),
            (K::PlanApproval, St::DueSoon) => ("case_plan_approval_due_soon", false),
            (K::EmergencyStay, St::Missed | St::Overdue) => ("case_emergency_stay_too_long", false),
            (K::EmergencyStay, St::DueSoon) => ("case_emergency_stay_ending_soon", false),
        };
        let issue = if error {
            cx.error(path, code)
        } else {
            cx.warning(path, code)
        };
        match d.kind {
            K::EmergencyAction => {
                issue.param("hours", EMERGENCY_ACTION_HOURS);
            }
            K::PlanDraft => {
                issue
                    .param("workingDays", PLAN_WORKING_DAYS)
                    .param("skippedHolidays", skipped(d.due_at, PLAN_WORKING_DAYS));
            }
            K::PlanApproval => {
                issue
                    .param("workingDays", APPROVAL_WORKING_DAYS)
                    .param("skippedHolidays", skipped(d.due_at, APPROVAL_WORKING_DAYS));
            }
            K::EmergencyStay => {
                issue.param("months", EMERGENCY_STAY_MONTHS);
                if d.state == St::DueSoon {
                    issue.param("days", STAY_SOON_DAYS);
                }
            }
        }
    }
}

/// The weekdays off a count of `working_days` ending on the day of `due` skipped, as ISO dates
/// (`"2026-02-16, 2026-02-17"`), or `"—"` when there were none: the days off after the working
/// day the count started from (when the anchor itself fell on a day off, the days off between
/// that working day and the anchor are listed too).
fn skipped(due: DateTime, working_days: u32) -> String {
    let last = due.date_in_vietnam();
    // Walk back to the anchor day: `working_days` working days before the last one.
    let mut anchor: Date = last;
    let mut left = working_days;
    while left > 0 {
        let Some(previous) = anchor.add_days(-1) else {
            break;
        };
        anchor = previous;
        if anchor.is_working_day() {
            left -= 1;
        }
    }
    let days: Vec<String> = holidays::days_off_between(anchor, last)
        .into_iter()
        .map(|(d, _)| d.to_string())
        .collect();
    if days.is_empty() {
        String::from("—")
    } else {
        days.join(", ")
    }
}
