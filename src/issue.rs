//! Issues and reports: what every validation returns.
//!
//! An [`Issue`] says *where* (a [`Path`] in wire names), *what* (a stable snake_case code), *how
//! bad* ([`Severity`]) and *with which rule constants* ([`Params`]). It never holds the value the
//! user typed: personal data must not leak into logs or error trackers. A [`Report`] is the sorted,
//! de-duplicated list of issues with their messages rendered in one language.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::i18n::{self, Lang};

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The record must not be submitted as it is.
    Error,
    /// Worth a look, but the record may be submitted (also: missing fields in draft mode).
    Warning,
}

/// One step of a [`Path`]: an object key (wire name) or an array index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// An object key, in its wire (camelCase) spelling.
    Key(Cow<'static, str>),
    /// A position in an array, from 0.
    Index(usize),
}

impl Segment {
    fn rank(&self, other: &Segment) -> Ordering {
        match (self, other) {
            (Segment::Index(a), Segment::Index(b)) => a.cmp(b),
            (Segment::Key(a), Segment::Key(b)) => a.cmp(b),
            (Segment::Index(_), Segment::Key(_)) => Ordering::Less,
            (Segment::Key(_), Segment::Index(_)) => Ordering::Greater,
        }
    }
}

impl Serialize for Segment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Segment::Key(k) => s.serialize_str(k),
            Segment::Index(i) => s.serialize_u64(*i as u64),
        }
    }
}

/// Where an issue is: the segments from the record's root, in wire names.
///
/// ```
/// use ctxh::issue::Path;
/// let p = Path::root().key("members").index(2).key("phone");
/// assert_eq!(p.to_string(), "members[2].phone");
/// assert_eq!(p.pointer(), "/members/2/phone");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The record itself.
    pub fn root() -> Self {
        Path(Vec::new())
    }

    /// This path followed by an object key.
    pub fn key(mut self, key: impl Into<Cow<'static, str>>) -> Self {
        self.0.push(Segment::Key(key.into()));
        self
    }

    /// This path followed by an array index.
    pub fn index(mut self, index: usize) -> Self {
        self.0.push(Segment::Index(index));
        self
    }

    /// Appends a segment in place (used while walking a record).
    pub fn push(&mut self, segment: Segment) {
        self.0.push(segment);
    }

    /// Removes the last segment in place.
    pub fn pop(&mut self) {
        self.0.pop();
    }

    /// The segments, root first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// Whether `self` is `prefix` or lies below it.
    pub fn starts_with(&self, prefix: &Path) -> bool {
        self.0.len() >= prefix.0.len() && self.0[..prefix.0.len()] == prefix.0[..]
    }

    /// The JSON Pointer form (RFC 6901): `/members/2/phone`; the root is `""`.
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.0 {
            out.push('/');
            match seg {
                Segment::Key(k) => out.push_str(&k.replace('~', "~0").replace('/', "~1")),
                Segment::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }

    /// Parses the dotted form (`members[2].phone`) back into a path. Returns `None` for text that
    /// is not a well-formed dotted path.
    pub fn parse_dotted(text: &str) -> Option<Path> {
        let mut path = Path::root();
        if text.is_empty() {
            return Some(path);
        }
        for part in text.split('.') {
            let (key, mut rest) = match part.find('[') {
                Some(i) => (&part[..i], &part[i..]),
                None => (part, ""),
            };
            if key.is_empty() && path.0.is_empty() && rest.is_empty() {
                return None;
            }
            if !key.is_empty() {
                path = path.key(key.to_owned());
            } else if rest.is_empty() {
                return None;
            }
            while !rest.is_empty() {
                let close = rest.find(']')?;
                let digits = rest.get(1..close)?;
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                path = path.index(digits.parse().ok()?);
                rest = &rest[close + 1..];
                if !rest.is_empty() && !rest.starts_with('[') {
                    return None;
                }
            }
        }
        Some(path)
    }

    fn compare(&self, other: &Path) -> Ordering {
        for (a, b) in self.0.iter().zip(&other.0) {
            let o = a.rank(b);
            if o != Ordering::Equal {
                return o;
            }
        }
        self.0.len().cmp(&other.0.len())
    }
}

/// The dotted form: `members[2].phone`; the root is the empty string.
impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for seg in &self.0 {
            match seg {
                Segment::Key(k) => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str(k)?;
                }
                Segment::Index(i) => write!(f, "[{i}]")?,
            }
            first = false;
        }
        Ok(())
    }
}

impl Serialize for Path {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for seg in &self.0 {
            seq.serialize_element(seg)?;
        }
        seq.end()
    }
}

/// A rule constant carried by an issue (a limit, an allowed list, a date the rule computed).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ParamValue {
    /// A whole number such as a length limit.
    Int(i64),
    /// A short text such as an expected type or a code from a reference list.
    Text(Cow<'static, str>),
    /// A list of texts, such as the allowed values of an enum.
    List(Vec<Cow<'static, str>>),
}

impl ParamValue {
    /// How the value reads inside a message.
    pub fn display(&self) -> String {
        match self {
            ParamValue::Int(i) => i.to_string(),
            ParamValue::Text(t) => t.to_string(),
            ParamValue::List(l) => l.join(", "),
        }
    }
}

impl Serialize for ParamValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamValue::Int(i) => s.serialize_i64(*i),
            ParamValue::Text(t) => s.serialize_str(t),
            ParamValue::List(l) => l.serialize(s),
        }
    }
}

impl From<i64> for ParamValue {
    fn from(v: i64) -> Self {
        ParamValue::Int(v)
    }
}
impl From<u32> for ParamValue {
    fn from(v: u32) -> Self {
        ParamValue::Int(i64::from(v))
    }
}
impl From<usize> for ParamValue {
    fn from(v: usize) -> Self {
        ParamValue::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<&'static str> for ParamValue {
    fn from(v: &'static str) -> Self {
        ParamValue::Text(Cow::Borrowed(v))
    }
}
impl From<String> for ParamValue {
    fn from(v: String) -> Self {
        ParamValue::Text(Cow::Owned(v))
    }
}
impl From<Vec<&'static str>> for ParamValue {
    fn from(v: Vec<&'static str>) -> Self {
        ParamValue::List(v.into_iter().map(Cow::Borrowed).collect())
    }
}

/// Named parameters of an issue, kept sorted by name so that output is deterministic.
///
/// They hold rule constants only, never a value the user typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Params(Vec<(&'static str, ParamValue)>);

impl Params {
    /// No parameters.
    pub fn new() -> Self {
        Params(Vec::new())
    }

    /// Adds (or replaces) a parameter.
    pub fn with(mut self, name: &'static str, value: impl Into<ParamValue>) -> Self {
        self.insert(name, value.into());
        self
    }

    /// Adds (or replaces) a parameter in place.
    pub fn insert(&mut self, name: &'static str, value: ParamValue) {
        match self.0.binary_search_by(|(n, _)| n.cmp(&name)) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (name, value)),
        }
    }

    /// Looks a parameter up by name.
    pub fn get(&self, name: &str) -> Option<&ParamValue> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The parameters in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &ParamValue)> {
        self.0.iter().map(|(n, v)| (*n, v))
    }
}

impl Serialize for Params {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// One finding of a validation, before it is rendered in a language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Issue {
    /// Where the issue is, in wire names.
    pub path: Path,
    /// The stable rule code (see the README's rules table).
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Rule constants for the message; never user values.
    pub params: Params,
}

impl Issue {
    /// An error at `path`.
    pub fn error(path: Path, code: &'static str) -> Self {
        Issue {
            path,
            code,
            severity: Severity::Error,
            params: Params::new(),
        }
    }

    /// A warning at `path`.
    pub fn warning(path: Path, code: &'static str) -> Self {
        Issue {
            path,
            code,
            severity: Severity::Warning,
            params: Params::new(),
        }
    }

    /// The same issue with one more parameter.
    pub fn with(mut self, name: &'static str, value: impl Into<ParamValue>) -> Self {
        self.params.insert(name, value.into());
        self
    }

    /// Adds a parameter in place (for use after `Check::error` / `Check::warning`).
    pub fn param(&mut self, name: &'static str, value: impl Into<ParamValue>) -> &mut Issue {
        self.params.insert(name, value.into());
        self
    }

    fn compare(&self, other: &Issue) -> Ordering {
        self.path
            .compare(&other.path)
            .then_with(|| self.code.cmp(other.code))
            .then_with(|| self.severity.cmp(&other.severity))
            .then_with(|| format!("{:?}", self.params).cmp(&format!("{:?}", other.params)))
    }
}

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

/// The most issues a report lists; a record with more (a hostile or badly broken file) gets the
/// first ones in report order and a `too_many_issues` issue counting the rest, so that a report
/// stays small enough to show and to send.
pub const MAX_ISSUES: usize = 200;

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
    pub fn new(mut issues: Vec<Issue>, lang: Lang) -> Self {
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
        let issues = issues
            .into_iter()
            .map(|i| ReportedIssue {
                path_text: i.path.to_string(),
                message: i18n::render(i.code, &i.params, lang),
                path: i.path,
                code: i.code,
                severity: i.severity,
                params: i.params,
            })
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

    #[test]
    fn dotted_paths_round_trip() {
        for text in ["", "a", "members[2].phone", "a[0][1].b", "x.y.z"] {
            let p = Path::parse_dotted(text).unwrap();
            assert_eq!(p.to_string(), text);
        }
        for bad in [".", "a.", ".a", "a[", "a[]", "a[x]", "a[1]b", "[1", "a..b"] {
            assert!(Path::parse_dotted(bad).is_none(), "{bad}");
        }
        assert_eq!(Path::parse_dotted("[3].a").unwrap().pointer(), "/3/a");
    }

    #[test]
    fn pointer_escapes_tilde_and_slash() {
        assert_eq!(Path::root().key("a/b").key("c~d").pointer(), "/a~1b/c~0d");
        assert_eq!(Path::root().pointer(), "");
    }

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
    fn params_stay_sorted_and_replace() {
        let p = Params::new()
            .with("max", 5i64)
            .with("min", 1i64)
            .with("max", 9i64);
        let names: Vec<_> = p.iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["max", "min"]);
        assert_eq!(p.get("max"), Some(&ParamValue::Int(9)));
        assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"max":9,"min":1}"#);
    }
}
