//! Training event rules: what counts a class (an id to refer to, a level, a start date) and its
//! dates in order; the unit it was held in is an address of a province or a commune.

mod table;

pub use table::RULES;

use super::check::{need, need_text, Check};
use super::Validated;
use crate::issue::Path;
use crate::model::training::TrainingEvent;

/// Checks a training event found at `base`.
pub fn check_training_event(event: &TrainingEvent, cx: &mut Check<'_>, base: &Path) {
    let key = |k: &'static str| base.clone().key(k);
    need_text(cx, &event.id, key("id"));
    need(cx, event.level.is_some(), key("level"));
    need(cx, event.start_date.is_some(), key("startDate"));
    if let (Some(start), Some(end)) = (event.start_date, event.end_date) {
        if end < start {
            cx.error(key("endDate"), "training_event_end_before_start");
        }
    }
    if need(cx, event.admin_unit.is_some(), key("adminUnit")) {
        if let Some(unit) = &event.admin_unit {
            crate::rules::address::check_unit(unit, cx, &key("adminUnit"));
        }
    }
}

impl Validated for TrainingEvent {
    const RULES: &'static [super::rule_info::RuleInfo] = RULES;

    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        crate::rules::contract::check_ruleset_version(&self.ruleset_version, cx, base);
        check_training_event(self, cx, base);
    }
}
