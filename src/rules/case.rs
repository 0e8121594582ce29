//! Case rules: the client and their categories (NĐ 20/2021), the case record (manager, place,
//! consent, closure, admission), the workflow of steps per pathway (TT 02/2020, NĐ 56/2017,
//! TT 01/2015, NĐ 20/2021) and its deadlines; plus [`next_steps`] for portals.

mod client;
mod deadline_rules;
mod deadlines;
mod next_steps;
mod record;
mod time;
pub mod transitions;
mod workflow;

pub use deadlines::{deadlines, Deadline, DeadlineKind, DeadlineState};
pub use next_steps::{next_steps, next_steps_json, NextStep, NextSteps};
pub use workflow::step_fields;

use super::catalog::RuleInfo;
use super::check::Check;
use crate::issue::Path;
use crate::model::case::Case;

/// Concatenates rule tables at compile time (one table per rule family file).
const fn join<const N: usize>(tables: &[&[RuleInfo]]) -> [RuleInfo; N] {
    let mut out = [client::RULES[0]; N];
    let mut n = 0;
    let mut t = 0;
    while t < tables.len() {
        let mut i = 0;
        while i < tables[t].len() {
            out[n] = tables[t][i];
            n += 1;
            i += 1;
        }
        t += 1;
    }
    assert!(n == N, "rule table length");
    out
}

const TABLES: &[&[RuleInfo]] = &[
    client::RULES,
    record::RULES,
    workflow::RULES,
    deadline_rules::RULES,
];

const fn total(tables: &[&[RuleInfo]]) -> usize {
    let mut n = 0;
    let mut t = 0;
    while t < tables.len() {
        n += tables[t].len();
        t += 1;
    }
    n
}

const ALL: [RuleInfo; total(TABLES)] = join(TABLES);

/// The case rule table.
pub const RULES: &[RuleInfo] = &ALL;

/// Checks a case found at `base`.
pub fn check_case(case: &Case, cx: &mut Check<'_>, base: &Path) {
    cx.validator(validator::Validate::validate(case), base);
    record::check(case, cx, base);
    client::check(case, cx, base);
    workflow::check(case, cx, base);
    deadline_rules::check(case, cx, base);
}
