//! A cell's text as the JSON value of its field, by the field's wire type.
//!
//! What a spreadsheet holds is read as a person typed it: `15/03/2024` is `2024-03-15`, `Nam`
//! is `male`, `có` is `true`, `2,34` is `2.34` and `1.500.000` is `1500000`. A cell that does
//! not read as its type is passed on as text, so that the record's own rules report it
//! (`date_invalid`, `enum_invalid`, `type_invalid`): nothing is guessed and nothing dropped.
//! Text fields keep the cell exactly as it is (the name rules see its spaces); a cell of only
//! white space is empty, and an empty cell is an absent field.

use crate::meta::{EnumInfo, FieldType};
use crate::text::fold_key;

/// Writes `text` as a JSON string.
pub(crate) fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Writes the JSON value of a non-empty cell of type `ty` (a scalar or a list of scalars).
pub(crate) fn write_cell(cell: &str, ty: FieldType, out: &mut String) {
    let trimmed = cell.trim();
    match ty {
        FieldType::Text => write_string(cell, out),
        FieldType::Boolean => match boolean(trimmed) {
            Some(true) => out.push_str("true"),
            Some(false) => out.push_str("false"),
            None => write_string(trimmed, out),
        },
        FieldType::Count | FieldType::Integer => match whole_number(trimmed) {
            Some(n) => out.push_str(&n),
            None => write_string(trimmed, out),
        },
        FieldType::Number => match decimal(trimmed) {
            Some(n) => out.push_str(&n),
            None => write_string(trimmed, out),
        },
        FieldType::Date => write_string(&date(trimmed, false).unwrap_or(trimmed.into()), out),
        FieldType::PartialDate => write_string(&date(trimmed, true).unwrap_or(trimmed.into()), out),
        FieldType::DateTime => write_string(&date_time(trimmed).unwrap_or(trimmed.into()), out),
        FieldType::Enum(codes) => write_string(code(trimmed, codes), out),
        FieldType::List(inner) => {
            out.push('[');
            for (i, item) in items(trimmed, *inner).iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_cell(item, *inner, out);
            }
            out.push(']');
        }
        // A record is never a column's value (targets end at a scalar).
        FieldType::Record(_) => write_string(cell, out),
    }
}

/// `có`, `x`, `1`, `true`, `yes`... or `không`, `0`, `false`, `no`...
fn boolean(text: &str) -> Option<bool> {
    match fold_key(text).as_str() {
        "true" | "1" | "x" | "co" | "c" | "yes" | "y" | "dung" => Some(true),
        "false" | "0" | "khong" | "k" | "no" | "n" | "sai" => Some(false),
        _ => None,
    }
}

/// Digits, possibly grouped by thousands with `.`, `,` or spaces (`1.500.000`), possibly
/// signed: the plain number's text.
fn whole_number(text: &str) -> Option<String> {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let separator = digits.chars().find(|c| !c.is_ascii_digit());
    let plain: String = match separator {
        None => digits.to_owned(),
        Some(sep @ ('.' | ',' | ' ' | '\u{a0}')) => {
            let groups: Vec<&str> = digits.split(sep).collect();
            let grouped = groups[0].len() <= 3
                && groups[1..]
                    .iter()
                    .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
            if !grouped {
                return None;
            }
            groups.concat()
        }
        Some(_) => return None,
    };
    if plain.len() > 18 {
        return None;
    }
    Some(format!("{sign}{}", plain.trim_start_matches('0').max("0")))
}

/// A decimal number: `2,34` and `2.34` are 2.34; with both separators the last one is the
/// decimal point (`1.234,5`, `1,234.5`).
fn decimal(text: &str) -> Option<String> {
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let last_sep = body.rfind(['.', ',']);
    let (int_part, frac) = match last_sep {
        Some(i) if body.contains('.') && body.contains(',') => (&body[..i], &body[i + 1..]),
        Some(i) if body.matches(['.', ',']).count() == 1 => (&body[..i], &body[i + 1..]),
        Some(_) => return whole_number(text),
        None => (body, ""),
    };
    let int_digits: String = if int_part.contains(['.', ',']) {
        whole_number(int_part)?
    } else {
        int_part.to_owned()
    };
    if int_digits.is_empty()
        || !int_digits.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || int_digits.len() + frac.len() > 30
    {
        return None;
    }
    let int_digits = int_digits.trim_start_matches('0');
    let int_digits = if int_digits.is_empty() {
        "0"
    } else {
        int_digits
    };
    Some(match frac.is_empty() {
        true => format!("{sign}{int_digits}"),
        false => format!("{sign}{int_digits}.{frac}"),
    })
}

/// `dd/mm/yyyy` (or with `-` or `.`) as `yyyy-mm-dd`; with `partial`, also `mm/yyyy` as
/// `yyyy-mm`. ISO text and anything else is left as it is (`None`).
fn date(text: &str, partial: bool) -> Option<String> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let digits = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !parts.iter().all(digits) {
        return None;
    }
    match parts.as_slice() {
        [d, m, y] if d.len() <= 2 && m.len() <= 2 && y.len() == 4 => {
            Some(format!("{y}-{m:0>2}-{d:0>2}"))
        }
        [m, y] if partial && m.len() <= 2 && y.len() == 4 => Some(format!("{y}-{m:0>2}")),
        _ => None,
    }
}

/// `dd/mm/yyyy hh:mm[:ss]` as RFC 3339 in Vietnam's time (`+07:00`); anything else as it is.
fn date_time(text: &str) -> Option<String> {
    let (day, time) = text.split_once(' ')?;
    let day = date(day, false)?;
    let time = time.trim();
    let fields: Vec<&str> = time.split(':').collect();
    let ok = (2..=3).contains(&fields.len())
        && fields
            .iter()
            .all(|f| f.len() <= 2 && !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return None;
    }
    let seconds = fields.get(2).copied().unwrap_or("00");
    Some(format!(
        "{day}T{:0>2}:{:0>2}:{seconds:0>2}+07:00",
        fields[0], fields[1]
    ))
}

/// The code-list id a cell names: the id itself, or a label in either language (compared
/// without case, diacritics or spacing). Anything else is left as it is.
fn code<'t>(text: &'t str, codes: &'static EnumInfo) -> &'t str {
    if codes.entries.iter().any(|e| e.value == text) {
        return text;
    }
    let key = fold_key(text);
    codes
        .entries
        .iter()
        .find(|e| fold_key(e.value) == key || fold_key(e.vi) == key || fold_key(e.en) == key)
        .map_or(text, |e| e.value)
}

/// The values of a list cell: separated by `;` or line ends, and by `,` where a part is not
/// itself a value of the list.
fn items(text: &str, inner: FieldType) -> Vec<&str> {
    let mut out = Vec::new();
    for part in text
        .split([';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let whole = match inner {
            FieldType::Enum(codes) => code(part, codes) != part || !part.contains(','),
            _ => !part.contains(','),
        };
        if whole {
            out.push(part);
        } else {
            out.extend(part.split(',').map(str::trim).filter(|p| !p.is_empty()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meta::Typed;
    use crate::model::person::Gender;

    fn cell(text: &str, ty: FieldType) -> String {
        let mut out = String::new();
        write_cell(text, ty, &mut out);
        out
    }

    #[test]
    fn cells_read_as_a_person_typed_them() {
        assert_eq!(cell(" Lò Văn  Páo ", FieldType::Text), "\" Lò Văn  Páo \"");
        assert_eq!(cell("a\"b\\c\n", FieldType::Text), "\"a\\\"b\\\\c\\n\"");
        assert_eq!(cell("15/03/2024", FieldType::Date), "\"2024-03-15\"");
        assert_eq!(cell("1/7/2025", FieldType::Date), "\"2025-07-01\"");
        assert_eq!(cell("2024-03-15", FieldType::Date), "\"2024-03-15\"");
        assert_eq!(cell("31/02/2024", FieldType::Date), "\"2024-02-31\"");
        assert_eq!(cell("hôm qua", FieldType::Date), "\"hôm qua\"");
        assert_eq!(cell("03/1990", FieldType::PartialDate), "\"1990-03\"");
        assert_eq!(cell("1990", FieldType::PartialDate), "\"1990\"");
        assert_eq!(
            cell("01/07/2025 08:00", FieldType::DateTime),
            "\"2025-07-01T08:00:00+07:00\""
        );
        assert_eq!(cell("Có", FieldType::Boolean), "true");
        assert_eq!(cell("x", FieldType::Boolean), "true");
        assert_eq!(cell("KHÔNG", FieldType::Boolean), "false");
        assert_eq!(cell("có lẽ", FieldType::Boolean), "\"có lẽ\"");
        assert_eq!(cell("1.500.000", FieldType::Count), "1500000");
        assert_eq!(cell("1,500,000", FieldType::Count), "1500000");
        assert_eq!(cell("007", FieldType::Count), "7");
        assert_eq!(cell("1.50", FieldType::Count), "\"1.50\"");
        assert_eq!(cell("-3", FieldType::Integer), "-3");
        assert_eq!(cell("2,34", FieldType::Number), "2.34");
        assert_eq!(cell("2.34", FieldType::Number), "2.34");
        assert_eq!(cell("1.234,5", FieldType::Number), "1234.5");
        assert_eq!(cell("1,234.5", FieldType::Number), "1234.5");
        assert_eq!(cell("abc", FieldType::Number), "\"abc\"");
        assert_eq!(cell("Nam", Gender::FIELD_TYPE), "\"male\"");
        assert_eq!(cell("nữ", Gender::FIELD_TYPE), "\"female\"");
        assert_eq!(cell("female", Gender::FIELD_TYPE), "\"female\"");
        assert_eq!(cell("Bê đê", Gender::FIELD_TYPE), "\"Bê đê\"");
        let list = FieldType::List(&Gender::FIELD_TYPE);
        assert_eq!(cell("Nam; Nữ", list), "[\"male\",\"female\"]");
        assert_eq!(cell("Nam, nữ", list), "[\"male\",\"female\"]");
    }
}
