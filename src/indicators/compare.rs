//! A published figure beside the computed one: equal, different, or (for "trên 150") within
//! or below the bound; not comparable when the figure describes another unit, scope, day or
//! a plan.

use serde::Serialize;
use serde_json::Number;

use super::report::IndicatorReport;
use crate::i18n::number::percent_tenths;
use crate::model::observation::{Observation, ObservationBasis, ObservationLevel};
use crate::reference::indicators::{info, IndicatorUnit};

/// The outcome of [`compare`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agreement {
    /// The published value is the computed one (to one decimal for percentages).
    Equal,
    /// They differ.
    Differs,
    /// A lower bound ("trên 150") the computed value reaches.
    WithinBound,
    /// A lower bound the computed value does not reach.
    BelowBound,
    /// The observation describes another unit, code set, scope, reference date, or a plan.
    NotComparable,
    /// The observation has no usable indicator or value.
    NotComputed,
}

/// A published figure compared with a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// The indicator.
    pub indicator: Option<String>,
    /// The outcome.
    pub agreement: Agreement,
    /// The computed value (as in the report's figure).
    pub computed: Option<Number>,
    /// Whether the published numerator and denominator, when given, are the computed ones.
    pub fraction_matches: Option<bool>,
}

fn same_scope(o: &Observation, r: &IndicatorReport) -> bool {
    let unit = o.admin_unit.as_ref();
    let code_set = unit.and_then(|u| u.code_set).map(|c| c.as_str().to_owned());
    match o.level {
        Some(ObservationLevel::Country) => {
            r.scope.province_codes.is_empty()
                && (code_set.is_none() || code_set == r.scope.code_set)
        }
        Some(ObservationLevel::Province) => {
            let province = unit.and_then(|u| u.province_code.clone());
            code_set == r.scope.code_set && province.is_some_and(|p| r.scope.province_codes == [p])
        }
        _ => false,
    }
}

/// [`compare`] for JSON text: an observation (read leniently; validate it to see its issues)
/// and an indicator report. A report that cannot be read gives `not-computed`.
pub fn compare_json(observation: &str, report: &str) -> String {
    let observation = crate::intake::Json::parse(observation)
        .ok()
        .and_then(|json| {
            <Observation as crate::intake::FromJson>::from_json(
                &json,
                &mut crate::intake::Intake::new(),
            )
        })
        .unwrap_or_default();
    let report = crate::intake::Json::parse(report)
        .ok()
        .and_then(|json| super::read::report(&json));
    let comparison = match report {
        Some(report) => compare(&observation, &report),
        None => Comparison {
            indicator: observation.indicator.map(|i| i.as_str().to_owned()),
            agreement: Agreement::NotComputed,
            computed: None,
            fraction_matches: None,
        },
    };
    serde_json::to_string(&comparison).unwrap_or_else(|_| String::from("{}"))
}

/// Compares a published figure with a computed report.
///
/// ```
/// use ctxh::indicators::{compare, Agreement};
/// # let report = ctxh::indicators::compute_value(&serde_json::json!({"scope": {"codeSet": "2025",
/// #     "provinceCodes": ["22"]}}), &ctxh::options::Options::new(ctxh::date::Date::new(2026, 1, 1).unwrap()));
/// let published: ctxh::model::observation::Observation = serde_json::from_value(serde_json::json!({
///     "indicator": "sw-offices", "unit": "count", "level": "province",
///     "adminUnit": { "codeSet": "2025", "provinceCode": "22" },
///     "referenceDate": "2026-01-01", "value": 17 })).unwrap();
/// // `report` counted no office in province 22.
/// assert_eq!(compare(&published, &report).agreement, Agreement::Differs);
/// ```
pub fn compare(o: &Observation, report: &IndicatorReport) -> Comparison {
    let indicator = o.indicator.map(|i| i.as_str().to_owned());
    let figure = o.indicator.and_then(|i| report.figure(i));
    let mut out = Comparison {
        indicator,
        agreement: Agreement::NotComputed,
        computed: figure.and_then(|f| f.value.clone()),
        fraction_matches: None,
    };
    let (Some(code), Some(value), Some(figure)) = (o.indicator, o.value, figure) else {
        return out;
    };
    let unit = info(code).unit;
    let comparable = o.unit.is_none_or(|u| u == unit)
        && o.basis != Some(ObservationBasis::Planned)
        && o.reference_date == Some(report.as_of)
        && same_scope(o, report);
    if !comparable {
        out.agreement = Agreement::NotComparable;
        return out;
    }
    if let (Some(num), Some(den)) = (o.numerator, o.denominator) {
        out.fraction_matches =
            Some(u64::from(num) == figure.numerator && Some(u64::from(den)) == figure.denominator);
    }
    // Compare in the unit's own precision: tenths for percentages, whole numbers otherwise.
    let scale = if unit == IndicatorUnit::Percent {
        10.0
    } else {
        1.0
    };
    let published = (value * scale).round();
    let computed = match unit {
        IndicatorUnit::Percent => figure
            .denominator
            .and_then(|d| percent_tenths(figure.numerator, d))
            .map(|t| t as f64),
        _ => Some(figure.numerator as f64),
    };
    out.agreement = match (computed, o.lower_bound == Some(true)) {
        (None, _) => Agreement::NotComputed,
        (Some(c), true) if c >= published => Agreement::WithinBound,
        (Some(_), true) => Agreement::BelowBound,
        (Some(c), false) if (c - published).abs() < 0.5 => Agreement::Equal,
        (Some(_), false) => Agreement::Differs,
    };
    out
}
