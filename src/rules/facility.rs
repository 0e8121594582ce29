//! Rules for facility (filled in by its issue).

use super::catalog::RuleInfo;

/// The facility rule table.
pub const RULES: &[RuleInfo] = &[];
