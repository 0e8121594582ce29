//! Person names. Verified law (BLDS 2015 Điều 26(3)): no digits, and not made only of
//! characters that are not letters (errors). Design, not law (domain-research §5 N1, §9 item
//! 16): letters of Vietnamese and the ethnic orthographies, spaces, hyphens, apostrophes and a
//! dot after an initial ("Nguyễn T. Hoa") are ordinary; any other character is a warning;
//! 2..=100 characters once composed (NFC).

use crate::rules::at::At;
use crate::rules::check::Check;
use crate::text::letters::is_diacritic;
use crate::text::{composed_len, is_blank, Letter, Shape, Tone};

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

/// What the characters of a name say, read in one pass.
#[derive(Debug, Default, PartialEq, Eq)]
struct Scan {
    /// The length once composed ([`composed_len`]).
    len: usize,
    digit: bool,
    /// A character other than a letter, space, hyphen, apostrophe or a dot after an initial.
    other: bool,
    unusual: bool,
    letters: usize,
    /// A space first, last or after another space.
    spacing: bool,
    /// The runs of characters between spaces.
    words: usize,
}

/// Whether the dot at byte `dot` ends an initial: it follows a word of one letter (marks
/// included) and is followed by a space, a hyphen or the end of the name.
fn dot_after_initial(name: &str, dot: usize) -> bool {
    let next = name[dot + 1..].chars().next();
    let next_ok = next.is_none_or(|c| c == ' ' || is_hyphen(c));
    let mut before = name[..dot].chars().rev().skip_while(|&c| is_diacritic(c));
    let letter_before = before.next().is_some_and(char::is_alphabetic);
    let word_start = before.next().is_none_or(|c| c == ' ' || is_hyphen(c));
    next_ok && letter_before && word_start
}

fn scan(name: &str) -> Scan {
    let mut s = Scan::default();
    // The letter being read, so that marks typed decomposed (NFD) are judged as the letter
    // they compose to; `in_letter` is also true for other scripts.
    let mut letter: Option<Letter> = None;
    let mut in_letter = false;
    // A character the marks after it compose with (for the length).
    let mut after_base = false;
    // The start counts as a space: a space there is misplaced, a character there starts a word.
    let mut after_space = true;
    for (at, c) in name.char_indices() {
        if c == ' ' {
            s.spacing |= after_space;
            after_space = true;
        } else {
            s.words += usize::from(after_space);
            after_space = false;
        }
        if is_diacritic(c) {
            if !after_base {
                s.len += 1; // a mark with no character before it counts alone
            }
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
        s.len += 1;
        after_base = true;
        if c.is_ascii() {
            // What `Letter::of` and the Unicode tables say of ASCII, without asking them.
            in_letter = c.is_ascii_alphabetic();
            letter =
                in_letter.then(|| Letter::new(c.to_ascii_lowercase(), Shape::None, Tone::None));
            if in_letter {
                s.letters += 1;
            } else if c.is_ascii_digit() {
                s.digit = true;
            } else {
                let ordinary =
                    matches!(c, ' ' | '-' | '\'') || c == '.' && dot_after_initial(name, at);
                s.other |= !ordinary;
            }
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
            s.unusual = true;
        } else if !(is_hyphen(c) || is_apostrophe(c)) {
            s.other = true;
        }
    }
    s.spacing |= after_space;
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
    let length_issue = |cx: &mut Check<'_>| {
        cx.error(at.path(), "text_length")
            .param("min", NAME_LEN.0)
            .param("max", NAME_LEN.1);
    };
    // A text of at most ANALYSE_AT_MOST bytes has at most that many characters.
    if name.len() > ANALYSE_AT_MOST && composed_len(name) > ANALYSE_AT_MOST {
        length_issue(cx); // past NAME_LEN.1 too
        return;
    }
    let s = scan(name);
    if s.len < NAME_LEN.0 || s.len > NAME_LEN.1 {
        length_issue(cx);
    }
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
    if s.spacing {
        cx.warning(at.path(), "name_spacing");
    }
    if s.letters > 0 && s.words < 2 {
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

    /// The one-pass scan counts what the separate scans it replaced counted.
    #[test]
    fn scan_counts_like_the_separate_scans() {
        let texts = [
            "Nguyễn Thị Hoà",
            "Hoa\u{300}ng  Thu\u{309}y",
            " Lê Văn",
            "Lê Văn ",
            "  ",
            "\u{301}An",
            "An \u{301}\u{301} Bình",
            "N\u{303}\u{303}u",
            "Lê\tVăn",
            "Lê\u{a0}Văn",
            "A",
            "Y-Moan Ênuôl H'Hen",
            "Nguyễn T. Hoa.",
            "Иван  Петров 2",
        ];
        for text in texts {
            let s = scan(text);
            assert_eq!(s.len, composed_len(text), "{text:?}");
            let spacing = text.starts_with(' ') || text.ends_with(' ') || text.contains("  ");
            assert_eq!(s.spacing, spacing, "{text:?}");
            let words = text.split(' ').filter(|w| !w.is_empty()).count();
            assert_eq!(s.words, words, "{text:?}");
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
