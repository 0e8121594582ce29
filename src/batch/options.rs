//! [`BatchOptions`]: the record options plus how to read the rows and how many issues to list.

use serde_json::{Map, Value};

use super::split::Format;
use crate::date::Date;
use crate::options::{Options, OptionsError};
use crate::table::ColumnMapping;

/// The issues a batch report lists by default.
pub const DEFAULT_MAX_ISSUES: u64 = 1000;

/// Options of a batch validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchOptions {
    /// Language, mode and `asOf`, as for one record.
    pub record: Options,
    /// How the rows are written (default: decided by the first character).
    pub format: Format,
    /// The most issues the report lists (default [`DEFAULT_MAX_ISSUES`]; 0 lists none, counts
    /// only).
    pub max_issues: u64,
    /// The number of the first issue listed (for the next pages; default 0).
    pub issue_offset: u64,
    /// Queue every issue for [`super::BatchValidator::take_issues`] as rows are checked (the
    /// caller drains the queue after each chunk).
    pub stream_issues: bool,
    /// Report the same person in two rows (`duplicate_cccd`, `duplicate_person`: see
    /// [`super::PeopleIndex`]); off by default, since it keeps 16 bytes per row.
    pub duplicates: bool,
    /// For a table (`csv`): the caller's mapping of headers to fields, tried before the
    /// headers' own wire paths and labels.
    pub columns: ColumnMapping,
}

fn bad(message: &str) -> OptionsError {
    OptionsError {
        message: message.to_owned(),
    }
}

impl BatchOptions {
    /// Defaults around the record options.
    pub fn new(record: Options) -> BatchOptions {
        BatchOptions {
            record,
            format: Format::Auto,
            max_issues: DEFAULT_MAX_ISSUES,
            issue_offset: 0,
            stream_issues: false,
            duplicates: false,
            columns: ColumnMapping::default(),
        }
    }

    /// Reads `{ lang, mode, asOf, format, maxIssues, issueOffset, streamIssues, duplicates,
    /// columns }`
    /// (`null` or absent keys keep their defaults; `today` is the default `asOf`; `columns` is
    /// an object of header → field path, label or null, see [`ColumnMapping`]).
    pub fn from_json(value: &Value, today: Date) -> Result<BatchOptions, OptionsError> {
        let map = match value {
            Value::Null => return Ok(BatchOptions::new(Options::new(today))),
            Value::Object(map) => map,
            _ => return Err(bad("options must be an object")),
        };
        let mut record = Map::new();
        let mut format = Format::Auto;
        let (mut max_issues, mut issue_offset) = (DEFAULT_MAX_ISSUES, 0);
        let mut stream_issues = false;
        let mut columns = ColumnMapping::default();
        let mut duplicates = false;
        for (key, v) in map {
            if v.is_null() {
                continue;
            }
            match key.as_str() {
                "format" => {
                    format = v.as_str().and_then(Format::parse).ok_or_else(|| {
                        bad("options.format must be \"auto\", \"json\", \"ndjson\" or \"csv\"")
                    })?;
                }
                "maxIssues" => {
                    max_issues = v
                        .as_u64()
                        .ok_or_else(|| bad("options.maxIssues must be a whole number >= 0"))?;
                }
                "issueOffset" => {
                    issue_offset = v
                        .as_u64()
                        .ok_or_else(|| bad("options.issueOffset must be a whole number >= 0"))?;
                }
                "streamIssues" => {
                    stream_issues = v
                        .as_bool()
                        .ok_or_else(|| bad("options.streamIssues must be true or false"))?;
                }
                "duplicates" => {
                    duplicates = v
                        .as_bool()
                        .ok_or_else(|| bad("options.duplicates must be true or false"))?;
                }
                "columns" => {
                    columns = ColumnMapping::from_json(v)
                        .map_err(|e| bad(&format!("options.columns: {e}")))?;
                }
                "lang" | "mode" | "asOf" => {
                    record.insert(key.clone(), v.clone());
                }
                _ => {
                    return Err(bad(
                        "unknown option (allowed: lang, mode, asOf, format, maxIssues, issueOffset, streamIssues, duplicates, columns)",
                    ))
                }
            }
        }
        Ok(BatchOptions {
            record: Options::from_json(&Value::Object(record), today)?,
            format,
            max_issues,
            issue_offset,
            stream_issues,
            duplicates,
            columns,
        })
    }
}
