//! The legacy tables (cargo feature `legacy-units`): provinces, districts, communes and the
//! lineage to 2025, decoded on first use: from the tables embedded in the build, or, with the
//! feature `legacy-units-loadable`, from the file given to [`load`] (see `legacy_blob`).

use std::sync::OnceLock;

use super::decode::{self, NameRest, Reader};
use super::legacy_blob::LegacyBytes;
use super::lineage_kind::LineageKind;
use super::table::{commune, index, y2025, DistrictRow, ProvinceRow, Table, NONE};
use super::UnitType;
use crate::reference::code_set::CodeSet;
use crate::reference::generated::units_2025 as g2025;
use crate::reference::generated::{legacy_provinces as gp, units_legacy as gx};

/// The legacy units and the lineage to 2025.
pub(crate) struct Legacy {
    pub table: Table,
    /// For legacy commune `i`, its successors are `successors[starts[i]..starts[i + 1]]`.
    pub starts: Vec<u32>,
    /// (2025 commune index, kind) of each successor.
    pub successors: Vec<(u16, LineageKind)>,
    /// (2025 commune index, legacy commune index, kind), sorted by 2025 commune and legacy code:
    /// built on the first reverse query.
    pub predecessors: OnceLock<Vec<(u16, u16, LineageKind)>>,
}

/// Most districts or communes a table may hold (indices are `u16`).
const MAX_UNITS: usize = u16::MAX as usize;

/// The legacy units, decoded on first use; `None` while a loadable build has not been given
/// its file.
pub(crate) fn legacy() -> Option<&'static Legacy> {
    static TABLE: OnceLock<Legacy> = OnceLock::new();
    if let Some(table) = TABLE.get() {
        return Some(table);
    }
    let bytes = source()?;
    Some(TABLE.get_or_init(|| build_legacy(&bytes)))
}

#[cfg(not(feature = "legacy-units-loadable"))]
fn source() -> Option<LegacyBytes<'static>> {
    Some(LegacyBytes::embedded())
}

#[cfg(feature = "legacy-units-loadable")]
static LOADED: OnceLock<Vec<u8>> = OnceLock::new();

#[cfg(feature = "legacy-units-loadable")]
fn source() -> Option<LegacyBytes<'static>> {
    LegacyBytes::from_file(LOADED.get()?)
}

/// Installs the legacy tables from `file` (`ctxh_legacy.bin`): true when they are installed
/// (now or before), false when `file` is not this crate version's file or is damaged.
#[cfg(feature = "legacy-units-loadable")]
pub(crate) fn load(file: &[u8]) -> bool {
    if LOADED.get().is_some() {
        return true;
    }
    if LegacyBytes::from_file(file).is_none() {
        return false;
    }
    let _ = LOADED.set(file.to_vec());
    crate::version::mark_legacy_loaded();
    true
}

fn build_legacy(bytes: &LegacyBytes<'_>) -> Legacy {
    let y2025 = y2025();
    let district_count: usize = bytes.province_sizes.iter().map(|&n| usize::from(n)).sum();
    let district_count = district_count.min(MAX_UNITS);
    let district_codes = decode::deltas(bytes.district_codes, district_count);
    let district_sizes = decode::varints(bytes.district_sizes, district_count);
    let commune_count = district_sizes.iter().map(|&n| n as usize).sum::<usize>();
    let commune_count = commune_count.min(MAX_UNITS);
    let commune_codes = decode::deltas(bytes.commune_codes, commune_count);
    let mut syllables = Vec::new();
    decode::syllables(g2025::SYLLABLES, &mut syllables);
    decode::syllables(bytes.syllables, &mut syllables);

    // Lineage first: commune names may refer to their successors' names.
    let mut starts = Vec::with_capacity(commune_count + 1);
    let mut successors = Vec::new();
    let mut shapes = Reader::new(bytes.shapes);
    let targets = {
        let total = bytes.shapes.iter().map(|s| usize::from(s & 0x0F)).sum();
        decode::deltas(bytes.successors, total)
    };
    for _ in 0..commune_count {
        starts.push(u32::try_from(successors.len()).unwrap_or(u32::MAX));
        let shape = shapes.byte();
        let (count, default) = (usize::from(shape & 0x0F), usize::from(shape >> 4));
        for k in 0..count {
            let kind = if default == k + 1 {
                LineageKind::SplitDefault
            } else if count == 1 && default == 0 {
                LineageKind::Whole
            } else {
                LineageKind::Split
            };
            let target = targets.get(successors.len()).copied().unwrap_or(NONE);
            successors.push((target, kind));
        }
    }
    starts.push(u32::try_from(successors.len()).unwrap_or(u32::MAX));

    let mut district_names = Reader::new(bytes.district_names);
    let mut commune_names = Reader::new(bytes.commune_names);
    let mut provinces = Vec::with_capacity(gp::PROVINCES.len());
    let mut districts = Vec::with_capacity(district_count);
    let mut communes = Vec::with_capacity(commune_count);
    for (p, (&(code, kind, name), &size)) in
        gp::PROVINCES.iter().zip(bytes.province_sizes).enumerate()
    {
        let (first_district, first_commune) = (index(districts.len()), index(communes.len()));
        for _ in 0..size {
            let d = districts.len();
            let d_start = index(communes.len());
            for _ in 0..district_sizes.get(d).copied().unwrap_or(0) {
                let i = communes.len();
                let rest = match decode::next_name(&mut commune_names, &syllables) {
                    NameRest::Text(t) => t,
                    NameRest::SameAsSuccessor(k) => {
                        let start = starts.get(i).map_or(0, |&s| s as usize);
                        successors
                            .get(start + k)
                            .and_then(|&(t, _)| y2025.communes.get(usize::from(t)))
                            .map_or_else(String::new, |c| c.rest().to_owned())
                    }
                };
                let form = bytes
                    .commune_forms
                    .get(i)
                    .and_then(|&f| gx::FORMS.get(usize::from(f)));
                let code = commune_codes.get(i).copied().unwrap_or(0);
                communes.push(commune(code, form, &rest, index(p), index(d)));
            }
            let rest = match decode::next_name(&mut district_names, &syllables) {
                NameRest::Text(t) => t,
                NameRest::SameAsSuccessor(_) => String::new(),
            };
            let (kind, prefix) = bytes
                .district_forms
                .get(d)
                .and_then(|&f| gx::FORMS.get(usize::from(f)))
                .copied()
                .unwrap_or((UnitType::Huyen, ""));
            districts.push(DistrictRow {
                code: district_codes.get(d).copied().unwrap_or(0),
                name: format!("{prefix}{rest}").into_boxed_str(),
                kind,
                province: index(p),
                communes: (d_start, index(communes.len())),
            });
        }
        provinces.push(ProvinceRow {
            code: u16::from(code),
            name,
            kind,
            districts: (first_district, index(districts.len())),
            communes: (first_commune, index(communes.len())),
        });
    }
    Legacy {
        table: Table::new(CodeSet::Legacy, provinces, districts, communes),
        starts,
        successors,
        predecessors: OnceLock::new(),
    }
}
