//! Counting without double counting: a [`Tally`] holds distinct keys (a person's id, a commune
//! code, a record's position) with a weight (1, or the residents of a facility), and a
//! [`FigureBuilder`] a numerator, a denominator and their breakdowns.

use std::collections::BTreeMap;

use crate::reference::indicators::IndicatorCode;

/// Distinct keys with weights; the total is the sum of the weights of distinct keys.
#[derive(Debug, Default, Clone)]
pub struct Tally(BTreeMap<String, u64>);

impl Tally {
    /// Adds `key` with `weight` (a key already there keeps its first weight).
    pub fn add(&mut self, key: &str, weight: u64) {
        if !self.0.contains_key(key) {
            self.0.insert(key.to_owned(), weight);
        }
    }

    /// The sum of the weights.
    pub fn total(&self) -> u64 {
        self.0.values().fold(0u64, |a, w| a.saturating_add(*w))
    }

    /// Whether `key` was added.
    pub fn has(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }
}

/// Where a percentage's denominator came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DenominatorSource {
    /// Counted from the records.
    Records,
    /// The communes of the scope in the code set.
    CodeSet,
    /// Given by the caller (a historical report).
    Caller,
}

impl DenominatorSource {
    /// The wire id.
    pub fn as_str(self) -> &'static str {
        match self {
            DenominatorSource::Records => "records",
            DenominatorSource::CodeSet => "code-set",
            DenominatorSource::Caller => "caller",
        }
    }
}

/// One breakdown part: its numerator and, for percentages, its denominator.
#[derive(Debug, Default, Clone)]
pub struct PartTally {
    /// Numerator keys.
    pub num: Tally,
    /// Denominator keys (percentages).
    pub den: Tally,
}

/// A figure being counted.
#[derive(Debug, Clone)]
pub struct FigureBuilder {
    /// The indicator.
    pub code: IndicatorCode,
    /// Numerator keys.
    pub num: Tally,
    /// Denominator keys, counted from the records.
    pub den: Tally,
    /// A denominator not counted from the records, with its source.
    pub fixed_den: Option<(u64, DenominatorSource)>,
    /// Breakdowns: `by` → part → tallies (a few keys each: searched, not indexed).
    pub parts: Vec<(&'static str, Vec<(&'static str, PartTally)>)>,
}

impl FigureBuilder {
    /// An empty figure of `code`, with its catalogue breakdowns present (and empty).
    pub fn new(code: IndicatorCode) -> Self {
        let info = crate::reference::indicators::info(code);
        FigureBuilder {
            code,
            num: Tally::default(),
            den: Tally::default(),
            fixed_den: None,
            parts: info.breakdowns.iter().map(|b| (*b, Vec::new())).collect(),
        }
    }

    /// Counts `key` in the numerator and in each `(by, part)`.
    pub fn count(&mut self, key: &str, weight: u64, parts: &[(&'static str, &'static str)]) {
        self.num.add(key, weight);
        for (by, part) in parts {
            self.part(by, part).num.add(key, weight);
        }
    }

    /// Counts `key` in the denominator and in each `(by, part)`'s denominator.
    pub fn count_den(&mut self, key: &str, parts: &[(&'static str, &'static str)]) {
        self.den.add(key, 1);
        for (by, part) in parts {
            self.part(by, part).den.add(key, 1);
        }
    }

    fn part(&mut self, by: &'static str, part: &'static str) -> &mut PartTally {
        let i = match self.parts.iter().position(|(b, _)| *b == by) {
            Some(i) => i,
            None => {
                self.parts.push((by, Vec::new()));
                self.parts.len() - 1
            }
        };
        let parts = &mut self.parts[i].1;
        let j = match parts.iter().position(|(p, _)| *p == part) {
            Some(j) => j,
            None => {
                parts.push((part, PartTally::default()));
                parts.len() - 1
            }
        };
        &mut parts[j].1
    }

    /// The tallies of breakdown `by`, if it has any part.
    pub fn breakdown(&self, by: &str) -> &[(&'static str, PartTally)] {
        self.parts
            .iter()
            .find(|(b, _)| *b == by)
            .map_or(&[], |(_, parts)| parts.as_slice())
    }
}
