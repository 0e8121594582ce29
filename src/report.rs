//! Reports: issues sorted, de-duplicated, capped and rendered in one language.
//!
//! A [`Report`] is what every validation returns: `{ valid, issues: [{ path, pathText, code,
//! severity, params, message }] }`. Messages come from the rule catalogue
//! ([`crate::rules::catalog`]) with their `{param}` slots filled; they never hold a value the
//! user typed.

use serde::Serialize;

use crate::i18n::{fill_in, Lang};
use crate::issue::{Issue, Params, Path, Severity};
use crate::rules::catalog;

/// An issue as reported: with the dotted path and the message in the requested language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportedIssue {
    /// Path segments from the root, in wire names: `["members", 2, "phone"]`.
    pub path: Path,
    /// The same path in dotted form: `members[2].phone`.
    pub path_text: String,
    /// The stable rule code.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Rule constants used by the message.
    pub params: Params,
    /// The message, from the catalogue of the requested language.
    pub message: String,
}

impl ReportedIssue {
    /// Renders one issue in `lang`.
    pub fn new(issue: Issue, lang: Lang) -> Self {
        ReportedIssue {
            path_text: issue.path.to_string(),
            message: render(issue.code, &issue.params, lang),
            path: issue.path,
            code: issue.code,
            severity: issue.severity,
            params: issue.params,
        }
    }
}

/// Renders the message for `code` in `lang`, filling `{name}` slots from `params`.
///
/// An unknown code renders as the code itself (a test makes sure every emitted code is known).
pub fn render(code: &str, params: &Params, lang: Lang) -> String {
    match catalog::message(code, lang) {
        Some(template) => fill_in(template, params, lang),
        None => code.to_owned(),
    }
}

/// The most issues a report lists; a record with more (a hostile or badly broken file) gets the
/// first ones in report order and a `too_many_issues` issue counting the rest, so that a report
/// stays small enough to show and to send.
pub const MAX_ISSUES: usize = 200;

/// The issues of one record as a report lists them, before rendering: sorted, de-duplicated and
/// capped at [`MAX_ISSUES`] (an extra `too_many_issues` issue at the root counts the rest); and
/// whether the record is valid, decided on all issues, kept or not. [`Report::new`] renders
/// these; a batch (the collection layer) tallies them and renders
/// only the messages it lists.
pub fn settle(mut issues: Vec<Issue>) -> (bool, Vec<Issue>) {
    if issues.is_empty() {
        return (true, issues);
    }
    issues.sort_by(Issue::compare);
    issues.dedup();
    let valid = issues.iter().all(|i| i.severity != Severity::Error);
    if issues.len() > MAX_ISSUES {
        let left_out = issues.split_off(MAX_ISSUES);
        let severity = if left_out.iter().any(|i| i.severity == Severity::Error) {
            Severity::Error
        } else {
            Severity::Warning
        };
        let mut summary = Issue::error(Path::root(), "too_many_issues")
            .with("limit", MAX_ISSUES)
            .with("omitted", left_out.len());
        summary.severity = severity;
        issues.insert(0, summary);
    }
    (valid, issues)
}

/// The result of a validation: `valid` is true when no issue is an error.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// True when there is no issue of severity error (warnings allowed).
    pub valid: bool,
    /// The issues, sorted by path, then code.
    pub issues: Vec<ReportedIssue>,
}

impl Report {
    /// Sorts and de-duplicates `issues`, keeps the first [`MAX_ISSUES`] (an extra
    /// `too_many_issues` issue at the root counts the rest) and renders the messages in `lang`.
    /// `valid` is decided on all issues, kept or not.
    pub fn new(issues: Vec<Issue>, lang: Lang) -> Self {
        let (valid, issues) = settle(issues);
        let issues = issues
            .into_iter()
            .map(|i| ReportedIssue::new(i, lang))
            .collect();
        Report { valid, issues }
    }

    /// The report as compact JSON text (the same bytes natively and in WebAssembly).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_else(|_| String::from("{\"valid\":false,\"issues\":[]}"))
    }

    /// The codes of all issues, in report order.
    pub fn codes(&self) -> Vec<&'static str> {
        self.issues.iter().map(|i| i.code).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::ParamValue;

    #[test]
    fn reports_sort_dedup_and_decide_validity() {
        let a = Path::root().key("b");
        let z = Path::root().key("a").index(10);
        let y = Path::root().key("a").index(2);
        let issues = vec![
            Issue::warning(a.clone(), "required"),
            Issue::error(z.clone(), "type_invalid"),
            Issue::error(y.clone(), "unknown_field"),
            Issue::error(y.clone(), "type_invalid"),
            Issue::error(z.clone(), "type_invalid"),
        ];
        let r = Report::new(issues, Lang::En);
        let order: Vec<_> = r
            .issues
            .iter()
            .map(|i| (i.path_text.as_str(), i.code))
            .collect();
        assert_eq!(
            order,
            [
                ("a[2]", "type_invalid"),
                ("a[2]", "unknown_field"),
                ("a[10]", "type_invalid"),
                ("b", "required")
            ]
        );
        assert!(!r.valid);
        let warn_only = Report::new(vec![Issue::warning(a, "required")], Lang::Vi);
        assert!(warn_only.valid);
        assert_eq!(warn_only.issues[0].message, "Thông tin bắt buộc.");
    }

    #[test]
    fn long_reports_are_capped_with_a_count_of_the_rest() {
        let many: Vec<Issue> = (0..MAX_ISSUES + 5)
            .map(|i| Issue::warning(Path::root().key("list").index(i), "required"))
            .chain([Issue::error(Path::root().key("z"), "type_invalid")])
            .collect();
        let r = Report::new(many, Lang::En);
        assert_eq!(r.issues.len(), MAX_ISSUES + 1);
        assert_eq!(r.issues[0].code, "too_many_issues");
        assert_eq!(r.issues[0].params.get("omitted"), Some(&ParamValue::Int(6)));
        assert_eq!(
            r.issues[0].severity,
            Severity::Error,
            "an omitted error keeps the summary an error"
        );
        assert!(!r.valid, "validity counts the omitted issues");
        assert_eq!(r.issues[1].path_text, "list[0]");
        let exact: Vec<Issue> = (0..MAX_ISSUES)
            .map(|i| Issue::warning(Path::root().index(i), "required"))
            .collect();
        assert_eq!(Report::new(exact, Lang::En).issues.len(), MAX_ISSUES);
    }

    #[test]
    fn issues_with_equal_paths_and_codes_order_by_params() {
        let p = Path::root().key("a");
        let nine = Issue::error(p.clone(), "number_out_of_range").with("max", 9i64);
        let ten = Issue::error(p, "number_out_of_range").with("max", 10i64);
        let r = Report::new(vec![ten.clone(), nine.clone()], Lang::En);
        let again = Report::new(vec![nine, ten], Lang::En);
        assert_eq!(r, again, "the order does not depend on the input order");
        assert_eq!(r.issues.len(), 2);
    }
}
