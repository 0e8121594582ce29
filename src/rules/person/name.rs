//! Person names. Verified law (BLDS 2015 Điều 26(3)): no digits, and not made only of
//! characters that are not letters (errors). Design, not law (domain-research §5 N1, §9 item
//! 16): letters of Vietnamese and the ethnic orthographies, spaces, hyphens, apostrophes and a
//! dot after an initial ("Nguyễn T. Hoa") are ordinary; any other character is a warning;
//! 2..=100 characters once composed (NFC).

use crate::rules::at::At;
use crate::rules::check::Check;
use crate::text::letters::is_diacritic;
use crate::text::{composed_len, is_blank, Letter};

/// Shortest and longest name, in composed characters.
pub const NAME_LEN: (usize, usize) = (2, 100);

/// Past this many characters only the length is reported (the text is not a name).
const ANALYSE_AT_MOST: usize = 1_000;

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// What the characters of a name say.
#[derive(Debug, Default, PartialEq, Eq)]
struct Scan {
    digit: bool,
    /// A character other than a letter, space, hyphen, apostrophe or a dot after an initial.
    other: bool,
    unusual: bool,
    letters: usize,
}

/// Whether the dot at `at` (a char index) ends an initial: it follows a word of one letter
/// (marks included) and is followed by a space, a hyphen or the end of the name.
fn dot_after_initial(chars: &[char], at: usize) -> bool {
    let next_ok = chars.get(at + 1).is_none_or(|&c| c == ' ' || is_hyphen(c));
    let mut i = at;
    while i > 0 && is_diacritic(chars[i - 1]) {
        i -= 1;
    }
    let letter_before = i > 0 && chars[i - 1].is_alphabetic();
    let word_start = i < 2 || matches!(chars[i - 2], ' ') || is_hyphen(chars[i - 2]);
    next_ok && letter_before && word_start
}

fn scan(name: &str) -> Scan {
    let mut s = Scan::default();
    // The letter being read, so that marks typed decomposed (NFD) are judged as the letter
    // they compose to; `in_letter` is also true for other scripts.
    let mut letter: Option<Letter> = None;
    let mut in_letter = false;
    // On the stack for any ordinary name (the checked ones are at most 1,000 characters).
    let chars: smallvec::SmallVec<[char; 64]> = name.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        if is_diacritic(c) {
            if !in_letter {
                s.other = true;
                continue;
            }
            let Some(current) = letter else {
                continue; // a mark on a letter already counted as unusual
            };
            letter = current.with_mark(c);
            s.unusual |= letter.is_none();
            continue;
        }
        letter = Letter::of(c);
        if letter.is_some() {
            // A letter of the table is alphabetic and not numeric (a test checks every
            // character), so the Unicode tables need not be asked.
            in_letter = true;
            s.letters += 1;
            continue;
        }
        in_letter = c.is_alphabetic();
        if c.is_numeric() {
            s.digit = true;
        } else if in_letter {
            s.letters += 1;
            s.unusual |= letter.is_none();
        } else if !(c == ' '
            || is_hyphen(c)
            || is_apostrophe(c)
            || (c == '.' && dot_after_initial(&chars, at)))
        {
            s.other = true;
        }
    }
    s
}

/// Checks a full name found at `path` (absence is checked by the caller).
pub fn check_name<'p>(name: &str, cx: &mut Check<'_>, path: impl Into<At<'p>>) {
    check_name_at(name, cx, path.into());
}

fn check_name_at(name: &str, cx: &mut Check<'_>, at: At<'_>) {
    if is_blank(name) {
        return;
    }
    let len = composed_len(name);
    if len < NAME_LEN.0 || len > NAME_LEN.1 {
        cx.error(at.path(), "text_length")
            .param("min", NAME_LEN.0)
            .param("max", NAME_LEN.1);
    }
    if len > ANALYSE_AT_MOST {
        return;
    }
    let s = scan(name);
    if s.digit {
        cx.error(at.path(), "name_contains_digit");
    }
    if s.letters == 0 {
        cx.error(at.path(), "name_without_letters");
    } else if s.other {
        cx.warning(at.path(), "name_character_invalid");
    }
    if s.unusual {
        cx.warning(at.path(), "name_letter_unusual");
    }
    if name.starts_with(' ')
        || name.ends_with(' ')
        || name.as_bytes().windows(2).any(|w| w == b"  ")
    {
        cx.warning(at.path(), "name_spacing");
    }
    if s.letters > 0 && name.split(' ').filter(|w| !w.is_empty()).count() < 2 {
        cx.warning(at.path(), "name_single_word");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_letters_are_alphabetic_and_not_numeric() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if Letter::of(c).is_some() {
                assert!(c.is_alphabetic() && !c.is_numeric(), "{c:?}");
            }
        }
    }

    #[test]
    fn scans_names() {
        let ok = |n: &str| {
            let s = scan(n);
            assert!(!s.digit && !s.other && !s.unusual, "{n}: {s:?}");
        };
        ok("Nguyễn Thị Hoà");
        ok("Đặng Văn Đức");
        ok("H'Hen Niê");
        ok("Y-Moan Ênuôl");
        ok("Hoa\u{300}ng Thu\u{309}y"); // decomposed
        ok("Rơ Mah Ĭ");
        ok("Nguyễn T. Hoa");
        ok("Nguyễn Văn A.");
        ok("Lê Đ. Hùng"); // an initial with a stroke
        ok("Lê Ê\u{301}. Hùng"); // an initial with a mark typed decomposed
        ok("Trần T.-Mai");
        assert!(scan("Nguyễn Th. Hoa").other); // a dot after two letters is no initial
        assert!(scan("Nguyễn T.Hoa").other); // nor a dot glued to the next word
        assert!(scan("Nguyễn . Hoa").other);
        assert!(scan(".").other);
        assert!(scan("Nguyen Van 2").digit);
        assert!(scan("Nguyễn_Văn").other);
        assert!(scan("Nguyễn\tVăn").other);
        assert!(scan("\u{301}An").other);
        assert!(scan("Иван Петров").unusual);
        assert!(scan("Müller Hans").unusual);
        assert!(scan("N\u{300} Văn").unusual); // Ǹ typed decomposed
        assert!(scan("Ǹ Văn").unusual);
        assert!(scan("Le\u{302}\u{302} Văn").unusual); // two circumflexes
        assert!(!scan("Nguye\u{302}\u{303}n Ñu").unusual);
        assert!(scan("Lê 🙂").other);
    }
}
