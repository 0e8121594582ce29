//! The decoded tables: built once, on first use, from the generated streams.

use std::sync::OnceLock;

use super::code_index::CodeIndex;
use super::decode::{self, NameRest, Reader};
use super::UnitType;
use crate::reference::code_set::CodeSet;
use crate::reference::generated::units_2025 as g2025;

/// "No district" (2025 communes).
pub(crate) const NONE: u16 = u16::MAX;

/// A province: its units are the contiguous ranges `districts` and `communes`.
pub(crate) struct ProvinceRow {
    pub code: u16,
    pub name: &'static str,
    pub kind: UnitType,
    pub districts: (u16, u16),
    pub communes: (u16, u16),
}

/// A legacy district.
pub(crate) struct DistrictRow {
    pub code: u16,
    pub name: Box<str>,
    pub kind: UnitType,
    pub province: u16,
    pub communes: (u16, u16),
}

/// A commune-level unit (xã, phường, thị trấn, đặc khu).
pub(crate) struct CommuneRow {
    pub code: u16,
    pub name: Box<str>,
    pub kind: UnitType,
    /// Bytes of the name's prefix (`Phường `): the rest is what search compares.
    pub prefix_len: u8,
    pub province: u16,
    pub district: u16,
}

impl CommuneRow {
    /// The name without its type prefix.
    pub(crate) fn rest(&self) -> &str {
        self.name
            .get(usize::from(self.prefix_len)..)
            .unwrap_or(&self.name)
    }
}

/// The comparison keys of one commune's name without its type prefix, made by the name
/// search on first use.
pub(crate) struct SearchKeys {
    /// The name key (case, NFC and tone-mark placement folded).
    pub key: Box<str>,
    /// The key without diacritics.
    pub fold: Box<str>,
}

/// The units of one code set.
pub(crate) struct Table {
    pub code_set: CodeSet,
    pub provinces: Vec<ProvinceRow>,
    pub districts: Vec<DistrictRow>,
    pub communes: Vec<CommuneRow>,
    /// Province indexes by code.
    pub provinces_by_code: CodeIndex,
    /// District indexes by code.
    pub districts_by_code: CodeIndex,
    /// Commune indexes by code.
    pub communes_by_code: CodeIndex,
    /// Search keys of every commune, computed on the first search.
    pub search_keys: OnceLock<Vec<SearchKeys>>,
}

impl Table {
    /// The table of `code_set` with these rows, indexed by code.
    pub(crate) fn new(
        code_set: CodeSet,
        provinces: Vec<ProvinceRow>,
        districts: Vec<DistrictRow>,
        communes: Vec<CommuneRow>,
    ) -> Table {
        let codes = |codes: Vec<u16>| CodeIndex::new(&codes);
        Table {
            code_set,
            provinces_by_code: codes(provinces.iter().map(|p| p.code).collect()),
            districts_by_code: codes(districts.iter().map(|d| d.code).collect()),
            communes_by_code: codes(communes.iter().map(|c| c.code).collect()),
            provinces,
            districts,
            communes,
            search_keys: OnceLock::new(),
        }
    }

    /// The index of the commune with this code.
    pub(crate) fn commune_index(&self, code: u32) -> Option<u16> {
        self.communes_by_code.get(code)
    }

    /// The index of the district with this code.
    pub(crate) fn district_index(&self, code: u32) -> Option<u16> {
        self.districts_by_code.get(code)
    }

    /// The index of the province with this code.
    pub(crate) fn province_index(&self, code: u32) -> Option<u16> {
        self.provinces_by_code.get(code)
    }
}

pub(crate) fn index(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(NONE)
}

/// Builds a commune row from its code, form and name rest.
pub(crate) fn commune(
    code: u16,
    form: Option<&(UnitType, &str)>,
    rest: &str,
    province: u16,
    district: u16,
) -> CommuneRow {
    let (kind, prefix) = form.copied().unwrap_or((UnitType::Xa, ""));
    CommuneRow {
        code,
        name: format!("{prefix}{rest}").into_boxed_str(),
        kind,
        prefix_len: u8::try_from(prefix.len()).unwrap_or(0),
        province,
        district,
    }
}

/// The 2025 units, decoded on first use.
pub(crate) fn y2025() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build_2025)
}

fn build_2025() -> Table {
    let count: usize = g2025::PROVINCES.iter().map(|p| usize::from(p.3)).sum();
    let codes = decode::deltas(g2025::COMMUNE_CODES, count);
    let mut syllables = Vec::new();
    decode::syllables(g2025::SYLLABLES, &mut syllables);
    let mut names = Reader::new(g2025::COMMUNE_NAMES);
    let mut provinces = Vec::with_capacity(g2025::PROVINCES.len());
    let mut communes = Vec::with_capacity(count);
    for (p, &(code, kind, name, size)) in g2025::PROVINCES.iter().enumerate() {
        let start = index(communes.len());
        for _ in 0..size {
            let i = communes.len();
            let rest = match decode::next_name(&mut names, &syllables) {
                NameRest::Text(t) => t,
                NameRest::SameAsSuccessor(_) => String::new(),
            };
            let form = g2025::COMMUNE_FORMS
                .get(i)
                .and_then(|&f| g2025::FORMS.get(usize::from(f)));
            let code = codes.get(i).copied().unwrap_or(0);
            communes.push(commune(code, form, &rest, index(p), NONE));
        }
        provinces.push(ProvinceRow {
            code: u16::from(code),
            name,
            kind,
            districts: (0, 0),
            communes: (start, index(communes.len())),
        });
    }
    Table::new(CodeSet::Y2025, provinces, Vec::new(), communes)
}
