//! Numbers as each language writes them: Vietnamese groups thousands with a dot and writes
//! decimals with a comma (1.298; 36,2 %), English the other way round (1,298; 36.2 %).
//! Shares are computed in integers (tenths of a percent, rounded half up) so that every build
//! gives the same digits.
//!
//! ```
//! use ctxh::i18n::{Lang, number::{format_count, format_percent, percent_tenths}};
//! assert_eq!(format_count(1298, Lang::Vi), "1.298");
//! assert_eq!(format_count(1298, Lang::En), "1,298");
//! let tenths = percent_tenths(46, 127).unwrap();
//! assert_eq!(tenths, 362);
//! assert_eq!(format_percent(tenths, Lang::Vi), "36,2 %");
//! assert_eq!(format_percent(tenths, Lang::En), "36.2 %");
//! ```

use super::Lang;

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// A whole number with thousands grouped (`1.298`, `1,298`; `-1.298` for negatives).
pub fn format_count(n: i64, lang: Lang) -> String {
    let (group, _) = separators(lang);
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// A number given in tenths, with one decimal (`362` → `36,2` / `36.2`).
pub fn format_tenths(tenths: i64, lang: Lang) -> String {
    let (_, decimal) = separators(lang);
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    let whole = format_count(i64::try_from(abs / 10).unwrap_or(i64::MAX), lang);
    format!("{sign}{whole}{decimal}{}", abs % 10)
}

/// A percentage given in tenths, with one decimal and a spaced sign (`36,2 %`, `36.2 %`).
pub fn format_percent(tenths: i64, lang: Lang) -> String {
    format!("{} %", format_tenths(tenths, lang))
}

/// `numerator ÷ denominator × 100` in tenths of a percent, rounded half up (46/127 → 362);
/// `None` for a zero denominator.
pub fn percent_tenths(numerator: u64, denominator: u64) -> Option<i64> {
    if denominator == 0 {
        return None;
    }
    let scaled = u128::from(numerator) * 2000 + u128::from(denominator);
    i64::try_from(scaled / (2 * u128::from(denominator))).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_and_rounding() {
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1.000"),
            (6456, "6.456"),
        ];
        for (n, vi) in cases {
            assert_eq!(format_count(n, Lang::Vi), vi);
            assert_eq!(format_count(n, Lang::En), vi.replace('.', ","));
        }
        assert_eq!(format_count(1_234_567, Lang::Vi), "1.234.567");
        assert_eq!(format_count(-3321, Lang::En), "-3,321");
        assert_eq!(format_tenths(1000, Lang::Vi), "100,0");
        assert_eq!(format_tenths(12_345, Lang::En), "1,234.5");
        // Half up: 1/8 = 12.5 % exactly; 1/16 = 6.25 % → 6.3 %; 1/3 = 33.33 % → 33.3 %.
        assert_eq!(percent_tenths(1, 8), Some(125));
        assert_eq!(percent_tenths(1, 16), Some(63));
        assert_eq!(percent_tenths(1, 3), Some(333));
        assert_eq!(percent_tenths(2, 3), Some(667));
        assert_eq!(percent_tenths(5, 0), None);
        assert_eq!(percent_tenths(u64::MAX, 1), None);
    }
}
