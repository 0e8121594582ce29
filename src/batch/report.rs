//! [`BatchReport`]: what a batch validation returns, and its JSON form.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::issue::{Params, Path, Severity};

/// How many rows a batch had, and how they fared.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Rows read (records, valid or not; blank NDJSON lines are not rows).
    pub rows: u64,
    /// Rows without an error (warnings allowed).
    pub valid: u64,
    /// Rows with at least one error.
    pub invalid: u64,
    /// Rows with at least one warning (valid or not).
    pub with_warnings: u64,
    /// Issues of all rows as each row's report lists them (at most 201 per row), plus the
    /// batch-level issues.
    pub issues: u64,
    /// Of those, errors.
    pub errors: u64,
    /// Of those, warnings.
    pub warnings: u64,
}

/// How often a code (or a field) was reported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Count {
    /// Issues.
    pub issues: u64,
    /// Rows with at least one of them (a fault of the batch's structure is in no row).
    pub rows: u64,
}

/// One issue of a batch: the issue of its row's report, with the row's position.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchIssue {
    /// The row's position in the batch, from 0 (an array's index; the n-th non-blank NDJSON
    /// line); `None` (`null`) for a fault of the batch's own structure.
    pub row: Option<u64>,
    /// Path from the row's root, in wire names.
    pub path: Path,
    /// The same path in dotted form.
    pub path_text: String,
    /// The stable rule code.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Rule constants used by the message.
    pub params: Params,
    /// The message in the batch's language (rendered once per distinct code and params).
    pub message: String,
    /// For a table (`csv`): the header of the column the issue came from, when one did (left
    /// out of the JSON otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

/// The result of a batch validation.
///
/// `issues` lists at most `maxIssues` issues, starting at issue number `issueOffset` of the
/// whole batch (row order, and each row's report order); `nextOffset` is the offset of the next
/// page, or `None` when this page reaches the end. Counts cover every issue, listed or not.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchReport {
    /// The record kind the rows were read as.
    pub kind: &'static str,
    /// How the rows were written: `json` (an array) or `ndjson` (`auto` for a blank text).
    pub format: &'static str,
    /// True when no row has an error and the batch's structure is sound.
    pub valid: bool,
    /// Rows and issues counted.
    pub totals: Totals,
    /// Issues and rows by code, codes in byte order.
    pub by_code: BTreeMap<&'static str, Count>,
    /// Issues and rows by field: the dotted path with every index written `[*]`
    /// (`assignments[*].startDate`); the row's root is `""`. At most
    /// [`MAX_FIELD_PATHS`](super::MAX_FIELD_PATHS) distinct fields are kept.
    pub by_field: BTreeMap<String, Count>,
    /// Issues at fields beyond that limit (not in `byField`).
    pub by_field_omitted: u64,
    /// The number of the first issue listed.
    pub issue_offset: u64,
    /// The most issues listed.
    pub max_issues: u64,
    /// The issues of this page.
    pub issues: Vec<BatchIssue>,
    /// Where the next page starts, if there are more issues.
    pub next_offset: Option<u64>,
}

impl BatchReport {
    /// The report as compact JSON text (the same bytes natively and in WebAssembly).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{\"valid\":false}"))
    }
}
