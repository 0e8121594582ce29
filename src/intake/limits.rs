//! Field limits from [`crate::meta`], checked on a record's values: `text_length` for texts
//! (counted in Unicode scalar values) and `number_out_of_range` for numbers.
//!
//! The limits are data ([`Limit`], declared with `where length ..` / `where range ..` in
//! [`record!`](crate::record)). [`Limited::limit_issues`] walks a whole record, nested records
//! and lists included, so the validation pipeline checks every limit of a record in one call
//! and a limit added to a field is checked wherever the field appears.

use std::borrow::Cow;

use crate::issue::{Issue, ParamValue, Path};
use crate::meta::Limit;

/// A value that may hold limited fields: every [`record!`](crate::record) type walks its
/// fields; lists walk their elements; scalars and code lists have nothing to check.
pub trait Limited {
    /// Whether the type has a limited field anywhere below it (known when compiling, so that
    /// walking a type without limits costs nothing).
    const HAS_LIMITS: bool;

    /// Adds an issue for every value at or below `path` that breaks its limit. Nested records
    /// push their segment onto `path` and pop it back, so no path is built unless a limit is
    /// broken; `path` is as it was when this returns.
    fn limit_issues(&self, path: &mut Path, out: &mut Vec<Issue>);
}

impl<T: Limited> Limited for Vec<T> {
    const HAS_LIMITS: bool = T::HAS_LIMITS;

    fn limit_issues(&self, path: &mut Path, out: &mut Vec<Issue>) {
        if T::HAS_LIMITS {
            for (i, item) in self.iter().enumerate() {
                path.push(crate::issue::Segment::Index(i));
                item.limit_issues(path, out);
                path.pop();
            }
        }
    }
}

/// Scalars: no field below them.
macro_rules! no_limits {
    ($($ty:ty),*) => {$(
        impl Limited for $ty {
            const HAS_LIMITS: bool = false;
            fn limit_issues(&self, _: &mut Path, _: &mut Vec<Issue>) {}
        }
    )*};
}

no_limits!(
    String,
    bool,
    u32,
    i64,
    f64,
    crate::date::Date,
    crate::date::PartialDate,
    crate::date::DateTime
);

/// A value a limit can measure.
pub trait Measure {
    /// The value's size: characters for a text, the number for a number.
    fn measure(&self) -> f64;
    /// How a limit of this value is written in an issue's params.
    fn limit_param(limit: f64) -> ParamValue;
}

impl Measure for String {
    fn measure(&self) -> f64 {
        self.chars().count() as f64
    }
    fn limit_param(limit: f64) -> ParamValue {
        ParamValue::Int(limit as i64)
    }
}

impl Measure for u32 {
    fn measure(&self) -> f64 {
        f64::from(*self)
    }
    fn limit_param(limit: f64) -> ParamValue {
        ParamValue::Int(limit as i64)
    }
}

impl Measure for f64 {
    fn measure(&self) -> f64 {
        *self
    }
    fn limit_param(limit: f64) -> ParamValue {
        ParamValue::Text(Cow::Owned(decimal(limit)))
    }
}

/// Adds `text_length` or `number_out_of_range` at `base.wire` when `value` breaks `limit`.
pub fn check_limit<V: Measure>(
    value: Option<&V>,
    limit: Limit,
    base: &Path,
    wire: &'static str,
    out: &mut Vec<Issue>,
) {
    let Some(value) = value else {
        return;
    };
    let (min, max, code) = match limit {
        Limit::Length { min, max } => (f64::from(min), f64::from(max), "text_length"),
        Limit::Range { min, max } => (min, max, "number_out_of_range"),
    };
    let measured = value.measure();
    if measured < min || measured > max {
        out.push(
            Issue::error(base.clone().key(wire), code)
                .with("min", V::limit_param(min))
                .with("max", V::limit_param(max)),
        );
    }
}

/// A rule limit such as `4.4` or `6.78` written with up to three decimals, without pulling
/// the general float formatter (about 14 KB of WebAssembly) into the browser bundle.
///
/// ```
/// assert_eq!(ctxh::intake::decimal(6.78), "6.78");
/// assert_eq!(ctxh::intake::decimal(-2.0), "-2");
/// ```
pub fn decimal(f: f64) -> String {
    if !f.is_finite() {
        return String::from("?");
    }
    let thousandths = (f.abs() * 1000.0).round() as u64;
    let mut out = String::new();
    if f < 0.0 && thousandths > 0 {
        out.push('-');
    }
    out.push_str(&(thousandths / 1000).to_string());
    let frac = thousandths % 1000;
    if frac > 0 {
        let digits = format!("{frac:03}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_like_rule_limits() {
        assert_eq!(decimal(4.4), "4.4");
        assert_eq!(decimal(6.78), "6.78");
        assert_eq!(decimal(2.0), "2");
        assert_eq!(decimal(-0.5), "-0.5");
        assert_eq!(decimal(0.0001), "0");
        assert_eq!(decimal(f64::NAN), "?");
    }

    #[test]
    fn limits_count_characters_and_keep_their_bounds() {
        let mut out = Vec::new();
        let base = Path::root().key("person");
        let length = Limit::Length { min: 2, max: 3 };
        check_limit(
            Some(&String::from("Hòa")),
            length,
            &base,
            "fullName",
            &mut out,
        );
        assert!(out.is_empty(), "3 characters (4 bytes) fit a 2..=3 limit");
        check_limit(
            Some(&String::from("H")),
            length,
            &base,
            "fullName",
            &mut out,
        );
        check_limit(None::<&String>, length, &base, "fullName", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].path.to_string(), "person.fullName");
        assert_eq!(out[0].code, "text_length");
        let range = Limit::Range {
            min: 1.0,
            max: 10.0,
        };
        check_limit(Some(&10.5f64), range, &base, "coefficient", &mut out);
        check_limit(Some(&13u32), range, &base, "salaryStep", &mut out);
        check_limit(Some(&10u32), range, &base, "salaryStep", &mut out);
        assert_eq!(out.len(), 3);
        assert_eq!(
            out[1].params.get("max"),
            Some(&ParamValue::Text("10".into()))
        );
        assert_eq!(out[2].params.get("max"), Some(&ParamValue::Int(10)));
    }
}
