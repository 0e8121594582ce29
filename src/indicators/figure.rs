//! A computed figure as reported: every value with its numerator and denominator (never a
//! ratio alone), its breakdowns, whether it adds up across provinces, and its text in the
//! requested language (1.298; 36,2 %).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Number;

use super::tally::FigureBuilder;
use crate::i18n::number::{format_count, format_percent, percent_tenths};
use crate::i18n::Lang;
use crate::reference::indicators::{info, IndicatorCode, IndicatorUnit};

/// One breakdown part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    /// What the part counts.
    pub numerator: u64,
    /// What it is divided by (percentages only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denominator: Option<u64>,
}

/// A breakdown: parts by the ids of a code list (`facilityType`) or of the breakdown itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    /// What the parts are (`facilityType`, `component`...).
    pub by: String,
    /// The parts by id, sorted.
    pub parts: BTreeMap<String, Part>,
}

/// A computed figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    /// The indicator code.
    pub code: String,
    /// Its name in the report's language.
    pub name: String,
    /// `count`, `percent` or `person-times`.
    pub unit: String,
    /// The numerator (counts) or the share with one decimal (percentages); `null` when a
    /// percentage has no denominator.
    pub value: Option<Number>,
    /// The value as the language writes it (`1.298`, `36,2 %`; `—` without a denominator).
    pub text: String,
    /// What was counted.
    pub numerator: u64,
    /// What it is divided by (percentages).
    pub denominator: Option<u64>,
    /// Where the denominator came from: `records`, `code-set`, `caller` or `mixed` (a merge
    /// of parts with different sources).
    pub denominator_source: Option<String>,
    /// Whether the figure adds up across provinces; distinct-person figures do not (one
    /// person may work in two provinces).
    pub additive: bool,
    /// False for a distinct-person figure merged from several reports: the sum of the parts,
    /// in which a person counted in two parts counts twice.
    pub exact: bool,
    /// The breakdowns of the catalogue, in its order.
    pub breakdowns: Vec<Breakdown>,
}

/// A share in tenths as a JSON number with one decimal, or none when it is whole (`36.2`,
/// `50`): the form `JSON.stringify` writes too, so reports keep the same bytes after a trip
/// through JavaScript objects.
pub fn tenths_number(tenths: i64) -> Number {
    if tenths % 10 == 0 {
        Number::from(tenths / 10)
    } else {
        Number::from_f64(tenths as f64 / 10.0).unwrap_or_else(|| Number::from(tenths / 10))
    }
}

impl Figure {
    /// Renders a figure of `code` from its counts in `lang`.
    pub fn new(
        code: IndicatorCode,
        numerator: u64,
        denominator: Option<(u64, String)>,
        exact: bool,
        breakdowns: Vec<Breakdown>,
        lang: Lang,
    ) -> Figure {
        let info = info(code);
        let (value, text) = match info.unit {
            IndicatorUnit::Percent => {
                let tenths = denominator
                    .as_ref()
                    .and_then(|(d, _)| percent_tenths(numerator, *d));
                match tenths {
                    Some(t) => (Some(tenths_number(t)), format_percent(t, lang)),
                    None => (None, String::from("—")),
                }
            }
            _ => (
                Some(Number::from(numerator)),
                format_count(i64::try_from(numerator).unwrap_or(i64::MAX), lang),
            ),
        };
        let (denominator, denominator_source) = match denominator {
            Some((d, s)) => (Some(d), Some(s)),
            None => (None, None),
        };
        Figure {
            code: code.as_str().to_owned(),
            name: code.label(lang).to_owned(),
            unit: info.unit.as_str().to_owned(),
            value,
            text,
            numerator,
            denominator,
            denominator_source,
            additive: !info.distinct_persons,
            exact,
            breakdowns,
        }
    }

    /// Renders a counted figure in `lang`.
    pub fn from_builder(b: &FigureBuilder, lang: Lang) -> Figure {
        let percent = info(b.code).unit == IndicatorUnit::Percent;
        let denominator = percent.then(|| match b.fixed_den {
            Some((d, source)) => (d, source.as_str().to_owned()),
            None => (b.den.total(), String::from("records")),
        });
        let breakdowns = info(b.code)
            .breakdowns
            .iter()
            .map(|by| {
                let mut parts = BTreeMap::new();
                for (key, p) in b.breakdown(by) {
                    let part = Part {
                        numerator: p.num.total(),
                        denominator: percent.then(|| p.den.total()),
                    };
                    parts.insert((*key).to_owned(), part);
                }
                Breakdown {
                    by: (*by).to_owned(),
                    parts,
                }
            })
            .collect();
        Figure::new(b.code, b.num.total(), denominator, true, breakdowns, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_written_as_json_stringify_writes_them() {
        let text = |t| serde_json::to_string(&tenths_number(t)).unwrap();
        assert_eq!(
            [text(0), text(500), text(362), text(1000), text(5)],
            ["0", "50", "36.2", "100", "0.5"]
        );
    }
}
