//! [`CodeIndex`]: the row of a unit by its numeric code in a few instructions, without
//! comparing text or searching.
//!
//! A bit per possible code says which codes exist; the number of set bits before a code (a
//! running count per 64 codes plus one population count) is the code's rank among the codes,
//! and the rows in code order turn the rank into the row. For the 2025 communes (codes up to
//! 32,248) that is 4 KB of bits, 1 KB of counts and the 3,321 rows, built once with the table.

use super::sort::sort_keys;

/// The row index of each code of one level of a table (provinces, districts or communes).
pub(crate) struct CodeIndex {
    /// Bit `c % 64` of word `c / 64` is set when code `c` exists.
    words: Vec<u64>,
    /// For each word, how many codes the words before it hold.
    ranks: Vec<u16>,
    /// Row indexes in code order (the first row of a code given twice).
    rows: Vec<u16>,
}

impl CodeIndex {
    /// The index of the rows whose codes are `codes`, in row order (row `i` has `codes[i]`; at
    /// most `u16::MAX` rows). Where two rows share a code, the first one is found.
    pub(crate) fn new(codes: &[u16]) -> CodeIndex {
        let mut keys: Vec<u64> = codes
            .iter()
            .enumerate()
            .map(|(i, &code)| u64::from(code) << 16 | (i as u64 & 0xFFFF))
            .collect();
        sort_keys(&mut keys);
        let words_needed = codes.iter().max().map_or(0, |&m| usize::from(m) / 64 + 1);
        let mut words = vec![0u64; words_needed];
        let mut rows = Vec::with_capacity(keys.len());
        for key in keys {
            let code = (key >> 16) as usize;
            let bit = 1u64 << (code % 64);
            if let Some(word) = words.get_mut(code / 64) {
                if *word & bit == 0 {
                    *word |= bit;
                    rows.push((key & 0xFFFF) as u16);
                }
            }
        }
        let mut ranks = Vec::with_capacity(words.len());
        let mut before = 0u16;
        for word in &words {
            ranks.push(before);
            before = before.wrapping_add(word.count_ones() as u16);
        }
        CodeIndex { words, ranks, rows }
    }

    /// The row with this code, if any.
    pub(crate) fn get(&self, code: u32) -> Option<u16> {
        let slot = usize::try_from(code / 64).ok()?;
        let word = *self.words.get(slot)?;
        let bit = 1u64 << (code % 64);
        if word & bit == 0 {
            return None;
        }
        let rank = self.ranks.get(slot)?;
        let rank = usize::from(*rank) + (word & (bit - 1)).count_ones() as usize;
        self.rows.get(rank).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::CodeIndex;

    /// What the index answers, the slow way: the first row with the code.
    fn scan(codes: &[u16], code: u32) -> Option<u16> {
        let i = codes.iter().position(|&c| u32::from(c) == code)?;
        u16::try_from(i).ok()
    }

    #[test]
    fn finds_the_first_row_of_every_code_and_nothing_else() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut random = |below: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below) as u16
        };
        let cases: Vec<Vec<u16>> = vec![
            vec![],
            vec![0],
            vec![63, 64, 65, 127, 128],
            vec![u16::MAX, 0, u16::MAX - 1],
            vec![5, 3, 5, 9, 3, 3],
            (0..700).map(|_| random(1000)).collect(),
            (0..300).map(|_| random(40_000)).collect(),
        ];
        for codes in &cases {
            let index = CodeIndex::new(codes);
            let probes = (0..=u32::from(u16::MAX) + 70).chain([u32::MAX, 1 << 20]);
            for code in probes {
                assert_eq!(index.get(code), scan(codes, code), "{code} in {codes:?}");
            }
        }
    }
}
