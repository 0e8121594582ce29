//! The legacy tables (cargo feature `legacy-units`): provinces, districts, communes and the
//! lineage to 2025, decoded on first use.

use std::sync::OnceLock;

use super::decode::{self, NameRest, Reader};
use super::lineage_kind::LineageKind;
use super::table::{commune, index, sorted_by, y2025, DistrictRow, ProvinceRow, Table, NONE};
use super::UnitType;
use crate::reference::code_set::CodeSet;
use crate::reference::generated::units_2025 as g2025;
use crate::reference::generated::{legacy_provinces as gp, lineage as gl, units_legacy as gx};

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

/// The legacy units, decoded on first use.
pub(crate) fn legacy() -> &'static Legacy {
    static TABLE: OnceLock<Legacy> = OnceLock::new();
    TABLE.get_or_init(build_legacy)
}

fn build_legacy() -> Legacy {
    let y2025 = y2025();
    let district_count: usize = gx::PROVINCE_SIZES.iter().map(|&n| usize::from(n)).sum();
    let district_codes = decode::deltas(gx::DISTRICT_CODES, district_count);
    let district_sizes = decode::varints(gx::DISTRICT_SIZES, district_count);
    let commune_count = district_sizes.iter().map(|&n| n as usize).sum();
    let commune_codes = decode::deltas(gx::COMMUNE_CODES, commune_count);
    let mut syllables = Vec::new();
    decode::syllables(g2025::SYLLABLES, &mut syllables);
    decode::syllables(gx::SYLLABLES, &mut syllables);

    // Lineage first: commune names may refer to their successors' names.
    let mut starts = Vec::with_capacity(commune_count + 1);
    let mut successors = Vec::new();
    let mut shapes = Reader::new(gl::SHAPES);
    let targets = {
        let total = gl::SHAPES.iter().map(|s| usize::from(s & 0x0F)).sum();
        decode::deltas(gl::SUCCESSORS, total)
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

    let mut district_names = Reader::new(gx::DISTRICT_NAMES);
    let mut commune_names = Reader::new(gx::COMMUNE_NAMES);
    let mut provinces = Vec::with_capacity(gp::PROVINCES.len());
    let mut districts = Vec::with_capacity(district_count);
    let mut communes = Vec::with_capacity(commune_count);
    for (p, (&(code, kind, name), &size)) in
        gp::PROVINCES.iter().zip(gx::PROVINCE_SIZES).enumerate()
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
                let form = gx::COMMUNE_FORMS
                    .get(i)
                    .and_then(|&f| gx::FORMS.get(usize::from(f)));
                let code = commune_codes.get(i).copied().unwrap_or(0);
                communes.push(commune(code, form, &rest, index(p), index(d)));
            }
            let rest = match decode::next_name(&mut district_names, &syllables) {
                NameRest::Text(t) => t,
                NameRest::SameAsSuccessor(_) => String::new(),
            };
            let (kind, prefix) = gx::DISTRICT_FORMS
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
        table: Table {
            code_set: CodeSet::Legacy,
            communes_by_code: sorted_by(&communes, |c| c.code),
            districts_by_code: sorted_by(&districts, |d| d.code),
            provinces,
            districts,
            communes,
            search_keys: OnceLock::new(),
        },
        starts,
        successors,
        predecessors: OnceLock::new(),
    }
}
