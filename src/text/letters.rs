//! The letter table behind [`super::nfc`] and the comparison keys: every precomposed
//! Vietnamese vowel (with the shape marks of ă â ê ô ơ ư and the five tone marks, both cases) and
//! the few other letters that the same marks compose with the same vowels (ĕ ĭ ŏ ŭ î û ŷ ṍ ṹ), each
//! with its canonical decomposition pair from the Unicode Character Database.
//!
//! A native test proves the table against the `unicode-normalization` crate, so no Unicode
//! tables need to ship to the browser.

/// U+0300 COMBINING GRAVE ACCENT (dấu huyền).
pub const GRAVE: char = '\u{300}';
/// U+0301 COMBINING ACUTE ACCENT (dấu sắc).
pub const ACUTE: char = '\u{301}';
/// U+0302 COMBINING CIRCUMFLEX ACCENT (â ê ô).
pub const CIRCUMFLEX: char = '\u{302}';
/// U+0303 COMBINING TILDE (dấu ngã).
pub const TILDE: char = '\u{303}';
/// U+0306 COMBINING BREVE (ă).
pub const BREVE: char = '\u{306}';
/// U+0309 COMBINING HOOK ABOVE (dấu hỏi).
pub const HOOK: char = '\u{309}';
/// U+031B COMBINING HORN (ơ ư).
pub const HORN: char = '\u{31b}';
/// U+0323 COMBINING DOT BELOW (dấu nặng).
pub const DOT: char = '\u{323}';

/// `(composite, first, mark)`: `composite` decomposes canonically into `first` followed by
/// `mark`. Sorted by `composite` (a test checks it).
pub const PAIRS: &[(char, char, char)] = &[
    ('À', 'A', GRAVE),
    ('Á', 'A', ACUTE),
    ('Â', 'A', CIRCUMFLEX),
    ('Ã', 'A', TILDE),
    ('È', 'E', GRAVE),
    ('É', 'E', ACUTE),
    ('Ê', 'E', CIRCUMFLEX),
    ('Ì', 'I', GRAVE),
    ('Í', 'I', ACUTE),
    ('Î', 'I', CIRCUMFLEX),
    ('Ò', 'O', GRAVE),
    ('Ó', 'O', ACUTE),
    ('Ô', 'O', CIRCUMFLEX),
    ('Õ', 'O', TILDE),
    ('Ù', 'U', GRAVE),
    ('Ú', 'U', ACUTE),
    ('Û', 'U', CIRCUMFLEX),
    ('Ý', 'Y', ACUTE),
    ('à', 'a', GRAVE),
    ('á', 'a', ACUTE),
    ('â', 'a', CIRCUMFLEX),
    ('ã', 'a', TILDE),
    ('è', 'e', GRAVE),
    ('é', 'e', ACUTE),
    ('ê', 'e', CIRCUMFLEX),
    ('ì', 'i', GRAVE),
    ('í', 'i', ACUTE),
    ('î', 'i', CIRCUMFLEX),
    ('ò', 'o', GRAVE),
    ('ó', 'o', ACUTE),
    ('ô', 'o', CIRCUMFLEX),
    ('õ', 'o', TILDE),
    ('ù', 'u', GRAVE),
    ('ú', 'u', ACUTE),
    ('û', 'u', CIRCUMFLEX),
    ('ý', 'y', ACUTE),
    ('Ă', 'A', BREVE),
    ('ă', 'a', BREVE),
    ('Ĕ', 'E', BREVE),
    ('ĕ', 'e', BREVE),
    ('Ĩ', 'I', TILDE),
    ('ĩ', 'i', TILDE),
    ('Ĭ', 'I', BREVE),
    ('ĭ', 'i', BREVE),
    ('Ŏ', 'O', BREVE),
    ('ŏ', 'o', BREVE),
    ('Ũ', 'U', TILDE),
    ('ũ', 'u', TILDE),
    ('Ŭ', 'U', BREVE),
    ('ŭ', 'u', BREVE),
    ('Ŷ', 'Y', CIRCUMFLEX),
    ('ŷ', 'y', CIRCUMFLEX),
    ('Ơ', 'O', HORN),
    ('ơ', 'o', HORN),
    ('Ư', 'U', HORN),
    ('ư', 'u', HORN),
    ('Ṍ', 'Õ', ACUTE),
    ('ṍ', 'õ', ACUTE),
    ('Ṹ', 'Ũ', ACUTE),
    ('ṹ', 'ũ', ACUTE),
    ('Ạ', 'A', DOT),
    ('ạ', 'a', DOT),
    ('Ả', 'A', HOOK),
    ('ả', 'a', HOOK),
    ('Ấ', 'Â', ACUTE),
    ('ấ', 'â', ACUTE),
    ('Ầ', 'Â', GRAVE),
    ('ầ', 'â', GRAVE),
    ('Ẩ', 'Â', HOOK),
    ('ẩ', 'â', HOOK),
    ('Ẫ', 'Â', TILDE),
    ('ẫ', 'â', TILDE),
    ('Ậ', 'Ạ', CIRCUMFLEX),
    ('ậ', 'ạ', CIRCUMFLEX),
    ('Ắ', 'Ă', ACUTE),
    ('ắ', 'ă', ACUTE),
    ('Ằ', 'Ă', GRAVE),
    ('ằ', 'ă', GRAVE),
    ('Ẳ', 'Ă', HOOK),
    ('ẳ', 'ă', HOOK),
    ('Ẵ', 'Ă', TILDE),
    ('ẵ', 'ă', TILDE),
    ('Ặ', 'Ạ', BREVE),
    ('ặ', 'ạ', BREVE),
    ('Ẹ', 'E', DOT),
    ('ẹ', 'e', DOT),
    ('Ẻ', 'E', HOOK),
    ('ẻ', 'e', HOOK),
    ('Ẽ', 'E', TILDE),
    ('ẽ', 'e', TILDE),
    ('Ế', 'Ê', ACUTE),
    ('ế', 'ê', ACUTE),
    ('Ề', 'Ê', GRAVE),
    ('ề', 'ê', GRAVE),
    ('Ể', 'Ê', HOOK),
    ('ể', 'ê', HOOK),
    ('Ễ', 'Ê', TILDE),
    ('ễ', 'ê', TILDE),
    ('Ệ', 'Ẹ', CIRCUMFLEX),
    ('ệ', 'ẹ', CIRCUMFLEX),
    ('Ỉ', 'I', HOOK),
    ('ỉ', 'i', HOOK),
    ('Ị', 'I', DOT),
    ('ị', 'i', DOT),
    ('Ọ', 'O', DOT),
    ('ọ', 'o', DOT),
    ('Ỏ', 'O', HOOK),
    ('ỏ', 'o', HOOK),
    ('Ố', 'Ô', ACUTE),
    ('ố', 'ô', ACUTE),
    ('Ồ', 'Ô', GRAVE),
    ('ồ', 'ô', GRAVE),
    ('Ổ', 'Ô', HOOK),
    ('ổ', 'ô', HOOK),
    ('Ỗ', 'Ô', TILDE),
    ('ỗ', 'ô', TILDE),
    ('Ộ', 'Ọ', CIRCUMFLEX),
    ('ộ', 'ọ', CIRCUMFLEX),
    ('Ớ', 'Ơ', ACUTE),
    ('ớ', 'ơ', ACUTE),
    ('Ờ', 'Ơ', GRAVE),
    ('ờ', 'ơ', GRAVE),
    ('Ở', 'Ơ', HOOK),
    ('ở', 'ơ', HOOK),
    ('Ỡ', 'Ơ', TILDE),
    ('ỡ', 'ơ', TILDE),
    ('Ợ', 'Ơ', DOT),
    ('ợ', 'ơ', DOT),
    ('Ụ', 'U', DOT),
    ('ụ', 'u', DOT),
    ('Ủ', 'U', HOOK),
    ('ủ', 'u', HOOK),
    ('Ứ', 'Ư', ACUTE),
    ('ứ', 'ư', ACUTE),
    ('Ừ', 'Ư', GRAVE),
    ('ừ', 'ư', GRAVE),
    ('Ử', 'Ư', HOOK),
    ('ử', 'ư', HOOK),
    ('Ữ', 'Ư', TILDE),
    ('ữ', 'ư', TILDE),
    ('Ự', 'Ư', DOT),
    ('ự', 'ư', DOT),
    ('Ỳ', 'Y', GRAVE),
    ('ỳ', 'y', GRAVE),
    ('Ỵ', 'Y', DOT),
    ('ỵ', 'y', DOT),
    ('Ỷ', 'Y', HOOK),
    ('ỷ', 'y', HOOK),
    ('Ỹ', 'Y', TILDE),
    ('ỹ', 'y', TILDE),
];

/// Whether `c` is one of the eight combining marks of Vietnamese.
pub fn is_vietnamese_mark(c: char) -> bool {
    matches!(
        c,
        GRAVE | ACUTE | CIRCUMFLEX | TILDE | BREVE | HOOK | HORN | DOT
    )
}

/// Whether `c` is a tone mark (huyền, sắc, ngã, hỏi, nặng) rather than a shape mark.
pub fn is_tone_mark(c: char) -> bool {
    matches!(c, GRAVE | ACUTE | TILDE | HOOK | DOT)
}

/// The canonical combining class of a Vietnamese mark (horn 216, dot below 220, others 230).
pub fn combining_class(mark: char) -> u8 {
    match mark {
        HORN => 216,
        DOT => 220,
        _ => 230,
    }
}

/// Whether `c` lies in one of the blocks of combining diacritical marks.
pub fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Whether `c` is in the Combining Diacritical Marks block (U+0300..U+036F), which holds every
/// Vietnamese mark: the marks a keyboard types after a letter. [`is_combining`] also covers the
/// supplementary blocks.
pub fn is_diacritic(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// The canonical decomposition pair of a letter of the table (a binary search of [`PAIRS`],
/// written out so that it also runs at compile time).
pub const fn decompose_pair(c: char) -> Option<(char, char)> {
    let c = c as u32;
    if c < 0xC0 {
        return None;
    }
    let (mut low, mut high) = (0, PAIRS.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let (composite, first, mark) = PAIRS[middle];
        let composite = composite as u32;
        if composite == c {
            return Some((first, mark));
        }
        if composite < c {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    None
}

/// The letter that `first` followed by `mark` composes to, if the table has one.
pub fn compose_pair(first: char, mark: char) -> Option<char> {
    PAIRS
        .iter()
        .find(|&&(_, f, m)| f == first && m == mark)
        .map(|&(composite, _, _)| composite)
}

/// Appends the full canonical decomposition of `c` to `out`: its base letter first, then its
/// marks in canonical order. Characters outside the table are appended unchanged.
pub fn decompose_into(c: char, out: &mut Vec<char>) {
    let start = out.len();
    let mut current = c;
    while let Some((first, mark)) = decompose_pair(current) {
        out.push(mark);
        current = first;
    }
    out.push(current);
    out[start..].reverse();
}

/// Sorts a short slice (a letter's marks, a syllable's tones) by `key`, keeping equal keys in
/// order: a few lines instead of a generic library sort in the browser bundle.
pub fn insertion_sort_by_key<K: Ord>(items: &mut [char], key: impl Fn(char) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(items[j - 1]) > key(items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The lower-case form of a letter, without Unicode's case tables: ASCII, Latin-1, Latin
/// Extended-A, `Ƀ` (Ê Đê, Ba Na), basic Greek and Cyrillic. Other characters are returned as
/// they are.
pub fn to_lower(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3A9 | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        0x243 => 0x180,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}
