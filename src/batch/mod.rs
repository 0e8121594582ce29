//! Batches: many rows of one record kind in, one [`BatchReport`] out.
//!
//! The rows are a JSON array, NDJSON text (one record per line) or a table (CSV with a header
//! row, read by column headers: [`crate::table`]; each issue then names its column), given whole
//! ([`validate_batch`]), chunk by chunk ([`BatchValidator`]: rows may span chunks; for Web
//! Workers and streams) or read from an `io::Read` ([`validate_reader`]). Every row is checked
//! exactly as [`RecordKind::validate_json`](crate::model::RecordKind) checks a record alone: a
//! row's issues in the batch are the issues of its own report, each with the row's position.
//!
//! The report holds totals (rows, valid, invalid, with warnings, issues), counts by code and by
//! field, and one page of issues: at most `maxIssues` (default [`DEFAULT_MAX_ISSUES`]) from
//! issue number `issueOffset`, with `nextOffset` for the next page. To get every issue of a
//! batch of any size in bounded memory, stream them: [`validate_reader`] calls back for each,
//! and [`BatchValidator::take_issues`] drains them after each chunk. Messages are rendered
//! once per distinct code and params, only for the issues handed out.
//!
//! A broken row is reported at its row (`json_invalid` with the line and column inside the
//! row) and the other rows are still checked; a fault of the array itself (an empty element,
//! a trailing comma, no closing bracket, text after it) is a `json_invalid` issue with `row:
//! null` and its line and column in the whole text. A text that is not an array when
//! `format: "json"` is asked for gets `type_invalid` (`expected: "array"`) with `row: null`.
//!
//! ```
//! use ctxh::batch::{validate_batch, BatchOptions};
//! use ctxh::{date::Date, model::RecordKind, options::Options};
//! let opts = BatchOptions::new(Options::new(Date::parse_iso("2026-01-01").unwrap()));
//! let text = "{\"codeSet\":\"2025\",\"provinceCode\":\"01\",\"wardCode\":\"00004\"}\n{\"codeSet\":7}\n";
//! let report = validate_batch(RecordKind::Address, text, &opts);
//! assert_eq!(report.format, "ndjson");
//! assert_eq!((report.totals.rows, report.totals.invalid), (2, 1));
//! assert_eq!(report.issues[0].row, Some(1));
//! ```

mod csv;
mod options;
mod people;
mod report;
mod shared_messages;
mod split;
mod stream;
mod tally;

pub use csv::{issue_csv_line, issues_csv_json, issues_csv_start, ISSUES_CSV_HEADER};
pub use options::{BatchOptions, DEFAULT_MAX_ISSUES};
pub use people::PeopleIndex;
pub use report::{BatchIssue, BatchReport, Count, Totals};
pub use shared_messages::issues_json_sharing_messages;
pub use split::Format;
pub use stream::{
    reports_json, validate_batch, validate_files, validate_reader, BatchValidator, Progress,
    READ_CHUNK,
};

/// The most distinct fields counted in [`BatchReport::by_field`]; issues at other fields are
/// counted in `by_field_omitted` (unknown keys are part of a path, so a hostile file could
/// otherwise grow the report without bound).
pub const MAX_FIELD_PATHS: usize = 1000;
