//! The catalogue as portals and the README show it: [`catalogue`] (JavaScript
//! `indicatorCatalogue`) and the README's indicator table (a test fails when the README drifts
//! from it).

use serde::Serialize;

use crate::i18n::Lang;
use crate::reference::indicators::{INDICATORS, TARGETS};

/// One indicator, described in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IndicatorEntry {
    /// The code.
    pub code: &'static str,
    /// The name.
    pub name: &'static str,
    /// `count`, `percent` or `person-times`.
    pub unit: &'static str,
    /// What is counted.
    pub numerator: &'static str,
    /// What it is divided by (percentages).
    pub denominator: Option<&'static str>,
    /// The breakdowns a figure carries.
    pub breakdowns: &'static [&'static str],
    /// The legal basis or target.
    pub source: &'static str,
    /// Whether it counts distinct persons (not additive across provinces).
    pub distinct_persons: bool,
}

/// One target, described in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetEntry {
    /// The code.
    pub code: &'static str,
    /// The target as the plan states it.
    pub name: &'static str,
    /// The indicator measured.
    pub indicator: &'static str,
    /// The share to reach, in whole percent.
    pub percent: u32,
    /// The year it is due.
    pub year: u16,
    /// The plan.
    pub source: &'static str,
    /// The province whose plan it is, `null` for a national target.
    pub province: Option<&'static str>,
}

/// The catalogue in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Catalogue {
    /// Every indicator.
    pub indicators: Vec<IndicatorEntry>,
    /// Every target.
    pub targets: Vec<TargetEntry>,
}

/// The catalogue of indicators and targets in `lang`.
pub fn catalogue(lang: Lang) -> Catalogue {
    Catalogue {
        indicators: INDICATORS
            .iter()
            .map(|i| IndicatorEntry {
                code: i.code.as_str(),
                name: i.code.label(lang),
                unit: i.unit.as_str(),
                numerator: i.numerator.get(lang),
                denominator: i.denominator.map(|d| d.get(lang)),
                breakdowns: i.breakdowns,
                source: i.source,
                distinct_persons: i.distinct_persons,
            })
            .collect(),
        targets: TARGETS
            .iter()
            .map(|t| TargetEntry {
                code: t.code,
                name: t.name.get(lang),
                indicator: t.indicator.as_str(),
                percent: t.percent,
                year: t.year,
                source: t.source,
                province: t.province,
            })
            .collect(),
    }
}

/// The Markdown table: code, names, unit, definition, source.
pub fn readme_table() -> String {
    let mut out = String::from(
        "| code | tên (vi) | name (en) | unit | definition | source |\n|---|---|---|---|---|---|\n",
    );
    for i in INDICATORS {
        let definition = match i.denominator {
            Some(d) => format!("{} ÷ {}", i.numerator.en, d.en),
            None => i.numerator.en.to_owned(),
        };
        let persons = if i.distinct_persons {
            " (distinct persons: not additive across provinces)"
        } else {
            ""
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {}{} | {} |\n",
            i.code.as_str(),
            i.code.label(Lang::Vi),
            i.code.label(Lang::En),
            i.unit.as_str(),
            definition.replace('|', "\\|"),
            persons,
            i.source
        ));
    }
    out
}
