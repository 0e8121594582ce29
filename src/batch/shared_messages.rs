//! [`BatchReport::to_json_sharing_messages`]: the report's JSON with each distinct message
//! written once, for the WebAssembly boundary.
//!
//! A batch's issues repeat a few messages thousands of times (the same code and params in many
//! rows). Written once each, the text that crosses the boundary is far shorter and, for a
//! report in Vietnamese, ASCII but for the table of messages, which JavaScript engines decode
//! and parse faster; the JavaScript side puts each text back in its issue, so the objects a
//! caller gets are those of [`BatchReport::to_json`].

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::report::{BatchIssue, BatchReport, Count, Totals};
use crate::issue::{Params, Path, Severity};

/// [`BatchReport`] with its issues' messages as positions in `messages` (the keys in the order
/// of [`BatchReport`]'s, then `messages`: a test compares the two forms).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Shared<'a> {
    kind: &'static str,
    format: &'static str,
    valid: bool,
    totals: &'a Totals,
    by_code: &'a BTreeMap<&'static str, Count>,
    by_field: &'a BTreeMap<String, Count>,
    by_field_omitted: u64,
    issue_offset: u64,
    max_issues: u64,
    issues: Vec<SharedIssue<'a>>,
    next_offset: Option<u64>,
    messages: Vec<&'a str>,
}

/// [`BatchIssue`] with its message as a position in the report's `messages`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SharedIssue<'a> {
    row: Option<u64>,
    path: &'a Path,
    path_text: &'a str,
    code: &'static str,
    severity: Severity,
    params: &'a Params,
    message: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<&'a str>,
}

/// The issues with their messages as positions in the returned table of distinct messages.
fn share<'a>(issues: &'a [BatchIssue]) -> (Vec<SharedIssue<'a>>, Vec<&'a str>) {
    let mut messages = Vec::new();
    let mut position: HashMap<&str, usize> = HashMap::new();
    let issues = issues
        .iter()
        .map(|issue| {
            let message = *position.entry(&issue.message).or_insert_with(|| {
                messages.push(issue.message.as_str());
                messages.len() - 1
            });
            SharedIssue {
                row: issue.row,
                path: &issue.path,
                path_text: &issue.path_text,
                code: issue.code,
                severity: issue.severity,
                params: &issue.params,
                message,
                column: issue.column.as_deref(),
            }
        })
        .collect();
    (issues, messages)
}

/// `{"issues":[...],"messages":[...]}`: a list of issues (as [`BatchValidator::take_issues`]
/// gives them) with each distinct message written once, as in
/// [`BatchReport::to_json_sharing_messages`].
///
/// [`BatchValidator::take_issues`]: super::BatchValidator::take_issues
pub fn issues_json_sharing_messages(issues: &[BatchIssue]) -> String {
    #[derive(Serialize)]
    struct List<'a> {
        issues: Vec<SharedIssue<'a>>,
        messages: Vec<&'a str>,
    }
    let (issues, messages) = share(issues);
    serde_json::to_string(&List { issues, messages })
        .unwrap_or_else(|_| String::from("{\"issues\":[],\"messages\":[]}"))
}

impl BatchReport {
    /// [`BatchReport::to_json`] with each distinct message written once: each issue's
    /// `message` is its message's position in `messages`, a last key holding the texts (in the
    /// order first met). Putting the texts back in their issues and removing `messages` gives
    /// the report of [`BatchReport::to_json`].
    pub fn to_json_sharing_messages(&self) -> String {
        let (issues, messages) = share(&self.issues);
        let shared = Shared {
            kind: self.kind,
            format: self.format,
            valid: self.valid,
            totals: &self.totals,
            by_code: &self.by_code,
            by_field: &self.by_field,
            by_field_omitted: self.by_field_omitted,
            issue_offset: self.issue_offset,
            max_issues: self.max_issues,
            issues,
            next_offset: self.next_offset,
            messages,
        };
        serde_json::to_string(&shared).unwrap_or_else(|_| String::from("{\"valid\":false}"))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::issues_json_sharing_messages;
    use crate::batch::{validate_batch, BatchOptions, Format};
    use crate::date::Date;
    use crate::model::RecordKind;
    use crate::options::Options;

    /// `shared` with each issue's message put back from `messages`, and `messages` removed.
    fn put_back(mut shared: Value) -> Value {
        let messages = shared.as_object_mut().unwrap().remove("messages").unwrap();
        for issue in shared["issues"].as_array_mut().unwrap() {
            let at = issue["message"].as_u64().unwrap() as usize;
            issue["message"] = messages[at].clone();
        }
        shared
    }

    #[test]
    fn putting_the_messages_back_gives_the_report() {
        let mut o = BatchOptions::new(Options::new(Date::new(2026, 1, 1).unwrap()));
        o.max_issues = u64::MAX;
        for (format, text) in [
            (
                Format::Ndjson,
                "{\"codeSet\":7}\n{\"codeSet\":8}\n{}\n[\n{\"wardCode\":1}\n",
            ),
            (Format::Csv, "Mã tỉnh,Mã xã,Khác\n01,x,1\n99,00004,\n"),
            (Format::JsonArray, "[{\"codeSet\":\"2025\"},,"),
            (Format::Ndjson, ""),
        ] {
            o.format = format;
            let report = validate_batch(RecordKind::Address, text, &o);
            let shared: Value = serde_json::from_str(&report.to_json_sharing_messages()).unwrap();
            let messages = shared["messages"].as_array().unwrap().len();
            let distinct: std::collections::BTreeSet<_> =
                report.issues.iter().map(|i| &i.message).collect();
            assert_eq!(messages, distinct.len(), "{text}");
            // The same keys in the same order, the same values.
            let back = serde_json::to_string(&put_back(shared)).unwrap();
            assert_eq!(back, report.to_json(), "{text}");
            let list: Value =
                serde_json::from_str(&issues_json_sharing_messages(&report.issues)).unwrap();
            let issues = serde_json::to_string(&put_back(list)["issues"]).unwrap();
            assert_eq!(issues, serde_json::to_string(&report.issues).unwrap());
        }
    }
}
