//! Rules for person (filled in by its issue).

use super::catalog::RuleInfo;

/// The person rule table.
pub const RULES: &[RuleInfo] = &[];
