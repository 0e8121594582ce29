//! The look-ups by code answer what the look-ups they replaced answered (the text parsed with
//! `str::parse`, communes and districts found by a binary search of an index sorted by code,
//! provinces by a scan), for every code of every length and for malformed ones, in each code
//! set this build has.

use super::{parse_code, tables, Units};
use crate::reference::code_set::CodeSet;

/// The former `parse_code`.
fn parse_before(text: &str, digits: usize) -> Option<u32> {
    if digits > 9 || text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The former search: a binary search of the row indexes sorted by code.
struct BinarySearch<'a> {
    codes: &'a [u16],
    sorted: Vec<u16>,
}

impl<'a> BinarySearch<'a> {
    fn new(codes: &'a [u16]) -> Self {
        let mut sorted: Vec<u16> = (0..codes.len()).map(|i| i as u16).collect();
        sorted.sort_by_key(|&i| codes[usize::from(i)]);
        BinarySearch { codes, sorted }
    }

    fn find(&self, code: u32) -> Option<u16> {
        let code = u16::try_from(code).ok()?;
        self.sorted
            .binary_search_by_key(&code, |&i| self.codes[usize::from(i)])
            .ok()
            .map(|pos| self.sorted[pos])
    }
}

/// The former province look-up: the first province with the code.
fn scan(codes: &[u16], code: u32) -> Option<u16> {
    let code = u16::try_from(code).ok()?;
    codes.iter().position(|&c| c == code).map(|i| i as u16)
}

/// Every text of 0 to 5 ASCII digits, and malformed codes.
fn texts() -> Vec<String> {
    let mut texts = vec![String::new()];
    for digits in 1..=5u32 {
        texts.extend(
            (0..10u32.pow(digits)).map(|n| format!("{n:0width$}", width = digits as usize)),
        );
    }
    let odd = [
        " 01",
        "01 ",
        "+01",
        "-01",
        "1e1",
        "0x1",
        "٠١",
        "０１",
        "01\0",
        "0 1",
        "00 04",
        "0004",
        "000004",
        "00004 ",
        "+0004",
        "-0004",
        "99999",
        "65536",
        "4294967296",
        "001\n",
        "ab",
        "abcde",
        "Hà Nội",
        "00004\u{200b}",
        "0001",
        "00010",
        "0010",
    ];
    texts.extend(odd.map(String::from));
    texts
}

fn check(units: Units) {
    let table = units.0;
    let provinces: Vec<u16> = table.provinces.iter().map(|p| p.code).collect();
    let districts: Vec<u16> = table.districts.iter().map(|d| d.code).collect();
    let communes: Vec<u16> = table.communes.iter().map(|c| c.code).collect();
    let (district_at, commune_at) = (BinarySearch::new(&districts), BinarySearch::new(&communes));
    let set = units.code_set();
    let mut found = [0usize; 3];
    for text in texts() {
        let (p, d, c) = (
            parse_before(&text, 2),
            parse_before(&text, 3),
            parse_before(&text, 5),
        );
        assert_eq!(parse_code(&text, 2), p, "{text:?}");
        assert_eq!(parse_code(&text, 3), d, "{text:?}");
        assert_eq!(parse_code(&text, 5), c, "{text:?}");
        let province = p.and_then(|n| scan(&provinces, n));
        let district = d.and_then(|n| district_at.find(n));
        let commune = c.and_then(|n| commune_at.find(n));
        assert_eq!(
            units.province(&text).map(|x| x.index),
            province,
            "{set:?} {text:?}"
        );
        assert_eq!(
            units.district(&text).map(|x| x.index),
            district,
            "{set:?} {text:?}"
        );
        assert_eq!(
            units.commune(&text).map(|x| x.index),
            commune,
            "{set:?} {text:?}"
        );
        found[0] += usize::from(province.is_some());
        found[1] += usize::from(district.is_some());
        found[2] += usize::from(commune.is_some());
    }
    // Each unit is found by its own code: the texts cover every code, and codes are unique.
    let counts = [provinces.len(), districts.len(), communes.len()];
    assert_eq!(found, counts, "{set:?}");
}

#[test]
fn the_2025_look_ups_answer_as_before() {
    check(Units(tables::table(CodeSet::Y2025).expect("2025 units")));
}

#[cfg(all(feature = "legacy-units", not(feature = "legacy-units-loadable")))]
#[test]
fn the_legacy_look_ups_answer_as_before() {
    check(Units(tables::table(CodeSet::Legacy).expect("legacy units")));
}

#[cfg(all(feature = "legacy-units", not(feature = "legacy-units-loadable")))]
#[test]
fn a_code_of_one_era_is_looked_up_in_that_era_only() {
    let y2025 = Units(tables::table(CodeSet::Y2025).expect("2025 units"));
    let legacy = Units(tables::table(CodeSet::Legacy).expect("legacy units"));
    // Phường Phúc Xá (00001) and Quận Ba Đình (001) are legacy units only; 00004 is a commune of
    // both eras, with different names.
    assert!(y2025.commune("00001").is_none());
    assert_eq!(
        legacy.commune("00001").map(|c| c.name()),
        Some("Phường Phúc Xá")
    );
    assert!(y2025.district("001").is_none());
    assert_eq!(
        legacy.district("001").map(|d| d.name()),
        Some("Quận Ba Đình")
    );
    assert_eq!(
        y2025.commune("00004").map(|c| c.name()),
        Some("Phường Ba Đình")
    );
    assert_eq!(
        legacy.commune("00004").map(|c| c.name()),
        Some("Phường Trúc Bạch")
    );
}
