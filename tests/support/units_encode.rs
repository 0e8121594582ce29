//! Encoding primitives of the generated unit tables (see `units_gen.rs` for the format): varints,
//! zigzag deltas, name forms, the syllable dictionary and Rust byte-string literals.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// Syllable ids below this take one byte (ids are stored + 2: 0 ends a name, 1 is the marker).
pub const ONE_BYTE: usize = 190;
/// First byte value of a two-byte id.
const TWO_BYTE_LEAD: usize = ONE_BYTE + 2;

/// (unit type, prefix) pairs, numbered in order of first use.
#[derive(Default)]
pub struct Forms(Vec<(&'static str, &'static str)>);

impl Forms {
    pub fn id(&mut self, variant: &'static str, prefix: &'static str) -> u8 {
        let key = (variant, prefix);
        let i = match self.0.iter().position(|f| *f == key) {
            Some(i) => i,
            None => {
                self.0.push(key);
                self.0.len() - 1
            }
        };
        u8::try_from(i).unwrap()
    }

    pub fn rust(&self) -> String {
        let mut s = String::from(
            "/// The forms a unit's name takes: its type and the prefix its name starts with.\n\
             pub const FORMS: &[(UnitType, &str)] = &[\n",
        );
        for (v, p) in &self.0 {
            writeln!(s, "    (UnitType::{v}, {p:?}),").unwrap();
        }
        s.push_str("];\n");
        s
    }
}

/// Syllable dictionary: ids by frequency for the first `ONE_BYTE`, then alphabetical.
pub struct Dict {
    first_id: usize,
    list: Vec<String>,
    ids: HashMap<String, usize>,
}

impl Dict {
    pub fn build(rests: &[&str], first_id: usize, known: Option<&Dict>) -> Dict {
        let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
        for rest in rests {
            for syl in syllables(rest) {
                if known.is_none_or(|k| !k.ids.contains_key(syl)) {
                    *freq.entry(syl).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(&str, usize)> = freq.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let one_byte = ONE_BYTE.saturating_sub(first_id).min(ranked.len());
        let (top, tail) = ranked.split_at_mut(one_byte);
        tail.sort_by(|a, b| a.0.cmp(b.0));
        let list: Vec<String> = top
            .iter()
            .chain(tail.iter())
            .map(|x| x.0.to_owned())
            .collect();
        let mut ids: HashMap<String, usize> = known.map(|k| k.ids.clone()).unwrap_or_default();
        for (i, s) in list.iter().enumerate() {
            ids.insert(s.clone(), first_id + i);
        }
        Dict {
            first_id,
            list,
            ids,
        }
    }

    pub fn end(&self) -> usize {
        self.first_id + self.list.len()
    }

    pub fn encode(&self, rest: &str, out: &mut Vec<u8>) {
        for syl in syllables(rest) {
            let id = self.ids[syl];
            if id < ONE_BYTE {
                out.push(u8::try_from(id + 2).unwrap());
            } else {
                let x = id - ONE_BYTE;
                assert!(x < (256 - TWO_BYTE_LEAD) * 256, "too many syllables");
                out.push(u8::try_from(TWO_BYTE_LEAD + (x >> 8)).unwrap());
                out.push(u8::try_from(x & 0xFF).unwrap());
            }
        }
        out.push(0);
    }

    /// The dictionary front-coded: per syllable, the number of leading bytes it shares with the
    /// previous one (one byte), then the rest of its bytes, then `\n`.
    pub fn rust(&self, doc: &str) -> String {
        let mut bytes = Vec::new();
        let mut prev: &[u8] = &[];
        for s in &self.list {
            let b = s.as_bytes();
            assert!(
                !b.contains(&b'\n') && !b.is_empty(),
                "syllable {s:?} cannot be embedded"
            );
            let shared = prev
                .iter()
                .zip(b)
                .take_while(|(x, y)| x == y)
                .count()
                .min(255);
            bytes.push(u8::try_from(shared).unwrap());
            bytes.extend_from_slice(&b[shared..]);
            bytes.push(b'\n');
            prev = b;
        }
        bytes_item(doc, "SYLLABLES", &bytes)
    }
}

/// The syllables of a name without its prefix (none for an empty rest).
pub fn syllables(rest: &str) -> impl Iterator<Item = &str> {
    assert!(
        rest.is_empty() || !rest.split(' ').any(str::is_empty),
        "name {rest:?} has stray spaces"
    );
    rest.split(' ').filter(|s| !s.is_empty())
}

pub fn varint(mut x: u32, out: &mut Vec<u8>) {
    while x >= 0x80 {
        out.push(u8::try_from(x & 0x7F).unwrap() | 0x80);
        x >>= 7;
    }
    out.push(u8::try_from(x).unwrap());
}

pub fn zigzag_deltas(values: impl IntoIterator<Item = u16>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev = 0i32;
    for v in values {
        let d = i32::from(v) - prev;
        prev = i32::from(v);
        varint(((d << 1) ^ (d >> 31)) as u32, &mut out);
    }
    out
}

/// A `pub const NAME: &[u8] = b"..."` item, wrapped with line continuations.
pub fn bytes_item(doc: &str, name: &str, bytes: &[u8]) -> String {
    let mut s = format!("{doc}pub const {name}: &[u8] = b\"\\\n    ");
    let mut width = 0;
    for &b in bytes {
        let piece = if b.is_ascii_graphic() && b != b'"' && b != b'\\' {
            (b as char).to_string()
        } else {
            format!("\\x{b:02x}")
        };
        if width + piece.len() > 92 {
            s.push_str("\\\n    ");
            width = 0;
        }
        width += piece.len();
        s.push_str(&piece);
    }
    s.push_str("\";\n");
    s
}
