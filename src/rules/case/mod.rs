//! Case rules: the client and their categories (NĐ 20/2021), the case record (manager, place,
//! consent, closure, admission), the workflow of steps per pathway (TT 02/2020, NĐ 56/2017,
//! TT 01/2015, NĐ 20/2021) and its deadlines. What a portal may offer next is
//! [`crate::workflow::next_steps`], built on the transitions and deadlines here.

mod client;
mod deadline_rules;
mod deadlines;
mod record;
mod table;
mod time;
pub mod transitions;
mod workflow;

pub use deadlines::{deadlines, Deadline, DeadlineKind, DeadlineState};
pub use record::before_manager;
pub use table::RULES;
pub use workflow::{consent_given, step_fields};

use super::check::Check;
use super::Validated;
use crate::issue::Path;
use crate::model::case::Case;

/// Checks a case found at `base`.
pub fn check_case(case: &Case, cx: &mut Check<'_>, base: &Path) {
    record::check(case, cx, base);
    client::check(case, cx, base);
    workflow::check(case, cx, base);
    deadline_rules::check(case, cx, base);
}

impl Validated for Case {
    const RULES: &'static [super::rule_info::RuleInfo] = RULES;

    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        crate::rules::contract::check_ruleset_version(&self.ruleset_version, cx, base);
        check_case(self, cx, base);
    }
}
