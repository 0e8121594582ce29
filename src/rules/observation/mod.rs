//! Observation rules: what a published figure needs, and the checks on its arithmetic and era
//! (indicators.md I1–I7). Inconsistencies of a published figure are warnings: the record keeps
//! the figure as published, and the flag says what does not add up. I3 is a restraint, not a
//! check: a denominator is compared with the commune list only when the reference date falls
//! in the list's own era. I5 (a pilot's design and its actual count) is the `basis` field.

mod arithmetic;
mod table;

pub use table::RULES;

use super::check::{need, Check};
use super::Validated;
use crate::issue::Path;
use crate::model::observation::{Observation, ObservationBasis, ObservationLevel};
use crate::reference::indicators::unit as indicator_unit;
use crate::reference::reforms::TWO_LEVELS_FROM;

/// Checks an observation found at `base`.
pub fn check_observation(o: &Observation, cx: &mut Check<'_>, base: &Path) {
    let key = |k: &'static str| base.clone().key(k);
    need(cx, o.indicator.is_some(), key("indicator"));
    need(cx, o.unit.is_some(), key("unit"));
    need(cx, o.level.is_some(), key("level"));
    need(cx, o.reference_date.is_some(), key("referenceDate"));
    need(cx, o.value.is_some(), key("value"));
    if let (Some(indicator), Some(unit)) = (o.indicator, o.unit) {
        let expected = indicator_unit(indicator);
        if unit != expected {
            cx.error(key("unit"), "observation_unit_mismatch")
                .param("expected", expected.as_str());
        }
    }
    let needs_unit = !matches!(o.level, Some(ObservationLevel::Country) | None);
    if need(cx, o.admin_unit.is_some() || !needs_unit, key("adminUnit")) {
        if let Some(unit) = &o.admin_unit {
            if o.level == Some(ObservationLevel::Commune) {
                crate::rules::address::check_address(unit, cx, &key("adminUnit"));
            } else {
                crate::rules::address::check_unit(unit, cx, &key("adminUnit"));
            }
        }
    }
    if o.level == Some(ObservationLevel::DistrictLegacy)
        && o.reference_date.is_some_and(|d| d >= TWO_LEVELS_FROM)
    {
        cx.error(key("level"), "observation_district_after_reform")
            .param("since", TWO_LEVELS_FROM.to_string());
    }
    // A plan may describe a day after its publication; an actual figure may not.
    let published = o.source.as_ref().and_then(|s| s.published_on);
    let planned = o.basis == Some(ObservationBasis::Planned);
    if let (Some(reference), Some(published), false) = (o.reference_date, published, planned) {
        if reference > published {
            cx.error(
                key("referenceDate"),
                "observation_reference_after_publication",
            );
        }
    }
    if let (Some(start), Some(end)) = (o.period_start, o.period_end) {
        if end < start {
            cx.error(key("periodEnd"), "end_before_start");
        }
    }
    arithmetic::check(o, cx, base);
}

impl Validated for Observation {
    const RULES: &'static [super::rule_info::RuleInfo] = RULES;

    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        crate::rules::contract::check_ruleset_version(&self.ruleset_version, cx, base);
        check_observation(self, cx, base);
    }
}
