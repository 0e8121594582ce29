//! Deadlines of the case workflow, computed against `asOf`:
//!
//! | deadline | anchor → due | applies to | source |
//! |---|---|---|---|
//! | `emergency-action` | `receivedAt` + 12 hours; met by the `startedAt` of the first `emergency-protection` step | child-protection, emergency | NĐ 56/2017 Điều 26(3), 31(2) |
//! | `plan-draft` | end of the 5th working day after the day the first `assessment` was completed; met by the `completedAt` of the next `plan` | child-protection, non-emergency (Điều 28(1) excepts emergencies) | NĐ 56/2017 Điều 28(1); the anchor is a design choice ([U], domain-research §9 item 13) |
//! | `plan-approval` | end of the 2nd working day after the day a `plan` was completed; met by the `completedAt` of the `plan-approval` right after it | child-protection | NĐ 56/2017 Điều 28(4) |
//! | `emergency-stay` | `admittedOn` + 3 calendar months (last allowed day; 31 Jan → 30 Apr); met by `dischargedOn`, waived by `stayExtendedOn` | emergency admissions | NĐ 20/2021 Điều 24(4), 18(3) |
//!
//! Working days are Monday to Friday less Vietnam's public holidays, the days made up for them
//! and the government's swaps ([`crate::date::holidays`]); the messages list the days off a
//! count skipped. The working-day deadlines stay warnings: the plan's anchor is unverified and
//! the decisions of years not yet announced are the law's default. Days are days in Vietnam (UTC+7); a working-day
//! deadline ends at 23:59:59+07:00 of its last day. A step done after its deadline is an issue
//! (an error for the 12-hour rule, a warning for the others). A deadline whose step is not done
//! yet is reported while the case has not moved past it and is not closed: as overdue when it
//! ended before `asOf`, as due soon when it ends on `asOf` or shortly after ("soon": the next
//! calendar day for the 12-hour rule, the next working day for the plan deadlines, 14 days for
//! the emergency stay). `asOf` is a date, so a 12-hour deadline that falls on `asOf` itself is
//! due soon, not overdue.

use serde::Serialize;

use super::record::is_closed;
use super::time::{end_of_day, start_of_day};
use super::transitions::is_terminal;
use crate::date::{Date, DateTime};
use crate::issue::Path;
use crate::model::case::{AdmissionType, Case, CaseStep, Pathway, StepType as S, Urgency};

/// Hours for the emergency protective action.
pub const EMERGENCY_ACTION_HOURS: i64 = 12;
/// Working days to draft the plan.
pub const PLAN_WORKING_DAYS: u32 = 5;
/// Working days to approve the plan.
pub const APPROVAL_WORKING_DAYS: u32 = 2;
/// Months of an emergency stay.
pub const EMERGENCY_STAY_MONTHS: u32 = 3;
/// Days before the end of an emergency stay from which it is reported as ending soon.
pub const STAY_SOON_DAYS: i64 = 14;

/// Which deadline (kebab-case on the wire).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineKind {
    /// Emergency protective action within 12 hours of receipt.
    EmergencyAction,
    /// Plan drafted within 5 working days of the completed assessment.
    PlanDraft,
    /// Plan approved within 2 working days of its drafting.
    PlanApproval,
    /// Emergency facility stay of at most 3 months.
    EmergencyStay,
}

impl DeadlineKind {
    /// The legal text the deadline comes from.
    pub fn legal_basis(self) -> &'static str {
        match self {
            DeadlineKind::EmergencyAction => "NĐ 56/2017 Điều 26(3), 31(2)",
            DeadlineKind::PlanDraft => "NĐ 56/2017 Điều 28(1)",
            DeadlineKind::PlanApproval => "NĐ 56/2017 Điều 28(4)",
            DeadlineKind::EmergencyStay => "NĐ 20/2021 Điều 24(4)",
        }
    }

    /// The step that meets the deadline (`None`: the discharge from the facility).
    pub fn step(self) -> Option<S> {
        match self {
            DeadlineKind::EmergencyAction => Some(S::EmergencyProtection),
            DeadlineKind::PlanDraft => Some(S::Plan),
            DeadlineKind::PlanApproval => Some(S::PlanApproval),
            DeadlineKind::EmergencyStay => None,
        }
    }
}

/// Where a deadline stands on `asOf` (kebab-case on the wire).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineState {
    /// Not done, not due soon.
    Pending,
    /// Not done, due on `asOf` or soon after.
    DueSoon,
    /// Not done, and the deadline ended before `asOf`.
    Overdue,
    /// Done in time.
    Met,
    /// Done late.
    Missed,
}

/// One deadline of a case.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// The step that meets it (`null` for the emergency stay).
    pub step: Option<S>,
    /// Position in `steps` of the recorded step that meets it, if recorded.
    pub step_index: Option<usize>,
    /// The last instant that is in time (RFC 3339, +07:00 for day deadlines).
    pub due_at: DateTime,
    /// Where it stands on `asOf`.
    pub state: DeadlineState,
    /// The legal text.
    pub legal_basis: &'static str,
    /// Where an issue about it is reported, relative to the case.
    #[serde(skip)]
    pub path: Path,
}

struct Ctx<'c> {
    case: &'c Case,
    steps: &'c [CaseStep],
    as_of: Date,
    ended: bool,
    out: Vec<Deadline>,
}

impl Ctx<'_> {
    fn push(
        &mut self,
        kind: DeadlineKind,
        due: DateTime,
        at: Option<usize>,
        state: DeadlineState,
        path: Path,
    ) {
        self.out.push(Deadline {
            kind,
            step: kind.step(),
            step_index: at,
            due_at: due,
            state,
            legal_basis: kind.legal_basis(),
            path,
        });
    }

    /// A deadline met (or missed) at `done`, or still open.
    fn settle(
        &mut self,
        kind: DeadlineKind,
        due: DateTime,
        done: Option<DateTime>,
        at: Option<usize>,
        soon: Option<Date>,
        path: Path,
    ) {
        // A recorded step without its time that other steps follow is not open: the missing
        // time is reported as `required`.
        let followed = at.is_some_and(|i| i + 1 < self.steps.len());
        match done {
            Some(t) => {
                let state = if t <= due {
                    DeadlineState::Met
                } else {
                    DeadlineState::Missed
                };
                self.push(kind, due, at, state, path);
            }
            None if !self.ended && !followed => {
                let state = open_state(due, self.as_of, soon);
                self.push(kind, due, at, state, path);
            }
            None => {}
        }
    }
}

fn open_state(due: DateTime, as_of: Date, soon_until: Option<Date>) -> DeadlineState {
    if start_of_day(as_of).is_some_and(|start| due < start) {
        DeadlineState::Overdue
    } else if soon_until.is_some_and(|l| due.date_in_vietnam() <= l) {
        DeadlineState::DueSoon
    } else {
        DeadlineState::Pending
    }
}

fn steps_path(i: usize, field: &'static str) -> Path {
    Path::root().key("steps").index(i).key(field)
}

/// The deadlines of `case` on `as_of`, in the order of the table above.
pub fn deadlines(case: &Case, as_of: Date) -> Vec<Deadline> {
    let steps = case.steps.as_deref().unwrap_or(&[]);
    let last = steps.iter().rev().find_map(|s| s.step_type);
    let mut cx = Ctx {
        case,
        steps,
        as_of,
        ended: last.is_some_and(is_terminal) || is_closed(case),
        out: Vec::new(),
    };
    let child = case.pathway == Some(Pathway::ChildProtection);
    let emergency = case.urgency == Some(Urgency::Emergency);
    if child && emergency {
        emergency_action(&mut cx);
    }
    if child && !emergency {
        plan_draft(&mut cx);
    }
    if child {
        plan_approval(&mut cx);
    }
    emergency_stay(&mut cx);
    cx.out
}

fn emergency_action(cx: &mut Ctx<'_>) {
    let Some(due) = cx
        .case
        .received_at
        .and_then(|r| r.plus_minutes(EMERGENCY_ACTION_HOURS * 60))
    else {
        return;
    };
    let soon = cx.as_of.add_days(1);
    let kind = DeadlineKind::EmergencyAction;
    match cx
        .steps
        .iter()
        .position(|s| s.step_type == Some(S::EmergencyProtection))
    {
        Some(k) => {
            let done = cx.steps.get(k).and_then(|s| s.started_at);
            cx.settle(kind, due, done, Some(k), soon, steps_path(k, "startedAt"));
        }
        None => {
            let moved_on = cx.steps.iter().any(|s| {
                s.step_type
                    .is_some_and(|t| !matches!(t, S::Intake | S::InitialRiskAssessment))
            });
            if !moved_on {
                cx.settle(kind, due, None, None, soon, Path::root().key("steps"));
            }
        }
    }
}

fn plan_draft(cx: &mut Ctx<'_>) {
    let Some(a) = cx
        .steps
        .iter()
        .position(|s| s.step_type == Some(S::Assessment))
    else {
        return;
    };
    let Some(anchor) = cx.steps.get(a).and_then(|s| s.completed_at) else {
        return;
    };
    let Some(due) = anchor
        .date_in_vietnam()
        .add_working_days(PLAN_WORKING_DAYS)
        .and_then(end_of_day)
    else {
        return;
    };
    let soon = cx.as_of.add_working_days(1);
    let kind = DeadlineKind::PlanDraft;
    let after = cx.steps.get(a + 1..).unwrap_or(&[]);
    match after.iter().position(|s| s.step_type == Some(S::Plan)) {
        Some(j) => {
            let p = a + 1 + j;
            let done = cx.steps.get(p).and_then(|s| s.completed_at);
            cx.settle(kind, due, done, Some(p), soon, steps_path(p, "completedAt"));
        }
        None if after.iter().all(|s| s.step_type.is_none()) => {
            cx.settle(kind, due, None, None, soon, Path::root().key("steps"));
        }
        None => {}
    }
}

fn plan_approval(cx: &mut Ctx<'_>) {
    let soon = cx.as_of.add_working_days(1);
    let kind = DeadlineKind::PlanApproval;
    for p in 0..cx.steps.len() {
        let Some(plan) = cx.steps.get(p) else {
            break;
        };
        if plan.step_type != Some(S::Plan) {
            continue;
        }
        let Some(due) = plan
            .completed_at
            .and_then(|t| t.date_in_vietnam().add_working_days(APPROVAL_WORKING_DAYS))
            .and_then(end_of_day)
        else {
            continue;
        };
        match cx.steps.get(p + 1) {
            Some(next) if next.step_type == Some(S::PlanApproval) => {
                let done = next.completed_at;
                cx.settle(
                    kind,
                    due,
                    done,
                    Some(p + 1),
                    soon,
                    steps_path(p + 1, "completedAt"),
                );
            }
            Some(_) => {}
            None => cx.settle(kind, due, None, None, soon, Path::root().key("steps")),
        }
    }
}

fn emergency_stay(cx: &mut Ctx<'_>) {
    let Some(a) = &cx.case.admission else {
        return;
    };
    if a.admission_type != Some(AdmissionType::Emergency) || a.stay_extended_on.is_some() {
        return;
    }
    let Some(due) = a
        .admitted_on
        .and_then(|d| d.add_months(EMERGENCY_STAY_MONTHS))
        .and_then(end_of_day)
    else {
        return;
    };
    let kind = DeadlineKind::EmergencyStay;
    let admission = Path::root().key("admission");
    match a.discharged_on.and_then(end_of_day) {
        Some(left) => cx.settle(
            kind,
            due,
            Some(left),
            None,
            None,
            admission.key("dischargedOn"),
        ),
        None => {
            let soon = cx.as_of.add_days(STAY_SOON_DAYS);
            cx.settle(kind, due, None, None, soon, admission.key("admittedOn"));
        }
    }
}
