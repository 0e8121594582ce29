//! The Vietnamese text tables (`ctxh::text`) against full Unicode normalisation
//! (`unicode-normalization`, a dev-dependency only): every Vietnamese letter in NFC and NFD form,
//! both cases, every mark sequence after every vowel, and every name of the unit tables.

#[path = "support/units_csv.rs"]
mod units_csv;

use ctxh::text::letters::PAIRS;
use ctxh::text::{compact_key, fold_key, name_key, nfc, same_name, tidy};
use unicode_normalization::UnicodeNormalization;

const MARKS: [char; 8] = [
    '\u{300}', '\u{301}', '\u{302}', '\u{303}', '\u{306}', '\u{309}', '\u{31b}', '\u{323}',
];
const TONES: [&str; 6] = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"];

/// Every Vietnamese letter, lower and upper case, precomposed.
fn vietnamese_letters() -> Vec<String> {
    let mut out = Vec::new();
    for base in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] {
        for tone in TONES {
            let lower: String = format!("{base}{tone}").nfc().collect();
            out.push(lower.to_uppercase());
            out.push(lower);
        }
    }
    out.extend(["đ".to_owned(), "Đ".to_owned()]);
    out
}

#[test]
fn table_pairs_are_the_unicode_decompositions() {
    assert!(
        PAIRS.windows(2).all(|w| w[0].0 < w[1].0),
        "PAIRS must be sorted"
    );
    for &(composite, first, mark) in PAIRS {
        let mine: String = [first, mark].iter().collect::<String>().nfd().collect();
        let unicode: String = composite.to_string().nfd().collect();
        assert_eq!(mine, unicode, "{composite}");
        assert_eq!(
            unicode_normalization::char::compose(first, mark),
            Some(composite)
        );
    }
    // Every Vietnamese letter with a mark is in the table.
    for letter in vietnamese_letters() {
        let c = letter.chars().next().unwrap();
        if !c.is_ascii() && !matches!(c, 'đ' | 'Đ') {
            assert!(PAIRS.iter().any(|p| p.0 == c), "{c} is missing");
        }
    }
}

#[test]
fn nfc_equals_unicode_nfc_on_every_vietnamese_letter() {
    let letters = vietnamese_letters();
    assert_eq!(letters.len(), 146);
    for letter in &letters {
        let nfd: String = letter.nfd().collect();
        assert_eq!(nfc(letter), letter.as_str());
        assert_eq!(nfc(&nfd), letter.as_str(), "NFD of {letter}");
        let in_word = format!("x{nfd}y {nfd}");
        assert_eq!(nfc(&in_word), in_word.nfc().collect::<String>());
    }
}

#[test]
fn nfc_equals_unicode_nfc_on_every_mark_sequence_after_a_vowel() {
    let mut starters: Vec<char> = "aeiouyAEIOUY".chars().collect();
    starters.extend(PAIRS.iter().map(|p| p.0));
    let mut checked = 0;
    for &s in &starters {
        let mut sequences: Vec<Vec<char>> = vec![vec![]];
        for len in 1..=3 {
            let previous: Vec<Vec<char>> = sequences
                .iter()
                .filter(|v| v.len() == len - 1)
                .cloned()
                .collect();
            for p in previous {
                for m in MARKS {
                    let mut v = p.clone();
                    v.push(m);
                    sequences.push(v);
                }
            }
        }
        for marks in sequences {
            let text: String = std::iter::once(s).chain(marks).chain(['b']).collect();
            let want: String = text.nfc().collect();
            assert_eq!(nfc(&text), want, "{:?}", text.chars().collect::<Vec<_>>());
            checked += 1;
        }
    }
    assert!(checked > 90_000);
}

#[test]
fn other_text_passes_through() {
    for text in [
        "n\u{303}",
        "\u{301}abc",
        "a\u{308}\u{301}",
        "Ω\u{301}",
        "",
        "abc",
        "日本",
    ] {
        assert_eq!(nfc(text), text);
    }
    // Borrowed when there is nothing to compose.
    assert!(matches!(nfc("Hà Nội"), std::borrow::Cow::Borrowed(_)));
}

#[test]
fn nfc_and_keys_on_every_unit_name() {
    let mut names: Vec<String> = Vec::new();
    for r in units_csv::rows_2025() {
        names.extend([r.province_name, r.ward_name]);
    }
    for r in units_csv::rows_legacy() {
        names.extend([r.province_name, r.district_name, r.ward_name]);
    }
    names.sort();
    names.dedup();
    assert!(names.len() > 8_000);
    for name in &names {
        assert_eq!(nfc(name), name.as_str(), "the CSV is NFC");
        let nfd: String = name.nfd().collect();
        assert_eq!(nfc(&nfd), name.as_str());
        assert_eq!(name_key(&nfd), name_key(name));
        assert_eq!(name_key(&name.to_uppercase()), name_key(name));
        assert_eq!(fold_key(&nfd), fold_key(name));
        assert!(fold_key(name).is_ascii(), "{name} folds to ASCII");
        assert!(same_name(&format!("  {}  ", name.to_lowercase()), name));
    }
}

#[test]
fn keys_ignore_tone_placement_case_and_spacing() {
    let pairs = [
        ("Hòa", "Hoà"),
        ("Thủy", "Thuỷ"),
        ("Úy", "Uý"),
        ("Khánh Hòa", "khánh  hoà"),
        ("Thúy Kiều", "THUÝ KIỀU"),
        (
            "Phường Yên Hòa",
            "Phu\u{31b}o\u{31b}\u{300}ng Ye\u{302}n Hoa\u{300}",
        ),
        ("Quỳnh", "Quy\u{300}nh"),
        ("Hòa", "Ho\u{300}a"),
        ("Hòa", "Hoa\u{300}"),
        ("Đà Nẵng", "ÐÀ NẴNG"),
        ("ậ", "a\u{302}\u{323}"),
        ("Bình\tThuận", " bình thuận "),
    ];
    for (a, b) in pairs {
        assert!(same_name(a, b), "{a} = {b}");
        assert_eq!(name_key(a), name_key(b));
        assert_eq!(fold_key(a), fold_key(b));
    }
    let different = [
        ("Hòa", "Hóa"),
        ("Hòa", "Hoa"),
        ("Đông", "Dông"),
        ("Thơ", "Thô"),
        ("Phường 1", "Phường 11"),
    ];
    for (a, b) in different {
        assert!(!same_name(a, b), "{a} ≠ {b}");
    }
    assert_eq!(fold_key("Đắk R'Lấp"), "dak r'lap");
    assert_eq!(fold_key("Hòa Bình"), "hoa binh");
    assert_eq!(fold_key("Ñu"), fold_key("N\u{303}u"));
    assert_eq!(compact_key("Ê-đê"), compact_key("E\u{302} \u{110}e\u{302}"));
    assert_eq!(fold_key(""), "");
    assert_eq!(name_key("   "), "");
}

#[test]
fn every_letter_folds_to_its_ascii_base() {
    for letter in vietnamese_letters() {
        let folded = fold_key(&letter);
        assert_eq!(folded.len(), 1, "{letter}");
        assert!(folded.chars().all(|c| c.is_ascii_lowercase()), "{letter}");
        let nfd: String = letter.nfd().collect();
        assert_eq!(fold_key(&nfd), folded);
        assert_eq!(name_key(&nfd), name_key(&letter));
    }
}

#[test]
fn tidy_composes_and_collapses() {
    assert_eq!(
        tidy(" Nguye\u{302}\u{303}n  Thị\u{a0}Thủy "),
        "Nguyễn Thị Thủy"
    );
    assert_eq!(tidy("Lê Văn A"), "Lê Văn A");
    assert!(matches!(tidy("Lê Văn A"), std::borrow::Cow::Borrowed(_)));
    assert_eq!(tidy("   "), "");
    assert_eq!(tidy(""), "");
}

#[test]
fn odd_input_does_not_panic() {
    let big = "Hoa\u{300} \u{301}\u{301}x ".repeat(100_000);
    assert!(big.len() > 1_000_000);
    let _ = nfc(&big);
    let _ = name_key(&big);
    let _ = fold_key(&big);
    let _ = tidy(&big);
    for text in [
        "\u{301}",
        "\u{31b}\u{323}",
        "a\u{301}\u{301}\u{301}",
        "\u{0}",
        "ǅ",
        "İ",
    ] {
        let _ = (nfc(text), name_key(text), fold_key(text), tidy(text));
    }
}

#[test]
fn lower_case_table_agrees_with_unicode() {
    use ctxh::text::letters::to_lower;
    let claimed = |u: u32| {
        matches!(u, 0x41..=0x5A | 0xC0..=0x17F | 0x391..=0x3A9 | 0x400..=0x42F | 0x243)
            && u != 0x130
    };
    for u in 0..0x800u32 {
        let Some(c) = char::from_u32(u) else { continue };
        let std: Vec<char> = c.to_lowercase().collect();
        let mine = to_lower(c);
        if claimed(u) && std.len() == 1 {
            assert_eq!(mine, std[0], "U+{u:04X}");
        } else {
            assert!(mine == c || std == [mine], "U+{u:04X}");
        }
    }
}
