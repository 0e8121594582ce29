//! The case workflow as a state machine: which step may follow which, per pathway.
//!
//! Each pathway has a legal order of steps, each required or optional (one is required only in
//! emergencies). A step may follow another when it comes later in that order and no required
//! step lies between them; a few extra transitions loop back (re-plan after a review, continue
//! the intervention, several intervention episodes). On top of the order, for every pathway:
//! - a `referral` or `transfer` may follow any active step (not from the start), and only a
//!   `closure` may follow them;
//! - a `closure` may follow any active step early, for any reason except `goals-met` (that one
//!   needs the full path through the review);
//! - nothing follows a `closure` except an optional `follow-up`, and nothing follows that.
//!
//! | pathway | legal order (optional in brackets) | source |
//! |---|---|---|
//! | `child-protection` | intake → initial-risk-assessment → emergency-protection (required in emergencies, optional otherwise) → assessment → plan → plan-approval → intervention → review → closure | NĐ 56/2017 Điều 25–30 |
//! | `facility` | intake → assessment → plan → plan-approval → intervention → review → closure → [follow-up] | TT 02/2020 Điều 3–10 |
//! | `disability` | intake → assessment → plan → [plan-approval] → intervention → review → closure | TT 01/2015: 5 steps [S] (assessment, plan, intervention, review, closure, as the 5 steps of TT 02/2020 Điều 3 \[V\]), after the intake that opens every case; the order is unverified, so breaking it is a warning |
//! | `facility-admission` | intake → assessment → admission → \[intervention\] → \[review\] → closure → [follow-up]; in emergencies admission comes before the assessment (the file is completed afterwards) | NĐ 20/2021 Điều 27–28 |
//!
//! Loops: intervention → intervention (every pathway), review → intervention (every pathway),
//! review → plan (every pathway that has a plan).

use serde::Serialize;

use crate::model::case::{ClosureReason, Pathway, StepType as S};

/// Whether a pathway's order was read in the legal text (research \[V\]). The disability order
/// (TT 01/2015) is known only from a secondary summary [S]: breaking it is a warning.
pub fn order_verified(pathway: Pathway) -> bool {
    pathway != Pathway::Disability
}

/// Whether a step of a pathway's order must be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Always required.
    Required,
    /// May be skipped.
    Optional,
    /// Required in emergencies, optional otherwise.
    RequiredIfEmergency,
}

impl Need {
    fn required(self, emergency: bool) -> bool {
        match self {
            Need::Required => true,
            Need::Optional => false,
            Need::RequiredIfEmergency => emergency,
        }
    }
}

/// How one step follows another (serialized in kebab-case for `nextSteps`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TransitionKind {
    /// The next step of the legal order (optional steps may be skipped).
    Forward,
    /// The same step again (another intervention episode).
    Repeat,
    /// Back to the plan after a review.
    Replan,
    /// Back to the intervention after a review.
    Continue,
    /// Referral to another service provider.
    Referral,
    /// Transfer to another facility or commune.
    Transfer,
    /// The regular closure.
    Closure,
    /// Closure before the full path, for a reason other than goals met.
    EarlyClosure,
}

/// The verdict on one transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Allowed, and how.
    Allowed(TransitionKind),
    /// Refused: a required step (the first one) was skipped.
    Skipped(S),
    /// Refused: the step is not part of the pathway.
    NotInPathway,
    /// Refused for another reason (backwards, after the end, twice...).
    Invalid,
}

use Need::{Optional as O, Required as R, RequiredIfEmergency as E};

const CHILD: &[(S, Need)] = &[
    (S::Intake, R),
    (S::InitialRiskAssessment, R),
    (S::EmergencyProtection, E),
    (S::Assessment, R),
    (S::Plan, R),
    (S::PlanApproval, R),
    (S::Intervention, R),
    (S::Review, R),
    (S::Closure, R),
];
const FACILITY: &[(S, Need)] = &[
    (S::Intake, R),
    (S::Assessment, R),
    (S::Plan, R),
    (S::PlanApproval, R),
    (S::Intervention, R),
    (S::Review, R),
    (S::Closure, R),
    (S::FollowUp, O),
];
const DISABILITY: &[(S, Need)] = &[
    (S::Intake, R),
    (S::Assessment, R),
    (S::Plan, R),
    (S::PlanApproval, O),
    (S::Intervention, R),
    (S::Review, R),
    (S::Closure, R),
];
const ADMISSION: &[(S, Need)] = &[
    (S::Intake, R),
    (S::Assessment, R),
    (S::Admission, R),
    (S::Intervention, O),
    (S::Review, O),
    (S::Closure, R),
    (S::FollowUp, O),
];
const ADMISSION_EMERGENCY: &[(S, Need)] = &[
    (S::Intake, R),
    (S::Admission, R),
    (S::Assessment, R),
    (S::Intervention, O),
    (S::Review, O),
    (S::Closure, R),
    (S::FollowUp, O),
];

const LOOPS_WITH_PLAN: &[(S, S, TransitionKind)] = &[
    (S::Intervention, S::Intervention, TransitionKind::Repeat),
    (S::Review, S::Intervention, TransitionKind::Continue),
    (S::Review, S::Plan, TransitionKind::Replan),
];
const LOOPS_WITHOUT_PLAN: &[(S, S, TransitionKind)] = &[
    (S::Intervention, S::Intervention, TransitionKind::Repeat),
    (S::Review, S::Intervention, TransitionKind::Continue),
];

/// The legal order of steps of a pathway.
pub fn order(pathway: Pathway, emergency: bool) -> &'static [(S, Need)] {
    match pathway {
        Pathway::ChildProtection => CHILD,
        Pathway::Facility => FACILITY,
        Pathway::Disability => DISABILITY,
        Pathway::FacilityAdmission if emergency => ADMISSION_EMERGENCY,
        Pathway::FacilityAdmission => ADMISSION,
    }
}

fn loops(pathway: Pathway) -> &'static [(S, S, TransitionKind)] {
    match pathway {
        Pathway::FacilityAdmission => LOOPS_WITHOUT_PLAN,
        _ => LOOPS_WITH_PLAN,
    }
}

/// Whether `step` can appear in a case of `pathway` (in its order, or a referral or transfer).
pub fn in_pathway(pathway: Pathway, step: S) -> bool {
    matches!(step, S::Referral | S::Transfer)
        || order(pathway, false).iter().any(|(s, _)| *s == step)
        || order(pathway, true).iter().any(|(s, _)| *s == step)
}

fn position(order: &[(S, Need)], step: S) -> Option<usize> {
    order.iter().position(|(s, _)| *s == step)
}

/// Whether `step` is an active step of the pathway (in its order, before the closure).
fn is_active(order: &[(S, Need)], step: S) -> bool {
    let closure = position(order, S::Closure).unwrap_or(order.len());
    position(order, step).is_some_and(|i| i < closure)
}

/// The verdict on `to` following `from` (`None`: the first step) in a case of `pathway`.
/// `reason` is the case's closure reason (only `goals-met` restricts early closure).
pub fn check(
    pathway: Pathway,
    emergency: bool,
    from: Option<S>,
    to: S,
    reason: Option<ClosureReason>,
) -> Verdict {
    let order = order(pathway, emergency);
    if !in_pathway(pathway, to) {
        return Verdict::NotInPathway;
    }
    let first = order.first().map_or(S::Intake, |(s, _)| *s);
    let Some(from) = from else {
        return match position(order, to) {
            Some(j) => forward(order, emergency, None, j),
            None => Verdict::Skipped(first),
        };
    };
    if matches!(from, S::Referral | S::Transfer) {
        return if to == S::Closure {
            Verdict::Allowed(TransitionKind::Closure)
        } else {
            Verdict::Invalid
        };
    }
    if !in_pathway(pathway, from) {
        return Verdict::Invalid;
    }
    if let Some((_, _, kind)) = loops(pathway)
        .iter()
        .find(|(f, t, _)| *f == from && *t == to)
    {
        return Verdict::Allowed(*kind);
    }
    let active = is_active(order, from);
    match to {
        S::Referral if active => return Verdict::Allowed(TransitionKind::Referral),
        S::Transfer if active => return Verdict::Allowed(TransitionKind::Transfer),
        S::Referral | S::Transfer => return Verdict::Invalid,
        _ => {}
    }
    let (Some(i), Some(j)) = (position(order, from), position(order, to)) else {
        return Verdict::Invalid;
    };
    if j <= i {
        return Verdict::Invalid;
    }
    match forward(order, emergency, Some(i), j) {
        Verdict::Skipped(_)
            if to == S::Closure && active && reason != Some(ClosureReason::GoalsMet) =>
        {
            Verdict::Allowed(TransitionKind::EarlyClosure)
        }
        v => v,
    }
}

/// `order[j]` after `order[i]` (or as the first step): allowed when no required step lies
/// between them.
fn forward(order: &[(S, Need)], emergency: bool, i: Option<usize>, j: usize) -> Verdict {
    let start = i.map_or(0, |i| i + 1);
    let between = order.get(start..j).unwrap_or(&[]);
    if let Some((skipped, _)) = between.iter().find(|(_, n)| n.required(emergency)) {
        return Verdict::Skipped(*skipped);
    }
    let to = order.get(j).map_or(S::Intake, |(s, _)| *s);
    Verdict::Allowed(if to == S::Closure {
        TransitionKind::Closure
    } else {
        TransitionKind::Forward
    })
}

/// The steps that may follow `from` (`None`: no step yet), in the order of [`S::ALL`], each with
/// how it follows. A closure offered as [`TransitionKind::EarlyClosure`] is refused when the
/// case's reason is `goals-met`.
pub fn successors(pathway: Pathway, emergency: bool, from: Option<S>) -> Vec<(S, TransitionKind)> {
    S::ALL
        .iter()
        .filter_map(|to| match check(pathway, emergency, from, *to, None) {
            Verdict::Allowed(kind) => Some((*to, kind)),
            _ => None,
        })
        .collect()
}

/// The status a case has after `step`.
pub fn status_after(step: S) -> crate::model::case::CaseStatus {
    use crate::model::case::CaseStatus as C;
    match step {
        S::Intake => C::Received,
        S::InitialRiskAssessment | S::EmergencyProtection | S::Assessment => C::Assessing,
        S::Plan => C::Planning,
        S::PlanApproval => C::PlanApproved,
        S::Admission => C::Admitted,
        S::Intervention => C::InIntervention,
        S::Review => C::UnderReview,
        S::Closure | S::FollowUp => C::Closed,
        S::Referral => C::ReferredOut,
        S::Transfer => C::Transferred,
    }
}

/// Whether nothing but a closure (or a follow-up after it) can come after `step`.
pub fn is_terminal(step: S) -> bool {
    matches!(step, S::Closure | S::FollowUp | S::Referral | S::Transfer)
}
