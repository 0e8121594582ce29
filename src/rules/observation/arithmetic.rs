//! The arithmetic of a published figure: components (I1, I4), percentages (I2), denominators
//! of the code set's own era (I3), attendances and persons (I6).

use crate::i18n::number::percent_tenths;
use crate::issue::Path;
use crate::model::address::CodeSet;
use crate::model::observation::{IndicatorCode, IndicatorUnit, Observation, ObservationLevel};
use crate::reference::reforms::TWO_LEVELS_FROM;
use crate::reference::units::units;
use crate::rules::check::Check;

/// Figures are compared to a millionth: published values are whole numbers or one decimal.
const TOLERANCE: f64 = 1e-6;

pub(super) fn check(o: &Observation, cx: &mut Check<'_>, base: &Path) {
    components(o, cx, base);
    percentage(o, cx, base);
    denominator(o, cx, base);
    if o.unit == Some(IndicatorUnit::PersonTimes) {
        if let (Some(value), Some(persons)) = (o.value, o.persons) {
            if value + TOLERANCE < f64::from(persons) {
                cx.warning(
                    base.clone().key("value"),
                    "observation_attendances_below_persons",
                );
            }
        }
    }
}

/// I1 and I4: the parts in the headline's unit and category add up to it (at least to it
/// for a lower bound); a part of another unit or category is flagged instead of summed.
fn components(o: &Observation, cx: &mut Check<'_>, base: &Path) {
    let Some(parts) = o.components.as_deref().filter(|p| !p.is_empty()) else {
        return;
    };
    let mut sum = 0.0;
    let mut comparable = true;
    for (i, part) in parts.iter().enumerate() {
        let other_unit = part.unit.is_some() && part.unit != o.unit;
        let other_category =
            o.category.is_some() && part.category.is_some() && part.category != o.category;
        if other_unit || other_category {
            let field = if other_unit { "unit" } else { "category" };
            let path = base.clone().key("components").index(i).key(field);
            cx.warning(path, "observation_breakdown_mismatch");
            comparable = false;
        }
        match part.value {
            Some(v) => sum += v,
            None => comparable = false,
        }
    }
    let Some(total) = o.value else { return };
    let adds_up = if o.lower_bound == Some(true) {
        sum + TOLERANCE >= total
    } else {
        (sum - total).abs() <= TOLERANCE
    };
    if comparable && !adds_up {
        cx.warning(base.clone().key("value"), "observation_component_sum");
    }
}

/// I2: a percentage is round(numerator ÷ denominator × 100, 1).
fn percentage(o: &Observation, cx: &mut Check<'_>, base: &Path) {
    if o.unit != Some(IndicatorUnit::Percent) {
        return;
    }
    let (Some(value), Some(num), Some(den)) = (o.value, o.numerator, o.denominator) else {
        return;
    };
    let published_tenths = (value * 10.0).round();
    let matches = percent_tenths(u64::from(num), u64::from(den))
        .is_some_and(|t| (t as f64 - published_tenths).abs() < 0.5);
    if !matches {
        cx.warning(base.clone().key("value"), "observation_percent_mismatch")
            .param("decimals", 1_i64);
    }
}

/// I3: a province's commune-share denominator is compared with the 2025 list only for a
/// reference date from 1 July 2025; the legacy list is the state of 30 June 2025, and earlier
/// denominators (Bình Thuận's 127 communes in 2017, 121 in that list) are kept as reported.
fn denominator(o: &Observation, cx: &mut Check<'_>, base: &Path) {
    let commune_share = matches!(
        o.indicator,
        Some(
            IndicatorCode::CommunesWithDedicatedCollaborator
                | IndicatorCode::CommunesWithCollaborator
        )
    );
    let (Some(den), Some(reference), Some(unit)) = (o.denominator, o.reference_date, &o.admin_unit)
    else {
        return;
    };
    if !commune_share
        || o.level != Some(ObservationLevel::Province)
        || unit.code_set != Some(CodeSet::Y2025)
        || reference < TWO_LEVELS_FROM
    {
        return;
    }
    let Some(province) = unit.province_code.as_deref() else {
        return;
    };
    let Some(count) = units(CodeSet::Y2025)
        .ok()
        .and_then(|u| u.province(province))
        .map(|p| p.communes().len())
    else {
        return; // an unknown province is reported by the address rules
    };
    if usize::try_from(den).ok() != Some(count) {
        cx.warning(
            base.clone().key("denominator"),
            "observation_denominator_mismatch",
        )
        .param("codeSet", "2025")
        .param("communes", i64::try_from(count).unwrap_or(i64::MAX));
    }
}
