//! [`FromJson`] for strings, numbers, booleans, lists and dates.

use super::{FromJson, Intake, Json};
use crate::date::{Date, DateTime, PartialDate};
use crate::issue::Issue;

impl FromJson for String {
    const EXPECTED: &'static str = "string";
    fn from_text(
        reader: &mut super::Reader<'_>,
        cx: &mut Intake,
        slot: &mut Option<Self>,
    ) -> Result<(), super::Fallback> {
        *slot = match (reader.string()?, slot.take()) {
            // The common case: a string, in a text without the marker's first byte, copied
            // into the buffer of the string read before into this slot, if any.
            (Some((s, false)), Some(mut buffer)) => {
                buffer.clear();
                buffer.push_str(s);
                Some(buffer)
            }
            (Some((s, false)), None) => Some(s.to_owned()),
            (Some((s, true)), _) => Self::from_json(&Json::Str(s.into()), cx),
            (None, _) => Self::from_json(&reader.value()?, cx),
        };
        Ok(())
    }
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        match value {
            Json::Str(s) if super::has_unpaired_marker(s) => {
                // Half of a UTF-16 surrogate pair (see `Json::parse`): not text.
                cx.reject(Issue::error(cx.path(), "text_encoding_invalid"));
                None
            }
            Json::Str(s) => Some(s.to_string()),
            _ => {
                cx.wrong_type(Self::EXPECTED);
                None
            }
        }
    }
}

impl FromJson for bool {
    const EXPECTED: &'static str = "boolean";
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        match value {
            Json::Bool(b) => Some(*b),
            _ => {
                cx.wrong_type(Self::EXPECTED);
                None
            }
        }
    }
}

impl FromJson for i64 {
    const EXPECTED: &'static str = "integer";
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        let n = match *value {
            Json::Int(i) => Some(i),
            // 3.0 is an integer written with a fraction; 3.5, 1e300 and 2^64 are not usable.
            Json::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Some(f as i64),
            _ => None,
        };
        if n.is_none() {
            cx.wrong_type(Self::EXPECTED);
        }
        n
    }
}

impl FromJson for u32 {
    const EXPECTED: &'static str = "integer";
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        let n = i64::from_json(value, cx)?;
        match u32::try_from(n) {
            Ok(v) => Some(v),
            Err(_) => {
                let issue = Issue::error(cx.path(), "number_out_of_range")
                    .with("min", 0i64)
                    .with("max", i64::from(u32::MAX));
                cx.reject(issue);
                None
            }
        }
    }
}

impl FromJson for f64 {
    const EXPECTED: &'static str = "number";
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        let n = value.as_f64();
        if n.is_none() {
            cx.wrong_type(Self::EXPECTED);
        }
        n
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    const EXPECTED: &'static str = "array";
    crate::read_straight! {
        fn from_text(
            reader: &mut super::Reader<'_>,
            cx: &mut Intake,
            slot: &mut Option<Self>,
        ) -> Result<(), super::Fallback> {
            super::stream::list_from_text(reader, cx, slot)
        }
    }
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        let Json::Array(items) = value else {
            cx.wrong_type(Self::EXPECTED);
            return None;
        };
        if items.len() > super::MAX_LIST_ITEMS {
            // Only the first items are read: the list is reported, not silently cut.
            let issue =
                Issue::error(cx.path(), "list_too_long").with("maxItems", super::MAX_LIST_ITEMS);
            cx.push(issue);
        }
        let items = &items[..items.len().min(super::MAX_LIST_ITEMS)];
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match cx.element::<T>(i, item) {
                Some(v) => out.push(v),
                None => out.extend(T::placeholder()),
            }
        }
        Some(out)
    }
}

fn text<'v>(value: &'v Json<'_>, cx: &mut Intake, expected: &'static str) -> Option<&'v str> {
    match value {
        Json::Str(s) => Some(s),
        _ => {
            cx.wrong_type(expected);
            None
        }
    }
}

impl FromJson for Date {
    const EXPECTED: &'static str = "date";
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        date_from(text(value, cx, Self::EXPECTED)?, cx)
    }

    crate::read_straight! {
        fn from_text(
            reader: &mut super::Reader<'_>,
            cx: &mut Intake,
            slot: &mut Option<Self>,
        ) -> Result<(), super::Fallback> {
            from_string(reader, cx, slot, date_from)
        }
    }
}

/// `from_text` of a value written as a string (a date): the string at the cursor is read by
/// `read` without becoming a tree node; any other value goes through `from_json`.
// Unused in the main WebAssembly module (see `read_straight!`).
#[cfg_attr(
    all(target_arch = "wasm32", not(feature = "wasm-collections")),
    allow(dead_code)
)]
fn from_string<T: FromJson>(
    reader: &mut super::Reader<'_>,
    cx: &mut Intake,
    slot: &mut Option<T>,
    read: fn(&str, &mut Intake) -> Option<T>,
) -> Result<(), super::Fallback> {
    *slot = match reader.string()? {
        Some((s, _)) => read(s, cx),
        None => T::from_json(&reader.value()?, cx),
    };
    Ok(())
}

/// A date read from its text, or `date_invalid`.
fn date_from(s: &str, cx: &mut Intake) -> Option<Date> {
    let d = Date::parse_iso(s);
    if d.is_none() {
        cx.reject(Issue::error(cx.path(), "date_invalid").with("format", "YYYY-MM-DD"));
    }
    d
}

impl FromJson for PartialDate {
    const EXPECTED: &'static str = "date";
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        partial_date_from(text(value, cx, Self::EXPECTED)?, cx)
    }

    crate::read_straight! {
        fn from_text(
            reader: &mut super::Reader<'_>,
            cx: &mut Intake,
            slot: &mut Option<Self>,
        ) -> Result<(), super::Fallback> {
            from_string(reader, cx, slot, partial_date_from)
        }
    }
}

/// A partial date read from its text, or `date_invalid`.
fn partial_date_from(s: &str, cx: &mut Intake) -> Option<PartialDate> {
    let d = PartialDate::parse(s);
    if d.is_none() {
        let issue =
            Issue::error(cx.path(), "date_invalid").with("format", "YYYY | YYYY-MM | YYYY-MM-DD");
        cx.reject(issue);
    }
    d
}

impl FromJson for DateTime {
    const EXPECTED: &'static str = "date-time";
    fn from_json(value: &Json<'_>, cx: &mut Intake) -> Option<Self> {
        let d = DateTime::parse(text(value, cx, Self::EXPECTED)?);
        if d.is_none() {
            cx.reject(
                Issue::error(cx.path(), "datetime_invalid")
                    .with("format", "YYYY-MM-DDTHH:MM:SS+07:00"),
            );
        }
        d
    }
}

impl crate::meta::Typed for Date {
    const FIELD_TYPE: crate::meta::FieldType = crate::meta::FieldType::Date;
}

impl crate::meta::Typed for PartialDate {
    const FIELD_TYPE: crate::meta::FieldType = crate::meta::FieldType::PartialDate;
}

impl crate::meta::Typed for DateTime {
    const FIELD_TYPE: crate::meta::FieldType = crate::meta::FieldType::DateTime;
}
