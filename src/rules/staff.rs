//! Rules for staff (filled in by its issue).

use super::catalog::RuleInfo;

/// The staff rule table.
pub const RULES: &[RuleInfo] = &[];
