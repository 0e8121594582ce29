//! The staff model (filled in by its issue).

use super::enums::{EnumInfo, RecordInfo};
use crate::issue::Path;
use crate::rules::check::Check;
use crate::validate::Validated;

crate::record! {
    /// A staff member (fields are added by its issue).
    pub struct StaffMember ("staff") {
        /// The ruleset version the sending portal validated with.
        ruleset_version: String = "rulesetVersion",
    }
}

/// The code lists of this module, for [`super::enums::labels`].
pub const ENUM_LISTS: &[EnumInfo] = &[];

/// The record types of this module.
pub const RECORD_TYPES: &[RecordInfo] = &[StaffMember::INFO];

impl Validated for StaffMember {
    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        crate::rules::contract::check_ruleset_version(&self.ruleset_version, cx, base);
    }
}
