//! [`next_steps`]: what a portal may offer next for a case, and what is missing first.
//!
//! The answer is data (serialised with camelCase keys, the shape `nextSteps` returns in
//! JavaScript):
//!
//! ```json
//! { "pathway": "child-protection", "lastStep": "assessment", "lastStepIndex": 2,
//!   "status": "assessing",
//!   "blockers": [],
//!   "steps": [ { "step": "plan", "label": "Xây dựng kế hoạch", "transition": "forward",
//!                "ready": false,
//!                "missing": [ { "path": ["protectionLevel"], "code": "required", ... } ],
//!                "requiredFields": ["stepType", "startedAt", "actorStaffId", "services"],
//!                "deadline": "plan-draft", "dueAt": "2025-07-11T23:59:59+07:00" }, ... ],
//!   "deadlines": [ { "kind": "plan-draft", "step": "plan", "stepIndex": null,
//!                    "dueAt": "...", "state": "pending", "legalBasis": "..." } ] }
//! ```
//!
//! - `steps` are the steps the pathway allows after the last recorded one (see
//!   [`crate::rules::case::transitions`]), in a stable order; `ready` is true when nothing is `missing` and
//!   there are no `blockers`.
//! - `missing` holds issues (same shape as a report's) about the case as it is: the last step
//!   not completed, no case manager, no protection level before a child protection plan, no
//!   consent before a referral or transfer, no closure reason before a closure (or `goals-met`
//!   before the review), no admission type before an admission.
//! - `requiredFields` are the fields the new step itself must have.
//! - `blockers` stop every step: no pathway, no `receivedAt`, a last step without a type, or
//!   (from JSON) a workflow field that could not be read.

use serde::Serialize;

use crate::date::DateTime;
use crate::intake::{read_record, FromJson, Intake};
use crate::issue::{Issue, Path, Segment};
use crate::model::case::{Case, CaseStatus, ClosureReason, Pathway, StepType, Urgency};
use crate::options::Options;
use crate::report::{Report, ReportedIssue};
use crate::rules::case::transitions::{self, TransitionKind, Verdict};
use crate::rules::case::{
    before_manager, consent_given, deadlines, step_fields, Deadline, DeadlineKind, DeadlineState,
};

/// What may come next in a case.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NextSteps {
    /// The case's pathway, if known.
    pub pathway: Option<Pathway>,
    /// The last recorded step of the pathway, if any.
    pub last_step: Option<StepType>,
    /// Its position in `steps`.
    pub last_step_index: Option<usize>,
    /// The status the case has after its last step.
    pub status: Option<CaseStatus>,
    /// Problems that stop every step.
    pub blockers: Vec<ReportedIssue>,
    /// The steps allowed next.
    pub steps: Vec<NextStep>,
    /// The case's deadlines on `asOf`.
    pub deadlines: Vec<Deadline>,
}

/// One step a portal may offer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NextStep {
    /// The step type.
    pub step: StepType,
    /// Its label in the requested language.
    pub label: &'static str,
    /// How it follows the last step.
    pub transition: TransitionKind,
    /// Whether it can be taken now.
    pub ready: bool,
    /// What must be fixed in the case first.
    pub missing: Vec<ReportedIssue>,
    /// The fields the new step must have (wire names of a case step).
    pub required_fields: &'static [&'static str],
    /// The deadline this step meets, if one is open.
    pub deadline: Option<DeadlineKind>,
    /// When that deadline ends.
    pub due_at: Option<DateTime>,
}

/// The next steps of `case` under `opts` (language for labels and messages, `asOf` for
/// deadlines).
///
/// ```
/// use ctxh::{date::Date, options::Options, workflow::next_steps_json};
/// let opts = Options::new(Date::parse_iso("2025-07-01").unwrap());
/// let n = next_steps_json(r#"{"pathway": "facility", "receivedAt": "2025-06-30T09:00:00+07:00",
///     "steps": [{"stepType": "intake", "completedAt": "2025-06-30T10:00:00+07:00"}]}"#, &opts);
/// let offered: Vec<_> = n.steps.iter().map(|s| s.step.as_str()).collect();
/// assert_eq!(offered, ["assessment", "closure", "referral", "transfer"]);
/// ```
pub fn next_steps(case: &Case, opts: &Options) -> NextSteps {
    compute(case, opts, Vec::new())
}

/// [`next_steps`] for untrusted JSON text: unreadable text or a record that is not an object
/// gives no steps and the problem as a blocker; unreadable workflow fields (pathway, urgency,
/// receivedAt, steps, closureReason) are blockers too.
pub fn next_steps_json(text: &str, opts: &Options) -> NextSteps {
    let json = match read_record(text) {
        Ok(json) => json,
        Err(issue) => return empty(vec![issue], opts),
    };
    let mut intake = Intake::new();
    let case = Case::from_json(&json, &mut intake);
    let (issues, _) = intake.finish();
    match case {
        None => empty(issues, opts),
        Some(case) => {
            let workflow = ["pathway", "urgency", "receivedAt", "steps", "closureReason"];
            let blockers = issues
                .into_iter()
                .filter(|i| {
                    matches!(i.path.segments().first(), Some(Segment::Key(k)) if workflow.contains(&k.as_ref()))
                })
                .collect();
            compute(&case, opts, blockers)
        }
    }
}

/// The answer for a case that could not be read at all (`problem`, such as `record_too_large`):
/// no steps, and the problem as the blocker.
pub fn next_steps_refused(problem: Issue, opts: &Options) -> NextSteps {
    empty(vec![problem], opts)
}

fn empty(blockers: Vec<Issue>, opts: &Options) -> NextSteps {
    NextSteps {
        pathway: None,
        last_step: None,
        last_step_index: None,
        status: None,
        blockers: Report::new(blockers, opts.lang).issues,
        steps: Vec::new(),
        deadlines: Vec::new(),
    }
}

fn required(path: Path) -> Issue {
    Issue::error(path, "required")
}

fn compute(case: &Case, opts: &Options, mut blockers: Vec<Issue>) -> NextSteps {
    let steps = case.steps.as_deref().unwrap_or(&[]);
    if case.pathway.is_none() {
        blockers.push(required(Path::root().key("pathway")));
    }
    if case.received_at.is_none() {
        blockers.push(required(Path::root().key("receivedAt")));
    }
    let known = |t: StepType| case.pathway.is_none_or(|p| transitions::in_pathway(p, t));
    let last = steps
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, s)| s.step_type.filter(|t| known(*t)).map(|t| (i, t)));
    if let Some(i) = steps.iter().rposition(|s| s.step_type.is_none()) {
        if last.is_none_or(|(l, _)| i > l) {
            blockers.push(required(Path::root().key("steps").index(i).key("stepType")));
        }
    }
    let deadlines = deadlines(case, opts.as_of);
    let mut out = NextSteps {
        pathway: case.pathway,
        last_step: last.map(|(_, t)| t),
        last_step_index: last.map(|(i, _)| i),
        status: last.map(|(_, t)| transitions::status_after(t)),
        blockers: Vec::new(),
        steps: Vec::new(),
        deadlines: Vec::new(),
    };
    if let Some(pathway) = case.pathway {
        let emergency = case.urgency == Some(Urgency::Emergency);
        for (to, kind) in transitions::successors(pathway, emergency, out.last_step) {
            let missing = preconditions(case, pathway, emergency, last, to, kind);
            let open = deadlines.iter().find(|d| {
                d.step == Some(to)
                    && matches!(
                        d.state,
                        DeadlineState::Pending | DeadlineState::DueSoon | DeadlineState::Overdue
                    )
            });
            out.steps.push(NextStep {
                step: to,
                label: to.label(opts.lang),
                transition: kind,
                ready: blockers.is_empty() && missing.is_empty(),
                missing: Report::new(missing, opts.lang).issues,
                required_fields: step_fields(to),
                deadline: open.map(|d| d.kind),
                due_at: open.map(|d| d.due_at),
            });
        }
    }
    out.blockers = Report::new(blockers, opts.lang).issues;
    out.deadlines = deadlines;
    out
}

/// What the case lacks before `to` can follow its last step.
fn preconditions(
    case: &Case,
    pathway: Pathway,
    emergency: bool,
    last: Option<(usize, StepType)>,
    to: StepType,
    kind: TransitionKind,
) -> Vec<Issue> {
    let root = Path::root();
    let mut out = Vec::new();
    let steps = case.steps.as_deref().unwrap_or(&[]);
    // An emergency action, a closure, a referral or a transfer need not wait for the current
    // step to be completed; every other step does.
    let waits = !matches!(
        to,
        StepType::EmergencyProtection | StepType::Closure | StepType::Referral | StepType::Transfer
    );
    if let Some((i, _)) = last.filter(|_| waits) {
        if steps.get(i).is_some_and(|s| s.completed_at.is_none()) {
            out.push(required(root.child("steps").index(i).key("completedAt")));
        }
    }
    if !before_manager(to) {
        match &case.case_manager {
            None => out.push(required(root.child("caseManager"))),
            Some(m) if m.staff_id.as_deref().is_none_or(|s| s.trim().is_empty()) => {
                out.push(required(root.child("caseManager").key("staffId")));
            }
            Some(_) => {}
        }
    }
    match to {
        StepType::Plan
            if pathway == Pathway::ChildProtection && case.protection_level.is_none() =>
        {
            out.push(required(root.key("protectionLevel")));
        }
        StepType::Referral | StepType::Transfer if !consent_given(case) => {
            out.push(Issue::error(
                root.key("consentToShare"),
                "case_consent_missing",
            ));
        }
        StepType::Closure => match case.closure_reason {
            None => out.push(required(root.key("closureReason"))),
            Some(ClosureReason::GoalsMet) if kind == TransitionKind::EarlyClosure => {
                let from = last.map(|(_, t)| t);
                let reason = Some(ClosureReason::GoalsMet);
                if let Verdict::Skipped(step) =
                    transitions::check(pathway, emergency, from, to, reason)
                {
                    out.push(
                        Issue::error(root.key("closureReason"), "case_step_skipped")
                            .with("missingStep", step.as_str()),
                    );
                }
            }
            Some(_) => {}
        },
        StepType::Admission => match &case.admission {
            None => out.push(required(root.key("admission"))),
            Some(a) if a.admission_type.is_none() => {
                out.push(required(root.key("admission").key("admissionType")));
            }
            Some(_) => {}
        },
        _ => {}
    }
    out
}
