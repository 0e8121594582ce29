//! Validating one field as the user types it: the value is put at its path inside the record
//! (both as a borrowed [`Json`] tree: no copy of the record, no `serde_json::Value` built from
//! text), the whole record is checked, and only the issues at or below the field are kept.

use std::borrow::Cow;

use serde_json::Value;

use super::{issues_of, Validated};
use crate::intake::{json_error, Json, MAX_RECORD_BYTES};
use crate::issue::{Issue, Path, Segment};
use crate::options::Options;
use crate::report::Report;

/// The most segments a field path may have in [`validate_field`].
pub const MAX_FIELD_DEPTH: usize = 32;

/// The highest array index a field path may name (the record is padded up to it).
const MAX_FIELD_INDEX: usize = 10_000;

/// Validates one field as the user types it: `value` is put at `path` (dotted form,
/// `qualifications[0].level`) inside `record` (or an empty record), the whole record is checked
/// (so cross-field rules apply), and only issues at or below `path` are kept.
///
/// An unusable path gets a `field_path_invalid` issue.
pub fn validate_field<T: Validated>(
    path: &str,
    value: Value,
    record: Option<&Value>,
    opts: &Options,
) -> Report {
    field_report_value(path, &value, record, opts, |json| {
        issues_of::<T>(json, opts, Path::root())
    })
}

/// [`field_report`] of a value and a record given as `serde_json::Value`s (read as borrowed
/// trees).
pub(super) fn field_report_value(
    path: &str,
    value: &Value,
    record: Option<&Value>,
    opts: &Options,
    issues: impl FnOnce(&Json<'_>) -> Vec<Issue>,
) -> Report {
    let record = record.map(Json::from_value);
    field_report(path, Json::from_value(value), record, opts, issues)
}

/// The value and the record of a field check given as JSON text (absent: `None`), read as
/// borrowed trees and handed to `check` (see [`field_report`]); text over the record size
/// limit is `record_too_large`, unreadable text `json_invalid` (or `nesting_too_deep`), as for
/// a whole record.
pub(super) fn field_report_text(
    path: &str,
    value: Option<&str>,
    record: Option<&str>,
    opts: &Options,
    issues: impl FnOnce(&Json<'_>) -> Vec<Issue>,
) -> Report {
    match (read(value), read(record)) {
        (Ok(value), Ok(record)) => {
            field_report(path, value.unwrap_or(Json::Null), record, opts, issues)
        }
        (Err(issue), _) | (_, Err(issue)) => Report::new(vec![issue], opts.lang),
    }
}

/// A value or record given as text, read as a tree (`None`: absent).
#[allow(clippy::result_large_err)] // the issue is returned once, for unreadable text
fn read(text: Option<&str>) -> Result<Option<Json<'_>>, Issue> {
    let Some(text) = text else {
        return Ok(None);
    };
    if text.len() > MAX_RECORD_BYTES {
        return Err(
            Issue::error(Path::root(), "record_too_large").with("maxBytes", MAX_RECORD_BYTES)
        );
    }
    Json::parse(text).map(Some).map_err(|e| json_error(&e))
}

/// The report of `value` placed at `path` in `record`, the record's issues computed by
/// `issues` and kept when they concern the field.
pub(super) fn field_report<'a>(
    path: &str,
    value: Json<'a>,
    record: Option<Json<'a>>,
    opts: &Options,
    issues: impl FnOnce(&Json<'_>) -> Vec<Issue>,
) -> Report {
    // No record is deeper than a few levels; a longer path is refused before it is built
    // (placing a value thousands of levels deep would exhaust the stack).
    let usable = |p: &Path| !p.segments().is_empty() && p.segments().len() <= MAX_FIELD_DEPTH;
    let Some(target) = Path::parse_dotted(path).filter(usable) else {
        let issue = Issue::error(Path::root(), "field_path_invalid");
        return Report::new(vec![issue], opts.lang);
    };
    let mut root = match record {
        Some(object @ Json::Object(_)) => object,
        None | Some(Json::Null) => Json::Object(Vec::new()),
        Some(_) => {
            // A record that is not an object cannot hold the field: say so, don't ignore it.
            let issue = Issue::error(Path::root(), "type_invalid").with("expected", "object");
            return Report::new(vec![issue], opts.lang);
        }
    };
    if !place(&mut root, target.segments(), value) {
        let issue = Issue::error(Path::root(), "field_path_invalid");
        return Report::new(vec![issue], opts.lang);
    }
    let mut issues = issues(&root);
    // Keep the issues at or below the field, and those that make the field unusable: an
    // ancestor that is not a field of the record (or not of the right type).
    issues.retain(|i| {
        i.path.starts_with(&target)
            || (target.starts_with(&i.path) && matches!(i.code, "unknown_field" | "type_invalid"))
    });
    Report::new(issues, opts.lang)
}

/// Puts `value` at `segments` inside `root`, creating objects and padding arrays on the way.
/// A key the object holds more than once is set where intake reads it: its first entry.
fn place<'a>(root: &mut Json<'a>, segments: &[Segment], value: Json<'a>) -> bool {
    let Some((first, rest)) = segments.split_first() else {
        *root = value;
        return true;
    };
    if matches!(root, Json::Null) {
        *root = match first {
            Segment::Key(_) => Json::Object(Vec::new()),
            Segment::Index(_) => Json::Array(Vec::new()),
        };
    }
    let child = match (first, root) {
        (Segment::Key(k), Json::Object(entries)) => {
            match entries.iter().position(|(key, _)| key == k) {
                Some(at) => &mut entries[at].1,
                None => {
                    entries.push((Cow::Owned(k.to_string()), Json::Null));
                    &mut entries.last_mut().expect("an entry was just pushed").1
                }
            }
        }
        (Segment::Index(i), Json::Array(items)) => {
            if *i > MAX_FIELD_INDEX {
                return false;
            }
            while items.len() <= *i {
                items.push(Json::Object(Vec::new()));
            }
            &mut items[*i]
        }
        _ => return false,
    };
    place(child, rest, value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::address::Address;
    use serde_json::json;

    /// `record` with `value` placed at `path`, if it can be.
    fn placed(record: &str, path: &str, value: &str) -> Option<Json<'static>> {
        let mut root = Json::parse(record).unwrap().into_owned();
        let path = Path::parse_dotted(path).unwrap();
        let value = Json::parse(value).unwrap().into_owned();
        place(&mut root, path.segments(), value).then_some(root)
    }

    fn tree(text: &str) -> Option<Json<'static>> {
        Some(Json::parse(text).unwrap().into_owned())
    }

    #[test]
    fn place_creates_objects_and_pads_arrays() {
        assert_eq!(
            placed(r#"{"a": {"x": 1}}"#, "a.list[2].name", r#""v""#),
            tree(r#"{"a": {"x": 1, "list": [{}, {}, {"name": "v"}]}}"#)
        );
        assert_eq!(placed(r#"{"a": 5}"#, "a.b", "1"), None);
        assert_eq!(placed(r#"{"a": [1]}"#, "a.b", "1"), None);
        assert_eq!(placed(r#"{"a": {}}"#, "a[0]", "1"), None);
        assert_eq!(placed("{}", "a[100000000]", "1"), None);
        assert_eq!(
            placed(r#"{"a": null}"#, "a[1]", "true"),
            tree(r#"{"a": [{}, true]}"#)
        );
    }

    #[test]
    fn a_key_given_twice_is_set_where_intake_reads_it() {
        assert_eq!(
            placed(r#"{"a": 1, "b": 2, "a": 3}"#, "a", "9"),
            placed(r#"{"a": 9, "b": 2, "a": 3}"#, "b", "2")
        );
        let opts = Options::new(crate::date::Date::new(2026, 1, 1).unwrap());
        let record = r#"{"codeSet":"2025","wardCode":"00004","wardCode":"x"}"#;
        let r = field_report_text("wardCode", Some("7"), Some(record), &opts, |json| {
            issues_of::<Address>(json, &opts, Path::root())
        });
        assert_eq!(r.codes(), ["duplicate_field", "type_invalid"]);
    }

    #[test]
    fn field_validation_keeps_only_the_field() {
        let opts = Options::new(crate::date::Date::new(2026, 1, 1).unwrap());
        let r = validate_field::<Address>("wardCode", json!(7), None, &opts);
        assert_eq!(r.codes(), ["type_invalid"]);
        assert!(r.issues.iter().all(|i| i.path_text == "wardCode"));
        let r = validate_field::<Address>("", json!(7), None, &opts);
        assert_eq!(r.codes(), ["field_path_invalid"]);
        let r = validate_field::<Address>("wardCode", json!("00004"), Some(&json!([1])), &opts);
        assert_eq!(r.codes(), ["type_invalid"]);
        assert_eq!(r.issues[0].path_text, "");
        let r = validate_field::<Address>("wardCode", json!(7), Some(&Value::Null), &opts);
        assert_eq!(r.codes(), ["type_invalid"]);
        assert_eq!(r.issues[0].path_text, "wardCode");
    }

    #[test]
    fn a_lone_surrogate_in_the_value_is_reported_at_the_field() {
        let opts = Options::new(crate::date::Date::new(2026, 1, 1).unwrap());
        let r = field_report_text("street", Some(r#""a\ud800""#), None, &opts, |json| {
            issues_of::<Address>(json, &opts, Path::root())
        });
        assert_eq!(r.issues.len(), 1);
        assert_eq!(r.issues[0].path_text, "street");
        assert_eq!(r.codes(), ["text_encoding_invalid"]);
    }
}
