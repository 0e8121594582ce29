//! Facility rules (NĐ 103/2017/NĐ-CP, TT 33/2017/TT-BLĐTBXH): required fields, establishment
//! and licence, status dates, the agencies named (dated by the 2025 reforms), staffing norms.

mod agency;
mod basics;
mod points;
mod staffing;
mod table;

pub use table::RULES;

use super::check::Check;
use super::Validated;
use crate::issue::Path;
use crate::model::facility::Facility;

/// Checks a facility found at `base`.
pub fn check_facility(facility: &Facility, cx: &mut Check<'_>, base: &Path) {
    basics::check(facility, cx, base);
    agency::check(facility, cx, base);
    points::check(facility, cx, base);
    staffing::check(facility, cx, base);
}

impl Validated for Facility {
    const RULES: &'static [super::rule_info::RuleInfo] = RULES;

    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        crate::rules::contract::check_ruleset_version(&self.ruleset_version, cx, base);
        check_facility(self, cx, base);
    }
}
