//! The programme indicators (Đề án 32, QĐ 112/QĐ-TTg, provincial plans): their codes, names,
//! units, definitions, breakdowns and sources, and the targets they are measured against.
//! Reference data: [`crate::indicators`] computes them from records, observation records
//! ([`crate::model::observation`]) name them, and the README's indicator table is generated
//! from [`INDICATORS`].
//!
//! ```
//! use ctxh::reference::indicators::{info, IndicatorCode, IndicatorUnit};
//! let network = info(IndicatorCode::SwNetwork);
//! assert_eq!(network.unit, IndicatorUnit::Count);
//! assert!(network.distinct_persons);
//! assert_eq!(info(IndicatorCode::TrainingAttendances).unit, IndicatorUnit::PersonTimes);
//! ```

mod catalogue;
mod codes;
mod targets;

pub use catalogue::INDICATORS;
pub use codes::{IndicatorCode, IndicatorUnit};
pub use targets::{Target, TARGETS};

use crate::i18n::Lang;

/// Text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bilingual {
    /// Vietnamese.
    pub vi: &'static str,
    /// English.
    pub en: &'static str,
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

/// What the catalogue says about one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndicatorInfo {
    /// The code (its labels are the indicator's names).
    pub code: IndicatorCode,
    /// Count, percent or person-times.
    pub unit: IndicatorUnit,
    /// What is counted, over records at the reference date (`asOf`) in a code set.
    pub numerator: Bilingual,
    /// What the count is divided by (percentages only).
    pub denominator: Option<Bilingual>,
    /// The breakdowns a computed figure carries (code-list names or the breakdown's own ids).
    pub breakdowns: &'static [&'static str],
    /// The legal basis or the target it serves.
    pub source: &'static str,
    /// Whether the numerator (or denominator) counts distinct persons, which do not add up
    /// across provinces (one person may work in two).
    pub distinct_persons: bool,
}

/// The catalogue entry of `code`.
pub fn info(code: IndicatorCode) -> &'static IndicatorInfo {
    INDICATORS
        .iter()
        .find(|i| i.code == code)
        .expect("every indicator code has a catalogue entry (tested)")
}

/// The unit of every indicator, by code, copied from [`INDICATORS`] when the crate is compiled:
/// validating an observation needs the unit only, and this keeps the catalogue's text out of a
/// WebAssembly build that does not compute indicators.
const UNITS: [IndicatorUnit; IndicatorCode::ALL.len()] = {
    let mut units = [IndicatorUnit::Count; IndicatorCode::ALL.len()];
    let mut i = 0;
    while i < INDICATORS.len() {
        units[INDICATORS[i].code as usize] = INDICATORS[i].unit;
        i += 1;
    }
    units
};

/// The unit of `code`: the same as `info(code).unit`.
pub fn unit(code: IndicatorCode) -> IndicatorUnit {
    UNITS[code as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_one_entry_in_list_order_and_percentages_have_denominators() {
        let codes: Vec<_> = INDICATORS.iter().map(|i| i.code).collect();
        assert_eq!(codes, IndicatorCode::ALL);
        for i in INDICATORS {
            assert_eq!(
                i.denominator.is_some(),
                i.unit == IndicatorUnit::Percent,
                "{}",
                i.code.as_str()
            );
            assert_ne!(i.numerator.vi, i.numerator.en);
        }
        for t in TARGETS {
            assert_eq!(info(t.indicator).unit, IndicatorUnit::Percent, "{}", t.code);
        }
    }

    #[test]
    fn the_unit_table_is_the_catalogues_unit_of_every_code() {
        for &code in IndicatorCode::ALL {
            assert_eq!(unit(code), info(code).unit, "{}", code.as_str());
        }
        // Not every unit is the table's starting value: the copy really happened.
        assert_eq!(
            unit(IndicatorCode::TrainingAttendances),
            IndicatorUnit::PersonTimes
        );
        assert_eq!(
            unit(IndicatorCode::CommunesWithDedicatedCollaborator),
            IndicatorUnit::Percent
        );
    }
}
