//! Birth-registration province codes of the CCCD / personal identification number: the first
//! three digits are `0` + the legacy 2-digit province code (TT 07/2016/TT-BCA, Phụ lục 1). The
//! table is derived from the legacy province list (`data/admin-units-legacy.csv`), never copied
//! by hand, and is embedded in every build (it does not need the `legacy-units` feature). The code
//! is fixed at registration: it is never re-mapped to the 2025 provinces.

use serde::Serialize;

use crate::reference::generated::legacy_provinces::PROVINCES;

/// One birth-registration code: `{ prefix, provinceCode, name }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CccdProvince {
    /// The three digits the number starts with (`"001"`).
    pub prefix: String,
    /// The legacy province code (`"01"`).
    pub province_code: String,
    /// The legacy province's name (`"Thành phố Hà Nội"`).
    pub name: &'static str,
}

fn entry(code: u8, name: &'static str) -> CccdProvince {
    CccdProvince {
        prefix: format!("0{code:02}"),
        province_code: format!("{code:02}"),
        name,
    }
}

/// The province a CCCD's first three digits (`"001"`) name, or `None` when they name none of the
/// 63 legacy provinces (wrong length, not digits, or possibly a country code for a birth
/// registered abroad).
///
/// ```
/// use ctxh::reference::cccd::province_for_prefix;
/// let p = province_for_prefix("079").unwrap();
/// assert_eq!((p.province_code.as_str(), p.name), ("79", "Thành phố Hồ Chí Minh"));
/// assert!(province_for_prefix("003").is_none());
/// assert!(province_for_prefix("79").is_none());
/// ```
pub fn province_for_prefix(prefix: &str) -> Option<CccdProvince> {
    find(prefix).map(|p| entry(p.0, p.2))
}

/// The name of the province [`province_for_prefix`] finds, without building the entry.
pub fn province_name_for_prefix(prefix: &str) -> Option<&'static str> {
    find(prefix).map(|p| p.2)
}

/// The legacy province codes as the bits of a mask, built at compile time from the list.
const PROVINCE_CODES: u128 = {
    let mut mask = 0u128;
    let mut i = 0;
    while i < PROVINCES.len() {
        assert!(PROVINCES[i].0 < 100);
        mask |= 1 << PROVINCES[i].0;
        i += 1;
    }
    mask
};

/// Whether [`province_for_prefix`] finds a province for these three bytes, answered from a
/// mask of the codes (for the CCCD rule, which needs no name).
pub(crate) fn is_province_prefix(prefix: &[u8]) -> bool {
    match *prefix {
        [b'0', x @ b'0'..=b'9', y @ b'0'..=b'9'] => {
            PROVINCE_CODES >> ((x - b'0') * 10 + (y - b'0')) & 1 == 1
        }
        _ => false,
    }
}

fn find(prefix: &str) -> Option<&'static (u8, crate::reference::units::UnitType, &'static str)> {
    let code = crate::reference::units::parse_code(prefix, 3)?;
    PROVINCES
        .iter()
        .find(|p| u32::from(p.0) == code && prefix.starts_with('0'))
}

/// All 63 birth-registration codes, in the legacy table's order.
pub fn provinces() -> Vec<CccdProvince> {
    PROVINCES.iter().map(|p| entry(p.0, p.2)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_mask_knows_what_the_list_knows() {
        let mut texts: Vec<String> = (0..1000).map(|n| format!("{n:03}")).collect();
        texts.extend(["", "01", "0010", "a01", "0 1"].map(String::from));
        for text in &texts {
            let listed = province_for_prefix(text).is_some();
            assert_eq!(is_province_prefix(text.as_bytes()), listed, "{text}");
        }
        assert_eq!(PROVINCE_CODES.count_ones() as usize, PROVINCES.len());
    }
}
