//! The training event rule table.

use crate::issue::Severity::Error;
use crate::rules::rule_info::RuleInfo;

/// The training event rule table.
pub const RULES: &[RuleInfo] = &[RuleInfo {
    code: "training_event_end_before_start",
    entity: "trainingEvent",
    severity: Error,
    legal_basis: "design",
    vi: "Ngày kết thúc lớp trước ngày khai giảng.",
    en: "The event ends before it starts.",
}];
