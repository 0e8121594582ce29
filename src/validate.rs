//! The validation pipeline shared by every record type: JSON text or value → intake → rules →
//! sorted [`Report`]; and the dispatch by [`RecordKind`], generated from the registry
//! ([`crate::model::kinds`]).

use serde_json::Value;

use crate::intake::{
    read_record, read_text_in_order, record_too_large, Fallback, Intake, Json, KeyOrder,
    MAX_RECORD_BYTES,
};
use crate::issue::{Issue, Path};
pub use crate::model::RecordKind;
use crate::options::Options;
use crate::report::Report;
use crate::rules::check::Check;
pub use crate::rules::Validated;
pub use field::{validate_field, MAX_FIELD_DEPTH};

mod field;

/// Validates JSON text (invalid JSON gets a `json_invalid` issue with line and column).
///
/// ```
/// use ctxh::{date::Date, options::Options, validate::validate_json, model::address::Address};
/// let opts = Options::new(Date::parse_iso("2026-01-01").unwrap());
/// let r = validate_json::<Address>("{\"codeSet\": 2025", &opts);
/// assert_eq!(r.codes(), ["json_invalid"]);
/// ```
pub fn validate_json<T: Validated>(text: &str, opts: &Options) -> Report {
    Report::new(issues_of_text::<T>(text, opts, Path::root()), opts.lang)
}

/// Validates an untrusted `serde_json::Value`.
pub fn validate_value<T: Validated>(value: &Value, opts: &Options) -> Report {
    Report::new(
        issues_of::<T>(&Json::from_value(value), opts, Path::root()),
        opts.lang,
    )
}

/// The unsorted issues of an untrusted JSON tree whose paths start at `base`.
pub fn issues_of<T: Validated>(value: &Json<'_>, opts: &Options, base: Path) -> Vec<Issue> {
    let mut intake = Intake::at(base);
    let record = T::from_json(value, &mut intake);
    checked(intake, record.as_ref(), opts)
}

/// The unsorted issues of a record's JSON text, with paths starting at `base`: the issues of
/// [`issues_of`] for its tree, or the one issue that stops it (`record_too_large`,
/// `json_invalid`, `nesting_too_deep`).
///
/// The record is read straight from the text into its type ([`crate::intake::read_text`]); text outside the
/// reader's subset (an escape in a key, a syntax error...) is read through the tree instead, so
/// the answer is the same either way.
pub fn issues_of_text<T: Validated>(text: &str, opts: &Options, base: Path) -> Vec<Issue> {
    issues_of_text_in::<T>(text, opts, base, &mut None, &mut KeyOrder::default())
}

/// [`issues_of_text`] reading the record into `record`, which may hold the record read before
/// (its buffers are reused: see [`read_text`]), expecting its keys in the order of `keys`.
fn issues_of_text_in<T: Validated>(
    text: &str,
    opts: &Options,
    base: Path,
    record: &mut Option<T>,
    keys: &mut KeyOrder,
) -> Vec<Issue> {
    if text.len() > MAX_RECORD_BYTES {
        return vec![record_too_large()];
    }
    let mut intake = Intake::at(base);
    match read_text_in_order::<T>(text, &mut intake, record, keys) {
        Ok(()) => checked(intake, record.as_ref(), opts),
        Err(Fallback) => match read_record(text) {
            Ok(json) => issues_of::<T>(&json, opts, intake.finish_at().2),
            Err(issue) => vec![issue],
        },
    }
}

/// The record last read by a batch, kept so that the next row reads into it and reuses its
/// buffers (a string per field, a list per list), and the order of its keys, which the next row
/// is expected to follow ([`KeyOrder`]): see [`RecordKind::issues_of_text_reusing`].
#[derive(Default)]
pub struct RecordScratch {
    record: Option<Box<dyn std::any::Any + Send>>,
    keys: KeyOrder,
}

impl std::fmt::Debug for RecordScratch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecordScratch")
    }
}

impl RecordScratch {
    /// The slot for a record of type `T` (emptied when it held another type).
    fn slot<T: Send + 'static>(&mut self) -> Option<(&mut Option<T>, &mut KeyOrder)> {
        let held = self.record.get_or_insert_with(|| Box::new(None::<T>));
        if !held.is::<Option<T>>() {
            *held = Box::new(None::<T>);
            self.keys = KeyOrder::default();
        }
        Some((held.downcast_mut()?, &mut self.keys))
    }
}

/// [`issues_of_text`] reading into the record kept in `scratch`.
fn issues_of_text_reusing<T: Validated + Send + 'static>(
    text: &str,
    opts: &Options,
    base: Path,
    scratch: &mut RecordScratch,
) -> Vec<Issue> {
    match scratch.slot::<T>() {
        Some((record, keys)) => issues_of_text_in(text, opts, base, record, keys),
        None => issues_of_text::<T>(text, opts, base),
    }
}

/// The intake's issues, then the rules' issues of the record it read (those below a value
/// intake rejected left out).
fn checked<T: Validated>(intake: Intake, record: Option<&T>, opts: &Options) -> Vec<Issue> {
    let (mut issues, rejected, mut base) = intake.finish_at();
    if let Some(record) = record {
        let mut found = rule_issues(record, opts, &mut base);
        rejected.filter(&mut found);
        issues.extend(found);
    }
    issues
}

/// The issues of a typed record's field limits and rules, with paths starting at `base`.
fn rule_issues<T: Validated>(record: &T, opts: &Options, base: &mut Path) -> Vec<Issue> {
    let mut cx = Check::new(opts);
    record.check(&mut cx, base);
    let mut found = cx.into_issues();
    if T::HAS_LIMITS {
        // The limits push each field's segment on `base` and pop it again.
        record.limit_issues(base, &mut found);
    }
    found
}

/// Validates a typed record (built in Rust, so no intake issues are possible).
pub fn validate_record<T: Validated>(record: &T, opts: &Options) -> Report {
    Report::new(rule_issues(record, opts, &mut Path::root()), opts.lang)
}

/// The issues of `value` read as a record of `kind`, with paths starting at `base`: the
/// registry's dispatch, one arm per kind.
macro_rules! dispatch_record_kinds {
    ($($variant:ident = $name:literal, $ty:path, $vi:literal, $en:literal;)*) => {
        fn kind_issues(kind: RecordKind, value: &Json<'_>, opts: &Options, base: Path) -> Vec<Issue> {
            match kind {
                $(RecordKind::$variant => issues_of::<$ty>(value, opts, base),)*
            }
        }

        fn kind_issues_text(kind: RecordKind, text: &str, opts: &Options, base: Path) -> Vec<Issue> {
            match kind {
                $(RecordKind::$variant => issues_of_text::<$ty>(text, opts, base),)*
            }
        }

        fn kind_issues_text_reusing(
            kind: RecordKind,
            text: &str,
            opts: &Options,
            base: Path,
            scratch: &mut RecordScratch,
        ) -> Vec<Issue> {
            match kind {
                $(RecordKind::$variant => issues_of_text_reusing::<$ty>(text, opts, base, scratch),)*
            }
        }

        fn kind_read_back(kind: RecordKind, value: &Json<'_>) -> Option<String> {
            match kind {
                $(RecordKind::$variant => read_back::<$ty>(value),)*
            }
        }
    };
}

/// The record as intake reads it, written back as JSON (see [`RecordKind::read_back`]).
fn read_back<T: Validated + serde::Serialize>(value: &Json<'_>) -> Option<String> {
    let record = T::from_json(value, &mut Intake::new())?;
    serde_json::to_string(&record).ok()
}

crate::for_each_record_kind!(dispatch_record_kinds);

/// Validation by kind name, for the JavaScript API, batch files and the command line.
impl RecordKind {
    /// The unsorted issues of an untrusted JSON tree read as this kind, with paths starting at
    /// `base` (for records nested in a batch).
    pub fn issues_of(self, value: &Json<'_>, opts: &Options, base: Path) -> Vec<Issue> {
        kind_issues(self, value, opts, base)
    }

    /// The unsorted issues of a record's JSON text read as this kind (see [`issues_of_text`]),
    /// with paths starting at `base`.
    pub fn issues_of_text(self, text: &str, opts: &Options, base: Path) -> Vec<Issue> {
        kind_issues_text(self, text, opts, base)
    }

    /// [`RecordKind::issues_of_text`] for one row of many: the record is read into the one
    /// kept in `scratch` from the row before, reusing its buffers (the same issues as a fresh
    /// read).
    pub fn issues_of_text_reusing(
        self,
        text: &str,
        opts: &Options,
        base: Path,
        scratch: &mut RecordScratch,
    ) -> Vec<Issue> {
        kind_issues_text_reusing(self, text, opts, base, scratch)
    }

    /// The record as this kind's intake reads it, written back as compact JSON: only the
    /// fields it knows, `null`s left out, values it could not use dropped. For a record whose
    /// report has no intake issue, validating this text gives the same report (a property test
    /// checks it). `None` when the value is not an object.
    ///
    /// ```
    /// use ctxh::model::RecordKind;
    /// use ctxh::intake::Json;
    /// let json = Json::parse(r#"{"wardCode": "00004", "street": null, "codeSet": "2025"}"#).unwrap();
    /// let back = RecordKind::Address.read_back(&json).unwrap();
    /// assert_eq!(back, r#"{"codeSet":"2025","wardCode":"00004"}"#);
    /// ```
    pub fn read_back(self, value: &Json<'_>) -> Option<String> {
        kind_read_back(self, value)
    }

    /// [`validate_value`] for this kind.
    pub fn validate_value(self, value: &Value, opts: &Options) -> Report {
        Report::new(
            self.issues_of(&Json::from_value(value), opts, Path::root()),
            opts.lang,
        )
    }

    /// [`validate_json`] for this kind.
    pub fn validate_json(self, text: &str, opts: &Options) -> Report {
        Report::new(self.issues_of_text(text, opts, Path::root()), opts.lang)
    }

    /// [`RecordKind::validate_field`] with the value and the record given as JSON text (absent:
    /// `None`), as the JavaScript API receives them: text over the record size limit is
    /// `record_too_large`, unreadable text `json_invalid` (or `nesting_too_deep`).
    pub fn validate_field_json(
        self,
        path: &str,
        value: Option<&str>,
        record: Option<&str>,
        opts: &Options,
    ) -> Report {
        field::field_report_text(path, value, record, opts, |json| {
            self.issues_of(json, opts, Path::root())
        })
    }

    /// [`validate_field`] for this kind.
    pub fn validate_field(
        self,
        path: &str,
        value: Value,
        record: Option<&Value>,
        opts: &Options,
    ) -> Report {
        field::field_report_value(path, &value, record, opts, |json| {
            self.issues_of(json, opts, Path::root())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn field_limits_are_checked_at_every_depth_from_the_declarations() {
        use crate::intake::Limited;
        use crate::model::staff::StaffMember;
        const {
            assert!(<StaffMember as Limited>::HAS_LIMITS);
            assert!(!<crate::model::identifiers::PersonIdentifier as Limited>::HAS_LIMITS);
        }
        let opts = Options::new(crate::date::Date::new(2026, 1, 1).unwrap()).draft();
        let long = "x".repeat(301);
        let staff = json!({
            "qualifications": [{ "institution": "ok" }, { "institution": long }],
            "titleAppointments": [{ "salaryStep": 13, "coefficient": 10.5 }],
            "person": { "address": { "street": "y".repeat(501) } }
        });
        let r = RecordKind::Staff.validate_value(&staff, &opts);
        let limits: Vec<_> = r
            .issues
            .iter()
            .filter(|i| matches!(i.code, "text_length" | "number_out_of_range"))
            .map(|i| {
                (
                    i.path_text.as_str(),
                    serde_json::to_string(&i.params).unwrap(),
                )
            })
            .collect();
        assert_eq!(
            limits,
            [
                ("person.address.street", r#"{"max":500,"min":0}"#.to_owned()),
                (
                    "qualifications[1].institution",
                    r#"{"max":300,"min":0}"#.to_owned()
                ),
                (
                    "titleAppointments[0].coefficient",
                    r#"{"max":"10","min":"1"}"#.to_owned()
                ),
                (
                    "titleAppointments[0].salaryStep",
                    r#"{"max":12,"min":1}"#.to_owned()
                ),
            ]
        );
    }
}
