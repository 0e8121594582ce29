//! Address rules: codes exist in the address's code set and belong together.

use super::catalog::RuleInfo;
use super::check::Check;
use crate::issue::Path;
use crate::model::address::Address;

/// The address rule table.
pub const RULES: &[RuleInfo] = &[];

/// Checks an address found at `base`.
pub fn check_address(address: &Address, cx: &mut Check<'_>, base: &Path) {
    cx.validator(validator::Validate::validate(address), base);
    cx.require(address.code_set.is_some(), || base.clone().key("codeSet"));
    cx.require_text(&address.province_code, || base.clone().key("provinceCode"));
    cx.require_text(&address.ward_code, || base.clone().key("wardCode"));
}
