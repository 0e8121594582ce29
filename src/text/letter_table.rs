//! The letters of [`Letter::of`] beyond ASCII as two small tables indexed by code point, filled
//! at compile time by [`Letter::read`] (from the decomposition pairs), so that reading a
//! letter of a name costs one load instead of a search of the pairs per mark.

use super::parts::{Letter, Shape, Tone};

/// Latin-1, Latin Extended-A and `Ơ ơ Ư ư`: U+00C0..=U+01B0.
const LATIN: (u32, u32) = (0xC0, 0x1B0);
/// `Ṍ ṍ Ṹ ṹ` and the Vietnamese block of Latin Extended Additional: U+1E4C..=U+1EF9.
const EXTENDED: (u32, u32) = (0x1E4C, 0x1EF9);

/// A letter in 16 bits (0: no letter): the base's ASCII code in bits 0–6, the shape in bits
/// 7–9, the tone in bits 10–12 and bit 15 set.
const fn pack(letter: Option<Letter>) -> u16 {
    match letter {
        None => 0,
        Some(l) => 0x8000 | l.base as u16 | (l.shape as u16) << 7 | (l.tone as u16) << 10,
    }
}

/// The packed letters of the code points `range`, in order.
const fn table<const N: usize>(range: (u32, u32)) -> [u16; N] {
    assert!(N as u32 == range.1 - range.0 + 1);
    let mut out = [0u16; N];
    let mut i = 0;
    while i < N {
        if let Some(c) = char::from_u32(range.0 + i as u32) {
            out[i] = pack(Letter::read(c));
        }
        i += 1;
    }
    out
}

static LATIN_LETTERS: [u16; 241] = table(LATIN);
static EXTENDED_LETTERS: [u16; 174] = table(EXTENDED);

fn unpack(bits: u16) -> Option<Letter> {
    if bits == 0 {
        return None;
    }
    let shape = match bits >> 7 & 7 {
        0 => Shape::None,
        1 => Shape::Breve,
        2 => Shape::Circumflex,
        3 => Shape::Horn,
        _ => Shape::Stroke,
    };
    let tone = match bits >> 10 & 7 {
        0 => Tone::None,
        1 => Tone::Grave,
        2 => Tone::Acute,
        3 => Tone::Hook,
        4 => Tone::Tilde,
        _ => Tone::Dot,
    };
    Some(Letter::new(char::from(bits as u8 & 0x7F), shape, tone))
}

/// [`Letter::of`] for a character outside ASCII.
pub(super) fn look_up(c: char) -> Option<Letter> {
    let u = c as u32;
    let bits = if (LATIN.0..=LATIN.1).contains(&u) {
        LATIN_LETTERS[(u - LATIN.0) as usize]
    } else if (EXTENDED.0..=EXTENDED.1).contains(&u) {
        EXTENDED_LETTERS[(u - EXTENDED.0) as usize]
    } else {
        0
    };
    unpack(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables answer what the pairs say, for every character (so no letter lies outside
    /// them), and each letter survives packing.
    #[test]
    fn the_tables_hold_what_the_pairs_say() {
        let mut letters = 0;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(Letter::of(c), Letter::read(c), "{c:?}");
            letters += usize::from(!c.is_ascii() && Letter::of(c).is_some());
        }
        assert_eq!(letters, 144);
    }

    #[test]
    fn packing_keeps_every_part() {
        let shapes = [
            Shape::None,
            Shape::Breve,
            Shape::Circumflex,
            Shape::Horn,
            Shape::Stroke,
        ];
        let tones = [
            Tone::None,
            Tone::Grave,
            Tone::Acute,
            Tone::Hook,
            Tone::Tilde,
            Tone::Dot,
        ];
        for base in 'a'..='z' {
            for shape in shapes {
                for tone in tones {
                    let letter = Letter::new(base, shape, tone);
                    assert_eq!(unpack(pack(Some(letter))), Some(letter));
                }
            }
        }
        assert_eq!(unpack(pack(None)), None);
    }
}
