//! Vietnam's administrative units of both eras, embedded in the crate.
//!
//! Since 1 July 2025 Vietnam has 34 provinces and 3,321 communes and no district level
//! ([`CodeSet::Y2025`]); records from before use 63 provinces, 696 districts and 10,035 communes
//! ([`CodeSet::Legacy`], cargo feature `legacy-units`, on by default). A 5-digit commune code
//! means different places in the two eras, so every question names its code set.
//!
//! Names are returned exactly as the reference tables write them (`data/*.csv`); codes are text
//! with their leading zeros (`"01"`, `"001"`, `"00004"`). Look-ups by code take constant time on
//! an index built with the tables, which are decoded once, lazily, on first use.
//!
//! ```
//! use ctxh::model::address::CodeSet;
//! use ctxh::reference::units::{convert_legacy_commune, units, UnitType};
//!
//! let y2025 = units(CodeSet::Y2025).unwrap();
//! assert_eq!(y2025.provinces().len(), 34);
//! let hanoi = y2025.province("01").unwrap();
//! assert_eq!(hanoi.name(), "Thành phố Hà Nội");
//! let ward = y2025.commune("00004").unwrap();
//! assert_eq!((ward.name(), ward.unit_type()), ("Phường Ba Đình", UnitType::Phuong));
//! assert_eq!(ward.province(), hanoi);
//!
//! // Typed names: tone placement, NFD, case and missing diacritics do not matter.
//! let found = hanoi.search_communes("yen hoa", 3);
//! assert_eq!(found[0].commune.name(), "Phường Yên Hòa");
//!
//! // Legacy Phường Cửa Nam (Quận Hoàn Kiếm) was split among four 2025 communes.
//! let conversion = convert_legacy_commune("00073");
//! if cfg!(feature = "legacy-units") {
//!     assert_eq!(conversion.candidates.len(), 4);
//!     assert!(conversion.candidates[0].is_default());
//!     assert_eq!(conversion.candidates[0].commune.code(), "00226");
//! }
//! ```

mod code_index;
mod conversion;
mod decode;
mod handles;
#[cfg(feature = "legacy-units")]
mod legacy_blob;
mod lineage;
mod lineage_kind;
#[cfg(test)]
mod lookup_tests;
mod search;
mod sort;
mod table;
#[cfg(feature = "legacy-units")]
mod table_legacy;
mod tables;
mod unit;
mod unit_type;

use std::fmt;

pub use conversion::{convert_legacy_commune, legacy_sources};
pub use handles::{Commune, District, Province};
pub use lineage::{Conversion, LineageStatus, Predecessor, Sources, Successor};
pub use lineage_kind::LineageKind;
pub use search::{CommuneMatch, MatchRank};
pub use unit::{Level, Unit};
pub use unit_type::UnitType;

pub(crate) use handles::parse_code;
#[cfg(target_arch = "wasm32")]
pub(crate) use unit::Item;

use crate::reference::code_set::CodeSet;
use table::Table;

/// Why a code set cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UnitsError {
    /// This build has no tables for the code set (the legacy units need the cargo feature
    /// `legacy-units`).
    CodeSetUnavailable(CodeSet),
}

impl UnitsError {
    /// The stable code: `code_set_unavailable`.
    pub fn code(self) -> &'static str {
        match self {
            UnitsError::CodeSetUnavailable(_) => "code_set_unavailable",
        }
    }
}

impl fmt::Display for UnitsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnitsError::CodeSetUnavailable(set) => write!(
                f,
                "code_set_unavailable: this build has no \"{}\" administrative units \
                 (cargo feature legacy-units)",
                set.as_str()
            ),
        }
    }
}

impl std::error::Error for UnitsError {}

/// The units of one code set.
#[derive(Clone, Copy)]
pub struct Units(pub(crate) &'static Table);

impl fmt::Debug for Units {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Units({})", self.0.code_set.as_str())
    }
}

/// The units of `code_set`, or [`UnitsError::CodeSetUnavailable`] when this build lacks them
/// (or, built with `legacy-units-loadable`, has not been given the legacy file yet).
pub fn units(code_set: CodeSet) -> Result<Units, UnitsError> {
    tables::table(code_set)
        .map(Units)
        .ok_or(UnitsError::CodeSetUnavailable(code_set))
}

/// The legacy tables embedded in this build as one file, `ctxh_legacy.bin`, which builds with
/// the cargo feature `legacy-units-loadable` (the npm package) load at run time with
/// [`load_legacy_units`]; only for this crate version (another version refuses it). `None` in
/// builds without embedded legacy tables.
///
/// ```
/// if let Some(file) = ctxh::reference::units::legacy_units_file() {
///     assert!(file.starts_with(b"CTXHLGC1"));
/// }
/// ```
pub fn legacy_units_file() -> Option<Vec<u8>> {
    #[cfg(all(feature = "legacy-units", not(feature = "legacy-units-loadable")))]
    {
        Some(legacy_blob::LegacyBytes::embedded().to_file())
    }
    #[cfg(not(all(feature = "legacy-units", not(feature = "legacy-units-loadable"))))]
    {
        None
    }
}

/// Installs the legacy tables from `file` (what [`legacy_units_file`] writes, from a build of
/// this crate version with the tables embedded) in a build with the cargo feature
/// `legacy-units-loadable`. True when this build has the legacy units now (loaded now or
/// before, or embedded); false when `file` is another version's, damaged or no such file, and
/// in builds without `legacy-units`. Nothing changes on false.
pub fn load_legacy_units(file: &[u8]) -> bool {
    #[cfg(feature = "legacy-units-loadable")]
    {
        table_legacy::load(file)
    }
    #[cfg(not(feature = "legacy-units-loadable"))]
    {
        let _ = file;
        cfg!(feature = "legacy-units")
    }
}

impl Units {
    /// The code set.
    pub fn code_set(self) -> CodeSet {
        self.0.code_set
    }

    /// Every province, in table order.
    pub fn provinces(self) -> impl ExactSizeIterator<Item = Province> {
        let table = self.0;
        (0..len16(table.provinces.len())).map(move |index| Province { table, index })
    }

    /// Every district, in table order (none in the 2025 code set).
    pub fn districts(self) -> impl ExactSizeIterator<Item = District> {
        let table = self.0;
        (0..len16(table.districts.len())).map(move |index| District { table, index })
    }

    /// Every commune, in table order (grouped by province, and by district in the legacy set).
    pub fn communes(self) -> impl ExactSizeIterator<Item = Commune> {
        let table = self.0;
        (0..len16(table.communes.len())).map(move |index| Commune { table, index })
    }

    /// The province with this 2-digit code.
    pub fn province(self, code: &str) -> Option<Province> {
        self.province_numbered(parse_code(code, 2)?)
    }

    /// The district with this 3-digit code (legacy code set only).
    pub fn district(self, code: &str) -> Option<District> {
        self.district_numbered(parse_code(code, 3)?)
    }

    /// The commune with this 5-digit code.
    pub fn commune(self, code: &str) -> Option<Commune> {
        self.commune_numbered(parse_code(code, 5)?)
    }

    /// The province whose code is this number (what [`parse_code`] reads from 2 digits).
    pub(crate) fn province_numbered(self, code: u32) -> Option<Province> {
        let index = self.0.province_index(code)?;
        Some(Province {
            table: self.0,
            index,
        })
    }

    /// The district whose code is this number (what [`parse_code`] reads from 3 digits).
    pub(crate) fn district_numbered(self, code: u32) -> Option<District> {
        let index = self.0.district_index(code)?;
        Some(District {
            table: self.0,
            index,
        })
    }

    /// The commune whose code is this number (what [`parse_code`] reads from 5 digits).
    pub(crate) fn commune_numbered(self, code: u32) -> Option<Commune> {
        let index = self.0.commune_index(code)?;
        Some(Commune {
            table: self.0,
            index,
        })
    }

    /// The unit with this code: a province (2 digits), a district (3 digits, legacy) or a
    /// commune (5 digits). `None` for anything else.
    pub fn lookup(self, code: &str) -> Option<Unit> {
        match code.len() {
            2 => self.province(code).map(Unit::Province),
            3 => self.district(code).map(Unit::District),
            5 => self.commune(code).map(Unit::Commune),
            _ => None,
        }
    }
}

fn len16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
