//! Rules of the data contract itself: JSON shape, types, unknown fields, required fields, dates,
//! enum codes, text and number limits, ruleset version.

mod table;

pub use table::RULES;

/// Warns when a record says it was validated with another ruleset than this crate's.
pub fn check_ruleset_version(
    declared: &Option<String>,
    cx: &mut super::check::Check<'_>,
    base: &crate::issue::Path,
) {
    if let Some(v) = declared {
        if v != crate::version::RULESET_VERSION {
            cx.warning(base.child("rulesetVersion"), "ruleset_version_mismatch")
                .param("currentVersion", crate::version::RULESET_VERSION);
        }
    }
}
