//! A batch's issues as CSV text, one line per issue: `row,column,field,code,severity,message`
//! (the row from 0 as the report counts it, empty for an issue of the batch itself; the
//! column's header for a table; the field's wire path). The same bytes natively and in the
//! browser (a page offers it as a download).
//!
//! The text starts with a byte order mark so that spreadsheet programs read it as UTF-8, and a
//! cell that starts with `=`, `+`, `-`, `@` or a control character gets a `'` before it, so
//! that a header or key from a hostile file is never run as a formula.

use super::report::{BatchIssue, BatchReport};
use crate::issue::Severity;

/// The header line of the issues' CSV text (after the byte order mark).
pub const ISSUES_CSV_HEADER: &str = "row,column,field,code,severity,message";

fn cell(text: &str, out: &mut String) {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula
        || text.contains([',', '"', '\n', '\r'])
        || text.starts_with(' ')
        || text.ends_with(' ');
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// Appends one issue as a CSV line (with its `\r\n`).
pub fn issue_csv_line(issue: &BatchIssue, out: &mut String) {
    line(
        issue.row,
        issue.column.as_deref().unwrap_or(""),
        &issue.path_text,
        issue.code,
        issue.severity,
        &issue.message,
        out,
    );
}

fn line(
    row: Option<u64>,
    column: &str,
    field: &str,
    code: &str,
    severity: Severity,
    message: &str,
    out: &mut String,
) {
    if let Some(row) = row {
        out.push_str(&row.to_string());
    }
    out.push(',');
    cell(column, out);
    out.push(',');
    cell(field, out);
    out.push(',');
    cell(code, out);
    out.push(',');
    out.push_str(match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    });
    out.push(',');
    cell(message, out);
    out.push_str("\r\n");
}

/// The start of the issues' CSV text: the byte order mark and the header line.
pub fn issues_csv_start() -> String {
    format!("\u{feff}{ISSUES_CSV_HEADER}\r\n")
}

impl BatchReport {
    /// The issues of this report (its page) as CSV text: see [`issue_csv_line`].
    ///
    /// ```
    /// use ctxh::batch::{validate_batch, BatchOptions, Format};
    /// use ctxh::{date::Date, model::RecordKind, options::Options};
    /// let mut opts = BatchOptions::new(Options::new(Date::parse_iso("2026-01-01").unwrap()));
    /// opts.format = Format::Csv;
    /// let text = "Bộ mã đơn vị hành chính,Mã tỉnh,Mã xã,Ghi chú\n2025,01,99999,\n";
    /// let csv = validate_batch(RecordKind::Address, text, &opts).issues_csv();
    /// let lines: Vec<&str> = csv.lines().collect();
    /// assert_eq!(lines[0], "\u{feff}row,column,field,code,severity,message");
    /// assert!(lines[1].starts_with(",Ghi chú,,column_unknown,warning,"));
    /// assert!(lines[2].starts_with("0,Mã xã,wardCode,ward_unknown,error,"));
    /// ```
    pub fn issues_csv(&self) -> String {
        let mut out = issues_csv_start();
        for issue in &self.issues {
            issue_csv_line(issue, &mut out);
        }
        out
    }
}

/// The issues of a batch report's JSON (or of a JSON array of its issues) as CSV text, the
/// header first when `with_header`: the same lines as [`BatchReport::issues_csv`], for a report
/// that crossed as JSON (the browser's download). An `Err` says what is not a report.
pub fn issues_csv_json(text: &str, with_header: bool) -> Result<String, String> {
    use serde_json::Value;
    let value: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let issues = match &value {
        Value::Array(items) => items,
        Value::Object(map) => match map.get("issues") {
            Some(Value::Array(items)) => items,
            _ => return Err("a report has an `issues` array".into()),
        },
        _ => return Err("expected a report or an array of its issues".into()),
    };
    let mut out = if with_header {
        issues_csv_start()
    } else {
        String::new()
    };
    for (i, item) in issues.iter().enumerate() {
        let text = |key: &str| item.get(key).and_then(Value::as_str);
        let bad = |what: &str| format!("issue {i}: {what}");
        let row = match item.get("row") {
            None | Some(Value::Null) => None,
            Some(v) => Some(v.as_u64().ok_or_else(|| bad("row is not a whole number"))?),
        };
        let severity = match text("severity") {
            Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            _ => return Err(bad("severity is not error or warning")),
        };
        let code = text("code").ok_or_else(|| bad("no code"))?;
        line(
            row,
            text("column").unwrap_or(""),
            text("pathText").ok_or_else(|| bad("no pathText"))?,
            code,
            severity,
            text("message").unwrap_or(""),
            &mut out,
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::{Params, Path};

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        let issue = BatchIssue {
            row: Some(3),
            path: Path::root(),
            path_text: "=HYPERLINK(\"x\")".into(),
            code: "unknown_field",
            severity: Severity::Error,
            params: Params::new(),
            message: "a, \"b\"".into(),
            column: Some("-1".into()),
        };
        let mut out = String::new();
        issue_csv_line(&issue, &mut out);
        assert_eq!(
            out,
            "3,\"'-1\",\"'=HYPERLINK(\"\"x\"\")\",unknown_field,error,\"a, \"\"b\"\"\"\r\n"
        );
    }
}
