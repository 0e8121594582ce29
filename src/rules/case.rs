//! Rules for case (filled in by its issue).

use super::catalog::RuleInfo;

/// The case rule table.
pub const RULES: &[RuleInfo] = &[];
