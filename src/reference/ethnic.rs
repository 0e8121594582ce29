//! Vietnam's 54 ethnic groups (Danh mục các dân tộc Việt Nam, QĐ 121-TCTK/PPCĐ, 02/3/1979),
//! codes `01`..`54`, with the other spellings found in public data so that a typed name can be
//! matched to its code.
//!
//! The code table comes from public data sets that agree with each other, not from the
//! decision's own text (domain-research §2.14).
//!
//! ```
//! use ctxh::reference::ethnic;
//! assert_eq!(ethnic::find_by_name("H'Mông").unwrap().code, "08");
//! assert_eq!(ethnic::find_by_name("Khmer").unwrap().code, "05");
//! assert_eq!(ethnic::find_by_name("dân tộc Ê Đê").unwrap().code, "12");
//! assert_eq!(ethnic::find_by_code("54").unwrap().name, "Rơ măm");
//! assert!(ethnic::find_by_name("Klingon").is_none());
//! ```

use serde::Serialize;

use crate::meta::{EnumEntry, EnumInfo};
use crate::text::compact_key;

/// One ethnic group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EthnicGroup {
    /// Two-digit code, zero-padded: `"01"`..`"54"`.
    pub code: &'static str,
    /// The name as the list writes it.
    pub name: &'static str,
    /// Other spellings and names in use (matched after folding case, tone marks, spaces,
    /// hyphens and apostrophes).
    #[serde(skip)]
    pub aliases: &'static [&'static str],
}

macro_rules! groups {
    ($($code:literal $name:literal [$($alias:literal),*];)*) => {
        /// Every group, in code order.
        pub const GROUPS: &[EthnicGroup] = &[
            $(EthnicGroup { code: $code, name: $name, aliases: &[$($alias),*] },)*
        ];
        const ENTRIES: &[EnumEntry] = &[$(EnumEntry { value: $code, vi: $name, en: $name },)*];
    };
}

groups! {
    "01" "Kinh" ["Việt"];
    "02" "Tày" [];
    "03" "Thái" [];
    "04" "Hoa" ["Hán"];
    "05" "Khơ-me" ["Khmer", "Khơ me", "Khơme", "Khmer Krom"];
    "06" "Mường" [];
    "07" "Nùng" [];
    "08" "HMông" ["H'Mông", "Mông", "Hmong", "H'Mong"];
    "09" "Dao" [];
    "10" "Gia-rai" ["Gia Rai", "Jrai", "Jarai"];
    "11" "Ngái" [];
    "12" "Ê-đê" ["Ê Đê", "Êđê", "Rhade"];
    "13" "Ba na" ["Ba-na", "Bahnar"];
    "14" "Xơ-Đăng" ["Xơ Đăng", "Sedang"];
    "15" "Sán Chay" ["Sán Chay (Cao Lan - Sán Chỉ)", "Cao Lan"];
    "16" "Cơ-ho" ["K'Ho", "Koho"];
    "17" "Chăm" ["Chàm", "Cham"];
    "18" "Sán Dìu" [];
    "19" "Hrê" ["H'rê"];
    "20" "Mnông" ["M'Nông", "Mơ Nông"];
    "21" "Ra-glai" ["Raglai", "Ra Glai"];
    "22" "Xtiêng" ["X'tiêng", "Stiêng", "Xtiêng (Stiêng)"];
    "23" "Bru-Vân Kiều" ["Vân Kiều", "Bru"];
    "24" "Thổ" [];
    "25" "Giáy" [];
    "26" "Cơ-tu" ["Katu"];
    "27" "Gié Triêng" ["Giẻ Triêng", "Gie Trieng"];
    "28" "Mạ" [];
    "29" "Khơ-mú" ["Khmu", "Kơ Mú"];
    "30" "Co" ["Cor"];
    "31" "Tà-ôi" ["Tà Ôi", "Pa Cô"];
    "32" "Chơ-ro" [];
    "33" "Kháng" [];
    "34" "Xinh-mun" [];
    "35" "Hà Nhì" [];
    "36" "Chu ru" [];
    "37" "Lào" [];
    "38" "La Chí" [];
    "39" "La Ha" [];
    "40" "Phù Lá" [];
    "41" "La Hủ" [];
    "42" "Lự" [];
    "43" "Lô Lô" [];
    "44" "Chứt" [];
    "45" "Mảng" [];
    "46" "Pà Thẻn" [];
    "47" "Co Lao" ["Cờ Lao"];
    "48" "Cống" [];
    "49" "Bố Y" [];
    "50" "Si La" [];
    "51" "Pu Péo" [];
    "52" "Brâu" [];
    "53" "Ơ Đu" [];
    "54" "Rơ măm" ["Rơ Măm"];
}

/// The code list for select boxes: `enumLabels("ethnicGroup")` (labels are the names in both
/// languages: they are proper nouns).
pub const INFO: EnumInfo = EnumInfo {
    rust_name: "EthnicGroupCode",
    list_name: "ethnicGroup",
    entries: ENTRIES,
};

/// The group with this code (`"08"`): two ASCII digits `01`..`54`, read as the group's place
/// in [`GROUPS`].
pub fn find_by_code(code: &str) -> Option<&'static EthnicGroup> {
    match *code.as_bytes() {
        [tens @ b'0'..=b'9', ones @ b'0'..=b'9'] => {
            let number = usize::from(tens - b'0') * 10 + usize::from(ones - b'0');
            GROUPS.get(number.checked_sub(1)?)
        }
        _ => None,
    }
}

/// [`find_by_code`] reads a code as a place in the list: checked when the crate compiles.
const _: () = {
    let mut i = 0;
    while i < GROUPS.len() {
        let code = GROUPS[i].code.as_bytes();
        let number = i + 1;
        assert!(code.len() == 2);
        assert!(code[0] == b'0' + (number / 10) as u8 && code[1] == b'0' + (number % 10) as u8);
        i += 1;
    }
};

/// The group a typed name means, matched case-, tone-mark-, NFC/NFD-, space-, hyphen- and
/// apostrophe-insensitively against the names and their aliases; a leading `dân tộc` / `người`
/// is ignored. `None` when nothing matches.
pub fn find_by_name(name: &str) -> Option<&'static EthnicGroup> {
    if name.len() > 200 {
        return None;
    }
    let key = compact_key(name);
    let key = ["dantoc", "nguoi"]
        .iter()
        .find_map(|p| key.strip_prefix(p).filter(|k| !k.is_empty()))
        .unwrap_or(&key);
    if key.is_empty() {
        return None;
    }
    GROUPS
        .iter()
        .find(|g| compact_key(g.name) == key || g.aliases.iter().any(|a| compact_key(a) == key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn fifty_four_groups_with_sequential_codes_and_unambiguous_keys() {
        assert_eq!(GROUPS.len(), 54);
        let mut keys = BTreeMap::new();
        for (i, g) in GROUPS.iter().enumerate() {
            assert_eq!(g.code, format!("{:02}", i + 1));
            for n in std::iter::once(&g.name).chain(g.aliases) {
                if let Some(other) = keys.insert(compact_key(n), g.code) {
                    assert_eq!(other, g.code, "{n} is ambiguous");
                }
                assert_eq!(find_by_name(n).map(|x| x.code), Some(g.code), "{n}");
            }
        }
    }

    #[test]
    fn code_lookup_finds_what_a_search_of_the_list_finds() {
        let search = |code: &str| GROUPS.iter().find(|g| g.code == code);
        let mut codes: Vec<String> = (0..1000).map(|n| format!("{n:02}")).collect();
        codes.extend((0..100).map(|n| format!("{n}")));
        codes.extend((0..100).map(|n| format!("{n:03}")));
        codes.extend(
            [
                "", " 1", "1 ", "+1", "-1", "0x", "٠١", "０１", "01\0", "Kinh", "54 ",
            ]
            .map(String::from),
        );
        codes.sort();
        codes.dedup();
        for code in &codes {
            assert_eq!(find_by_code(code), search(code), "{code:?}");
        }
        let found = codes.iter().filter(|c| find_by_code(c).is_some()).count();
        assert_eq!(found, GROUPS.len());
    }

    #[test]
    fn spellings_seen_in_the_sources_match() {
        for (typed, code) in [
            ("HMông", "08"),
            ("h mong", "08"),
            ("Khơ-me", "05"),
            ("KHMER", "05"),
            ("Ê Đê", "12"),
            ("Ê-đê", "12"),
            ("ê đê", "12"),
            ("Rơ-măm", "54"),
            ("Người Kinh", "01"),
            ("Mường", "06"),
            ("Muong", "06"),
            ("Thái", "03"),
            ("Tày", "02"),
        ] {
            assert_eq!(find_by_name(typed).map(|g| g.code), Some(code), "{typed}");
        }
        for none in ["", "  ", "dân tộc", "Kinh 1", "Mèo x"] {
            assert!(find_by_name(none).is_none(), "{none}");
        }
    }
}
