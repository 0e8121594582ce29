//! [`Json`]: a borrowed JSON tree, the input of intake.
//!
//! Parsing into `serde_json::Value` allocates a `String` per key and value and a map node per
//! entry; this tree borrows strings from the input text (unless they contain escapes) and keeps
//! object entries in a `Vec`, in input order. It is about twice as fast to build, which matters
//! for batch checks of exported files.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// How deep JSON may nest: deeper text is `json_invalid` (the parser's own limit).
pub const MAX_NESTING: usize = 128;

/// What a string escape naming half of a UTF-16 surrogate pair is read as (U+FFFF, a
/// noncharacter that no text exchanges): intake reports a string holding it as
/// `text_encoding_invalid`.
pub const UNPAIRED_SURROGATE: char = '\u{ffff}';

/// A JSON value whose strings borrow from the text it was parsed from.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A negative integer, or one written without fraction that fits `i64`.
    Int(i64),
    /// A non-negative integer too large for `i64`.
    UInt(u64),
    /// Any other number.
    Float(f64),
    /// A string.
    Str(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object: its entries in input order (a repeated key appears twice).
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// Parses JSON text (nesting deeper than [`MAX_NESTING`] levels is refused by the parser).
    ///
    /// The common subset goes through a fast path (`super::fast`); anything else, errors
    /// included, through `serde_json`, whose tree and error positions are the answer. A leading
    /// byte order mark is ignored. A string escape that names half of a UTF-16 surrogate pair
    /// (`"\ud800"`, what `JSON.stringify` writes for a lone surrogate) is read as
    /// [`UNPAIRED_SURROGATE`], so that intake reports that one field (`text_encoding_invalid`)
    /// instead of refusing the whole record.
    pub fn parse(text: &'a str) -> Result<Json<'a>, serde_json::Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let error = match super::fast::parse(text) {
            Some(json) => return Ok(json),
            None => match serde_json::from_str(text) {
                Ok(json) => return Ok(json),
                Err(e) => e,
            },
        };
        if !error.to_string().contains("hex escape") {
            return Err(error);
        }
        match super::surrogates::mark_unpaired(text) {
            Some(marked) => serde_json::from_str::<Json<'_>>(&marked)
                .map(Json::into_owned)
                .map_err(|_| error),
            None => Err(error),
        }
    }

    /// The same tree owning its strings.
    pub fn into_owned(self) -> Json<'static> {
        match self {
            Json::Null => Json::Null,
            Json::Bool(b) => Json::Bool(b),
            Json::Int(i) => Json::Int(i),
            Json::UInt(u) => Json::UInt(u),
            Json::Float(f) => Json::Float(f),
            Json::Str(s) => Json::Str(Cow::Owned(s.into_owned())),
            Json::Array(items) => Json::Array(items.into_iter().map(Json::into_owned).collect()),
            Json::Object(entries) => Json::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned()))
                    .collect(),
            ),
        }
    }

    /// Parses JSON given as bytes (a row cut from a batch): the same tree and the same errors as
    /// [`Json::parse`] for UTF-8 text; bytes that are not UTF-8 inside a string are an error.
    pub fn parse_bytes(bytes: &'a [u8]) -> Result<Json<'a>, serde_json::Error> {
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(text) => Json::parse(text),
            Err(_) => serde_json::from_slice(bytes),
        }
    }

    /// Borrows a `serde_json::Value` as a tree (no string is copied).
    pub fn from_value(value: &'a Value) -> Json<'a> {
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Json::Int(i)
                } else if let Some(u) = n.as_u64() {
                    Json::UInt(u)
                } else {
                    Json::Float(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => Json::Str(Cow::Borrowed(s)),
            Value::Array(items) => Json::Array(items.iter().map(Json::from_value).collect()),
            Value::Object(map) => Json::Object(
                map.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), Json::from_value(v)))
                    .collect(),
            ),
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The number as `f64`, if this is a number.
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Json::Int(i) => Some(i as f64),
            Json::UInt(u) => Some(u as f64),
            Json::Float(f) => Some(f),
            _ => None,
        }
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }
    fn visit_i64<E>(self, i: i64) -> Result<Json<'de>, E> {
        Ok(Json::Int(i))
    }
    fn visit_u64<E>(self, u: u64) -> Result<Json<'de>, E> {
        Ok(i64::try_from(u).map_or(Json::UInt(u), Json::Int))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Json<'de>, E> {
        Ok(Json::Float(f))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some((key, value)) = map.next_entry::<Key<'de>, Json<'de>>()? {
            entries.push((key.0, value));
        }
        Ok(Json::Object(entries))
    }
}

/// An object key, borrowed when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_borrowing_and_keeps_order_and_number_kinds() {
        let text = r#"{"b":"x","a":[1,-2,18446744073709551615,1.5,null,true],"c\n":"é\u00e9"}"#;
        let j = Json::parse(text).unwrap();
        let Json::Object(entries) = &j else { panic!() };
        assert_eq!(entries[0].0, "b");
        assert!(matches!(entries[0].1, Json::Str(Cow::Borrowed("x"))));
        assert_eq!(
            entries[1].1,
            Json::Array(vec![
                Json::Int(1),
                Json::Int(-2),
                Json::UInt(u64::MAX),
                Json::Float(1.5),
                Json::Null,
                Json::Bool(true)
            ])
        );
        assert_eq!(entries[2].0, "c\n");
        assert_eq!(entries[2].1.as_str(), Some("éé"));
        let v: Value = serde_json::from_str(text).unwrap();
        let from_value = Json::from_value(&v);
        let Json::Object(e2) = from_value else {
            panic!()
        };
        assert_eq!(e2.len(), 3);
    }

    #[test]
    fn refuses_bad_text_and_deep_nesting() {
        assert!(Json::parse("{").is_err());
        assert!(Json::parse("[1,]").is_err());
        assert!(Json::parse(&"[".repeat(200)).is_err());
        assert!(Json::parse(&format!("{}{}", "[".repeat(100), "]".repeat(100))).is_ok());
    }
}
