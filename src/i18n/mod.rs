//! Languages and message templates: [`Lang`], and [`fill_in`], which fills a template's
//! `{param}` slots from an issue's [`Params`].
//!
//! The templates themselves live next to each rule in the rule catalogue (`crate::rules`), so
//! a code cannot exist without both messages; rendering an issue is [`crate::report`]'s job.
//! Messages never contain the user's value.

pub mod number;

use serde::{Deserialize, Serialize};

use crate::issue::{ParamValue, Params};

/// A message language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Vietnamese (the default).
    #[default]
    #[serde(rename = "vi")]
    Vi,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The language named `tag`: exactly `vi` or `en`, as the TypeScript type says (a page
    /// holding a locale such as `navigator.language` maps it first).
    pub fn parse(tag: &str) -> Option<Lang> {
        match tag {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The two-letter tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// Vietnamese names of the JSON types named in `type_invalid` and similar issues.
fn vietnamese_term(term: &str) -> Option<&'static str> {
    Some(match term {
        "string" => "chuỗi ký tự",
        "object" => "đối tượng",
        "array" => "danh sách",
        "integer" => "số nguyên",
        "number" => "số",
        "boolean" => "true/false",
        "date" => "ngày",
        "date-time" => "thời điểm",
        "legacy" => "trước 01/7/2025",
        _ => return None,
    })
}

/// Fills `{name}` slots in `template` from `params`; unknown slots are left as written.
pub fn fill(template: &str, params: &Params) -> String {
    fill_in(template, params, Lang::En)
}

/// Fills `{name}` slots in `template` from `params` for a message in `lang`: in Vietnamese,
/// the names of JSON types (`string`, `object`...) are translated; whole numbers are grouped
/// as the language groups them (`100.000`, `100,000`). Unknown slots are left as written.
pub fn fill_in(template: &str, params: &Params, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match params.get(name) {
                    Some(ParamValue::Text(t)) if lang == Lang::Vi => {
                        out.push_str(vietnamese_term(t).unwrap_or(t));
                    }
                    // Numbers as the language writes them: 100.000 in Vietnamese, 100,000 in
                    // English (params hold the plain number).
                    Some(ParamValue::Int(n)) => out.push_str(&number::format_count(*n, lang)),
                    Some(v) => out.push_str(&v.display()),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_slots_and_keeps_unknown_ones() {
        let p = Params::new().with("min", 2i64).with("max", 100i64);
        assert_eq!(
            fill("từ {min} đến {max} ký tự {other}", &p),
            "từ 2 đến 100 ký tự {other}"
        );
        assert_eq!(fill("no slot", &p), "no slot");
        let big = Params::new().with("max", 100_000i64);
        assert_eq!(fill_in("đến {max}", &big, Lang::Vi), "đến 100.000");
        assert_eq!(fill_in("to {max}", &big, Lang::En), "to 100,000");
        assert_eq!(fill("open { only", &p), "open { only");
    }

    #[test]
    fn parses_exactly_the_two_languages() {
        assert_eq!(Lang::parse("vi"), Some(Lang::Vi));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        for other in [
            "vi-VN",
            "en-US",
            "vi_VN",
            "en-x-anything",
            "EN",
            "fr",
            "",
            " vi",
        ] {
            assert_eq!(Lang::parse(other), None, "{other}");
        }
    }
}
