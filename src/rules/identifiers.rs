//! Rules for identifiers (filled in by its issue).

use super::catalog::RuleInfo;

/// The identifiers rule table.
pub const RULES: &[RuleInfo] = &[];
