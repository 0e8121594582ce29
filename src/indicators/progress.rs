//! Progress against targets: the share reached, the target, met or not. "Met" compares the
//! exact fraction (numerator × 100 ≥ target × denominator), not the rounded share.

use serde::Serialize;
use serde_json::Number;

use super::figure::{tenths_number, Figure};
use crate::i18n::number::{format_percent, percent_tenths};
use crate::i18n::Lang;
use crate::reference::indicators::{Target, TARGETS};

/// Progress towards one target.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// The target's code (`qd112-2025-workforce-trained`).
    pub target: String,
    /// The target as the plan states it, in the report's language.
    pub name: String,
    /// The indicator measured.
    pub indicator: String,
    /// The year it is due.
    pub year: u16,
    /// The plan.
    pub source: String,
    /// The share to reach, in whole percent.
    pub target_percent: u32,
    /// The indicator's numerator.
    pub numerator: u64,
    /// The indicator's denominator.
    pub denominator: Option<u64>,
    /// The share reached, one decimal (`null` without a denominator).
    pub value: Option<Number>,
    /// `36,2 % / 30 %` in the report's language.
    pub text: String,
    /// `met`, `not-met`, or `no-data` (no denominator).
    pub status: String,
    /// đạt / chưa đạt / chưa có số liệu (met / not met / no data).
    pub status_label: String,
    /// False when the share comes from a merged distinct-person figure (see `Figure::exact`).
    pub exact: bool,
}

/// Whether a target applies to a scope: national targets always, a province's targets when
/// the scope is that province alone.
pub fn applies(target: &Target, provinces: &[String]) -> bool {
    match target.province {
        None => true,
        Some(p) => provinces.len() == 1 && provinces[0] == p,
    }
}

/// The progress of `figures` towards the targets that apply to `provinces`.
pub fn progress(figures: &[Figure], provinces: &[String], lang: Lang) -> Vec<Progress> {
    TARGETS
        .iter()
        .filter(|t| applies(t, provinces))
        .filter_map(|t| {
            let f = figures.iter().find(|f| f.code == t.indicator.as_str())?;
            Some(one(t, f, lang))
        })
        .collect()
}

fn one(t: &Target, f: &Figure, lang: Lang) -> Progress {
    let goal = format_percent(i64::from(t.percent) * 10, lang);
    let den = f.denominator.filter(|d| *d > 0);
    let tenths = den.and_then(|d| percent_tenths(f.numerator, d));
    let met = den.map(|d| u128::from(f.numerator) * 100 >= u128::from(t.percent) * u128::from(d));
    let (status, vi, en) = match met {
        Some(true) => ("met", "đạt", "met"),
        Some(false) => ("not-met", "chưa đạt", "not met"),
        None => ("no-data", "chưa có số liệu", "no data"),
    };
    Progress {
        target: t.code.to_owned(),
        name: t.name.get(lang).to_owned(),
        indicator: t.indicator.as_str().to_owned(),
        year: t.year,
        source: t.source.to_owned(),
        target_percent: t.percent,
        numerator: f.numerator,
        denominator: f.denominator,
        value: tenths.map(tenths_number),
        text: format!(
            "{} / {goal}",
            tenths.map_or_else(|| String::from("—"), |x| format_percent(x, lang))
        ),
        status: status.to_owned(),
        status_label: match lang {
            Lang::Vi => vi,
            Lang::En => en,
        }
        .to_owned(),
        exact: f.exact,
    }
}
