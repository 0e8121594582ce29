//! [`RuleInfo`]: what a rule table says about one rule (the families' `table.rs` files list
//! them; [`super::catalog`] chains the tables).

use crate::i18n::Lang;
use crate::issue::Severity;

/// What the catalogue knows about one rule code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// The stable snake_case code, as it appears in issues.
    pub code: &'static str,
    /// The record type or building block the rule belongs to (`staff`, `person`, `address`...).
    pub entity: &'static str,
    /// The severity the rule has in submit mode.
    pub severity: Severity,
    /// The legal text the rule comes from, or `design` for rules of the data contract itself.
    pub legal_basis: &'static str,
    /// The Vietnamese message, with `{param}` slots.
    pub vi: &'static str,
    /// The English message, with `{param}` slots.
    pub en: &'static str,
}

impl RuleInfo {
    /// The message template in `lang`.
    pub fn message(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}
