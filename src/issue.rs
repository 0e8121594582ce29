//! Issues and reports: what every validation returns.
//!
//! An [`Issue`] says *where* (a [`Path`] in wire names), *what* (a stable snake_case code), *how
//! bad* ([`Severity`]) and *with which rule constants* ([`Params`]). It never holds the value the
//! user typed: personal data must not leak into logs or error trackers. Issues are sorted,
//! capped and rendered in a language by [`crate::report`].

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use smallvec::SmallVec;

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
///
/// A path of up to [`INLINE_SEGMENTS`] segments lives inline (no heap allocation): rules make a
/// path for every field they look at, and record paths are a few segments deep.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path(SmallVec<[Segment; INLINE_SEGMENTS]>);

/// How many segments a [`Path`] holds without allocating.
pub const INLINE_SEGMENTS: usize = 5;

impl Path {
    /// The record itself.
    pub fn root() -> Self {
        Path(SmallVec::new())
    }

    /// This path followed by an object key.
    pub fn key(mut self, key: impl Into<Cow<'static, str>>) -> Self {
        self.0.push(Segment::Key(key.into()));
        self
    }

    /// A new path: this one followed by an object key.
    pub fn child(&self, key: &'static str) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(Cow::Borrowed(key)));
        Path(segments)
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

    /// Report order: keys by name, indices by number, a parent before its children.
    pub fn compare(&self, other: &Path) -> Ordering {
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
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    /// Report order: by path (keys by name, indices by number, a parent before its children),
    /// then code, severity and parameters.
    pub fn compare(&self, other: &Issue) -> Ordering {
        self.path
            .compare(&other.path)
            .then_with(|| self.code.cmp(other.code))
            .then_with(|| self.severity.cmp(&other.severity))
            .then_with(|| self.params.cmp(&other.params))
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
