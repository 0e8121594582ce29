//! The decoded tables: built once, on first use, from the generated streams.

use std::sync::OnceLock;

use super::decode::{self, NameRest, Reader};
use super::UnitType;
use crate::model::address::CodeSet;
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

/// The units of one code set.
pub(crate) struct Table {
    pub code_set: CodeSet,
    pub provinces: Vec<ProvinceRow>,
    pub districts: Vec<DistrictRow>,
    pub communes: Vec<CommuneRow>,
    /// Commune indexes sorted by code.
    pub communes_by_code: Vec<u16>,
    /// District indexes sorted by code.
    pub districts_by_code: Vec<u16>,
    /// Search keys of every commune, computed on the first search.
    pub search_keys: OnceLock<Vec<super::search::Keys>>,
}

impl Table {
    /// The index of the commune with this code.
    pub(crate) fn commune_index(&self, code: u32) -> Option<u16> {
        let code = u16::try_from(code).ok()?;
        let communes = &self.communes;
        self.communes_by_code
            .binary_search_by_key(&code, |&i| {
                communes.get(usize::from(i)).map_or(0, |c| c.code)
            })
            .ok()
            .and_then(|pos| self.communes_by_code.get(pos).copied())
    }

    /// The index of the district with this code.
    pub(crate) fn district_index(&self, code: u32) -> Option<u16> {
        let code = u16::try_from(code).ok()?;
        let districts = &self.districts;
        self.districts_by_code
            .binary_search_by_key(&code, |&i| {
                districts.get(usize::from(i)).map_or(0, |d| d.code)
            })
            .ok()
            .and_then(|pos| self.districts_by_code.get(pos).copied())
    }

    /// The index of the province with this code.
    pub(crate) fn province_index(&self, code: u32) -> Option<u16> {
        let code = u16::try_from(code).ok()?;
        let i = self.provinces.iter().position(|p| p.code == code)?;
        u16::try_from(i).ok()
    }
}

fn index(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(NONE)
}

fn sorted_by<T>(rows: &[T], code: impl Fn(&T) -> u16) -> Vec<u16> {
    let mut order: Vec<u16> = (0..rows.len()).map(index).collect();
    order.sort_by_key(|&i| rows.get(usize::from(i)).map(&code));
    order
}

/// Builds a commune row from its code, form and name rest.
fn commune(
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
    let syllables: Vec<&str> = decode::syllables(g2025::SYLLABLES).collect();
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
    Table {
        code_set: CodeSet::Y2025,
        communes_by_code: sorted_by(&communes, |c| c.code),
        districts_by_code: Vec::new(),
        provinces,
        districts: Vec::new(),
        communes,
        search_keys: OnceLock::new(),
    }
}

/// The legacy units and the lineage to 2025.
#[cfg(feature = "legacy-units")]
pub(crate) struct Legacy {
    pub table: Table,
    /// For legacy commune `i`, its successors are `successors[starts[i]..starts[i + 1]]`.
    pub starts: Vec<u32>,
    /// (2025 commune index, kind) of each successor.
    pub successors: Vec<(u16, super::lineage::LineageKind)>,
    /// (2025 commune index, legacy commune index), sorted: built on the first reverse query.
    pub predecessors: OnceLock<Vec<(u16, u16)>>,
}

/// The legacy units, decoded on first use.
#[cfg(feature = "legacy-units")]
pub(crate) fn legacy() -> &'static Legacy {
    static TABLE: OnceLock<Legacy> = OnceLock::new();
    TABLE.get_or_init(build_legacy)
}

#[cfg(feature = "legacy-units")]
fn build_legacy() -> Legacy {
    use super::lineage::LineageKind;
    use crate::reference::generated::{legacy_provinces as gp, lineage as gl, units_legacy as gx};

    let y2025 = y2025();
    let district_count: usize = gx::PROVINCE_SIZES.iter().map(|&n| usize::from(n)).sum();
    let district_codes = decode::deltas(gx::DISTRICT_CODES, district_count);
    let district_sizes = decode::varints(gx::DISTRICT_SIZES, district_count);
    let commune_count = district_sizes.iter().map(|&n| n as usize).sum();
    let commune_codes = decode::deltas(gx::COMMUNE_CODES, commune_count);
    let syllables: Vec<&str> = decode::syllables(g2025::SYLLABLES)
        .chain(decode::syllables(gx::SYLLABLES))
        .collect();

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

/// The table of a code set, or `None` when this build lacks it.
pub(crate) fn table(code_set: CodeSet) -> Option<&'static Table> {
    match code_set {
        CodeSet::Y2025 => Some(y2025()),
        #[cfg(feature = "legacy-units")]
        CodeSet::Legacy => Some(&legacy().table),
        #[cfg(not(feature = "legacy-units"))]
        CodeSet::Legacy => None,
    }
}
