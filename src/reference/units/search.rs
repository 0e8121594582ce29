//! Finding communes by the name a user types.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::handles::{Commune, Province};
use super::sort::sort_keys;
use super::table::{SearchKeys as Keys, Table};
use super::unit::Parent;
use super::UnitType;
use crate::text::{fold_key, name_key};

/// How well a commune's name matches the typed text (best first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchRank {
    /// The name, tone-placement, case and NFC/NFD aside: `Yên Hoà` for "Phường Yên Hòa".
    Exact,
    /// The name without diacritics: `yen hoa`.
    ExactFolded,
    /// The start of the name (diacritics ignored): `yen h`.
    Prefix,
    /// The start of a later word of the name: `hoa`.
    WordPrefix,
    /// Anywhere inside the name: `en ho`.
    Substring,
}

impl MatchRank {
    fn from_bits(bits: u8) -> MatchRank {
        match bits {
            0 => MatchRank::Exact,
            1 => MatchRank::ExactFolded,
            2 => MatchRank::Prefix,
            3 => MatchRank::WordPrefix,
            _ => MatchRank::Substring,
        }
    }

    /// The stable id: `exact`, `exact-folded`, `prefix`, `word-prefix`, `substring`.
    pub fn id(self) -> &'static str {
        match self {
            MatchRank::Exact => "exact",
            MatchRank::ExactFolded => "exact-folded",
            MatchRank::Prefix => "prefix",
            MatchRank::WordPrefix => "word-prefix",
            MatchRank::Substring => "substring",
        }
    }
}

impl Serialize for MatchRank {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A commune found by [`Province::search_communes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommuneMatch {
    /// The commune.
    pub commune: Commune,
    /// How well its name matched.
    pub rank: MatchRank,
}

/// `{ code, name, type, typeLabel, rank, district? }` (`district` `{ code, name }` for legacy
/// communes, to tell apart communes of the same name).
impl Serialize for CommuneMatch {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.commune;
        let mut st = s.serialize_struct("CommuneMatch", 6)?;
        st.serialize_field("code", &c.code())?;
        st.serialize_field("name", c.name())?;
        st.serialize_field("type", &c.unit_type())?;
        st.serialize_field("typeLabel", c.unit_type().label())?;
        st.serialize_field("rank", &self.rank)?;
        if let Some(d) = c.district() {
            st.serialize_field("district", &Parent::from(d))?;
        }
        st.end()
    }
}

fn keys(table: &'static Table) -> &'static [Keys] {
    table.search_keys.get_or_init(|| {
        table
            .communes
            .iter()
            .map(|c| Keys {
                key: name_key(c.rest()).into_boxed_str(),
                fold: fold_key(c.rest()).into_boxed_str(),
            })
            .collect()
    })
}

/// One reading of the query: its keys and the type its prefix named, if any.
struct Reading {
    key: String,
    fold: String,
    hint: Option<UnitType>,
}

/// Type words a query may start with: folded, the type they name, and spelled out.
const TYPE_WORDS: &[(&str, UnitType, &str)] = &[
    ("phuong", UnitType::Phuong, "phường"),
    ("xa", UnitType::Xa, "xã"),
    ("thi tran", UnitType::ThiTran, "thị trấn"),
    ("dac khu", UnitType::DacKhu, "đặc khu"),
];

/// Abbreviations a query may start with (`P.Yên Hòa`, `TT. Phố Bảng`).
const ABBREVIATIONS: &[(&str, UnitType)] = &[
    ("p.", UnitType::Phuong),
    ("x.", UnitType::Xa),
    ("tt.", UnitType::ThiTran),
    ("đk.", UnitType::DacKhu),
];

/// The query without a leading type word, when it has one: written in full with the right
/// diacritics or none (`Phường`, `phuong`), or abbreviated (`P.`, `X.`, `TT.`).
fn without_type(key: &str, fold: &str) -> Option<Reading> {
    for &(word, hint, spelled) in TYPE_WORDS {
        let n = word.split(' ').count();
        let (Some((typed_fold, rest_fold)), Some((typed_key, rest_key))) =
            (split_words(fold, n), split_words(key, n))
        else {
            continue;
        };
        if typed_fold == word && (typed_key == name_key(spelled) || typed_key == word) {
            return Some(Reading {
                key: rest_key.to_owned(),
                fold: rest_fold.to_owned(),
                hint: Some(hint),
            });
        }
    }
    for &(abbr, hint) in ABBREVIATIONS {
        let folded_abbr = fold_key(abbr);
        if let (Some(k), Some(f)) = (key.strip_prefix(abbr), fold.strip_prefix(&folded_abbr)) {
            return Some(Reading {
                key: k.trim_start().to_owned(),
                fold: f.trim_start().to_owned(),
                hint: Some(hint),
            });
        }
    }
    None
}

/// `text` (words separated by single spaces) cut after its first `n` words, when it has more.
fn split_words(text: &str, n: usize) -> Option<(&str, &str)> {
    let (cut, _) = text.match_indices(' ').nth(n.checked_sub(1)?)?;
    Some((text.get(..cut)?, text.get(cut + 1..)?))
}

fn rank(reading: &Reading, keys: &Keys) -> Option<MatchRank> {
    let (name, q) = (&*keys.fold, reading.fold.as_str());
    if q.is_empty() || q.len() > name.len() {
        None
    } else if *keys.key == reading.key {
        Some(MatchRank::Exact)
    } else if name == q {
        Some(MatchRank::ExactFolded)
    } else if name.starts_with(q) {
        Some(MatchRank::Prefix)
    } else {
        // Names are short: a plain scan is smaller in the browser than `str::contains`.
        let (name, q) = (name.as_bytes(), q.as_bytes());
        let mut at = (1..=name.len() - q.len()).filter(|&i| name.get(i..i + q.len()) == Some(q));
        let first = at.next()?;
        let word_start = |i: usize| name.get(i - 1) == Some(&b' ');
        if word_start(first) || at.any(word_start) {
            Some(MatchRank::WordPrefix)
        } else {
            Some(MatchRank::Substring)
        }
    }
}

/// Communes of `province` whose name matches `query`, best first, at most `limit`.
pub(crate) fn search(province: Province, query: &str, limit: usize) -> Vec<CommuneMatch> {
    let key = name_key(query);
    let fold = fold_key(query);
    let mut readings = Vec::with_capacity(2);
    if let Some(r) = without_type(&key, &fold) {
        readings.push(r);
    }
    readings.push(Reading {
        key,
        fold,
        hint: None,
    });
    let hint = readings.iter().find_map(|r| r.hint);
    let all = keys(province.table);
    // Best rank, then the typed type, then the shorter name, then the code: one integer key.
    let mut found: Vec<u64> = province
        .communes()
        .filter_map(|c| {
            let k = all.get(usize::from(c.index))?;
            let best = readings.iter().filter_map(|r| rank(r, k)).min()?;
            let other_type = hint.is_some_and(|h| h != c.unit_type());
            let length = k.fold.len().min(0xFFFF) as u64;
            Some(
                (best as u64) << 56
                    | u64::from(other_type) << 48
                    | length << 32
                    | u64::from(c.row().code) << 16
                    | u64::from(c.index),
            )
        })
        .collect();
    sort_keys(&mut found);
    found
        .into_iter()
        .take(limit)
        .map(|key| CommuneMatch {
            commune: Commune {
                table: province.table,
                index: (key & 0xFFFF) as u16,
            },
            rank: MatchRank::from_bits((key >> 56) as u8),
        })
        .collect()
}

impl Province {
    /// The province's communes whose name matches what a user typed, best first, at most
    /// `limit`.
    ///
    /// Matching ignores case, NFC/NFD, tone-mark placement (`Hòa` = `Hoà`), extra spaces and a
    /// leading type word (`Phường`, `Xã`, `Thị trấn`, `Đặc khu`, with or without diacritics, or
    /// `P.`, `X.`, `TT.`, `ĐK.`); missing diacritics still match, ranked lower. Ranks: the exact
    /// name, then the name without diacritics, then the start of the name, then the start of a
    /// later word, then anywhere inside. Ties go to the commune of the typed type, then the
    /// shorter name, then the code. A query with no letters or digits finds
    /// nothing.
    ///
    /// ```
    /// use ctxh::model::address::CodeSet;
    /// use ctxh::reference::units::{units, MatchRank};
    /// let hanoi = units(CodeSet::Y2025).unwrap().province("01").unwrap();
    /// let found = hanoi.search_communes("p. yen hoa", 5);
    /// assert_eq!(found[0].commune.name(), "Phường Yên Hòa");
    /// assert_eq!(found[0].rank, MatchRank::ExactFolded);
    /// ```
    pub fn search_communes(self, query: &str, limit: usize) -> Vec<CommuneMatch> {
        search(self, query, limit)
    }
}
