//! The indicator report: what was asked (scope, reference date, period), what was read, every
//! figure, the progress against targets and the records that could not be counted.

use std::collections::BTreeMap;

use serde::Serialize;

use super::figure::Figure;
use super::progress::Progress;
use super::records::Left;
use crate::date::Date;
use crate::report::ReportedIssue;

/// The scope counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScopeOut {
    /// The code set (`null` when the request had none usable).
    pub code_set: Option<String>,
    /// The provinces, sorted; empty for the whole country.
    pub province_codes: Vec<String>,
}

/// The period training was counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PeriodOut {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
}

/// Problems of the request itself (not of its records).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RequestCheck {
    /// False when the request has an error (then some or all figures could not be counted).
    pub valid: bool,
    /// The issues, as in a validation report.
    pub issues: Vec<ReportedIssue>,
}

/// How many records a list had and how many counted in at least one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ListCount {
    /// Records given.
    pub given: u64,
    /// Records that count in at least one figure.
    pub counted: u64,
}

/// The records of each list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordCounts {
    /// Staff records.
    pub staff: ListCount,
    /// Facilities and service points.
    pub facilities: ListCount,
    /// Cases.
    pub cases: ListCount,
    /// Training events.
    pub training_events: ListCount,
}

/// A record (or an attendance of one) not counted, by list and position (never by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UncountedRecord {
    /// The list.
    pub list: String,
    /// The position in the list.
    pub index: u64,
    /// The part of the record, if not the whole (`trainingAttendances[0]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Why: `invalid`, `other-code-set`, `other-province`, `no-commune`, `no-id`,
    /// `duplicate-id`, `not-active`, `outside-period`, `not-open`, `no-event`,
    /// `event-not-counted`.
    pub reason: String,
}

/// The most uncounted records a report lists one by one (all are counted by reason).
pub const MAX_LISTED: usize = 200;

/// The records not counted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Uncounted {
    /// How many, by reason.
    pub by_reason: BTreeMap<String, u64>,
    /// The first [`MAX_LISTED`], by list, position and part (empty in a merged report:
    /// positions belong to each part's own request).
    pub records: Vec<UncountedRecord>,
    /// How many are not listed.
    pub omitted: u64,
}

impl Uncounted {
    /// Counts and lists `left`.
    pub fn from_left(mut left: Vec<Left>) -> Uncounted {
        left.sort_unstable();
        let mut by_reason = BTreeMap::new();
        for l in &left {
            *by_reason.entry(l.reason.as_str().to_owned()).or_insert(0) += 1;
        }
        let omitted = left.len().saturating_sub(MAX_LISTED) as u64;
        let records = left
            .into_iter()
            .take(MAX_LISTED)
            .map(|l| UncountedRecord {
                list: l.list.to_owned(),
                index: l.index as u64,
                path: l.path,
                reason: l.reason.as_str().to_owned(),
            })
            .collect();
        Uncounted {
            by_reason,
            records,
            omitted,
        }
    }
}

/// An indicator report (`ctxh::indicators::compute`, JavaScript `computeIndicators`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IndicatorReport {
    /// The scope counted.
    pub scope: ScopeOut,
    /// The reference date.
    pub as_of: Date,
    /// The period of the training figures, if given.
    pub period: Option<PeriodOut>,
    /// Problems of the request.
    pub request: RequestCheck,
    /// How many parts were merged into this report (1 for a computed report).
    pub parts: u64,
    /// Records given and counted, by list.
    pub records: RecordCounts,
    /// Every indicator of the catalogue, in its order.
    pub indicators: Vec<Figure>,
    /// Progress against the targets that apply to the scope.
    pub progress: Vec<Progress>,
    /// Records not counted, with the reason.
    pub uncounted: Uncounted,
}

impl IndicatorReport {
    /// The report as compact JSON (the same bytes natively and in WebAssembly).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// The figure of `code`, if the report has it.
    pub fn figure(&self, code: crate::reference::indicators::IndicatorCode) -> Option<&Figure> {
        self.indicators.iter().find(|f| f.code == code.as_str())
    }
}
