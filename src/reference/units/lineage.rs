//! From legacy communes to 2025 communes and back (the lineage table).

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::handles::{parse_code, Commune, Parent, Unit};
use super::table;
use crate::model::address::CodeSet;

/// How a legacy commune went into a 2025 commune.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineageKind {
    /// `whole`: entirely, into this one 2025 commune.
    Whole,
    /// `split-default`: divided, and this 2025 commune took its main part.
    SplitDefault,
    /// `split`: divided, and this 2025 commune took another part.
    Split,
}

impl LineageKind {
    /// The stable id, as in the lineage table: `whole`, `split-default`, `split`.
    pub fn id(self) -> &'static str {
        match self {
            LineageKind::Whole => "whole",
            LineageKind::SplitDefault => "split-default",
            LineageKind::Split => "split",
        }
    }
}

impl Serialize for LineageKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A 2025 commune that (part of) a legacy commune went into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Successor {
    /// The 2025 commune.
    pub commune: Commune,
    /// Whole, split-default or split.
    pub kind: LineageKind,
}

impl Successor {
    /// Whether this is the answer to propose: the only successor, or the split-default one.
    pub fn is_default(&self) -> bool {
        self.kind != LineageKind::Split
    }
}

/// `{ code, name, type, typeLabel, province: { code, name }, kind, default }`.
impl Serialize for Successor {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.commune;
        let mut st = s.serialize_struct("Successor", 7)?;
        st.serialize_field("code", &c.code())?;
        st.serialize_field("name", c.name())?;
        st.serialize_field("type", &c.unit_type())?;
        st.serialize_field("typeLabel", c.unit_type().label())?;
        st.serialize_field("province", &Parent::from(c.province()))?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("default", &self.is_default())?;
        st.end()
    }
}

/// A legacy commune that (part of) went into a 2025 commune.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Predecessor {
    /// The legacy commune.
    pub commune: Commune,
    /// Whole, split-default or split.
    pub kind: LineageKind,
}

/// `{ code, name, type, typeLabel, district: { code, name }, province: { code, name }, kind }`.
impl Serialize for Predecessor {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.commune;
        let mut st = s.serialize_struct("Predecessor", 7)?;
        st.serialize_field("code", &c.code())?;
        st.serialize_field("name", c.name())?;
        st.serialize_field("type", &c.unit_type())?;
        st.serialize_field("typeLabel", c.unit_type().label())?;
        if let Some(d) = c.district() {
            st.serialize_field("district", &Parent::from(d))?;
        }
        st.serialize_field("province", &Parent::from(c.province()))?;
        st.serialize_field("kind", &self.kind)?;
        st.end()
    }
}

/// The outcome of a lineage question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineageStatus {
    /// `whole`: the legacy commune went entirely into one 2025 commune.
    Whole,
    /// `split`: the legacy commune was divided; every part is a candidate, one is the default.
    Split,
    /// `found`: the legacy communes that went into the 2025 commune are listed.
    Found,
    /// `no-lineage`: the commune exists, but the lineage table says nothing about it (the five
    /// 2025 special zones that replaced the island districts, which had no communes).
    NoLineage,
    /// `not-a-commune`: the code is a province's or a district's (such as the five island
    /// districts that had no communes), not a commune's.
    NotACommune,
    /// `unknown`: no unit has this code in the code set.
    Unknown,
    /// `code-format-invalid`: the code is not 5 digits (or 2 or 3 for a province or district).
    CodeFormatInvalid,
    /// `code-set-unavailable`: this build has no legacy units (cargo feature `legacy-units`).
    CodeSetUnavailable,
}

impl LineageStatus {
    /// The stable id (`whole`, `split`, `found`, `no-lineage`, `not-a-commune`, `unknown`,
    /// `code-format-invalid`, `code-set-unavailable`).
    pub fn id(self) -> &'static str {
        match self {
            LineageStatus::Whole => "whole",
            LineageStatus::Split => "split",
            LineageStatus::Found => "found",
            LineageStatus::NoLineage => "no-lineage",
            LineageStatus::NotACommune => "not-a-commune",
            LineageStatus::Unknown => "unknown",
            LineageStatus::CodeFormatInvalid => "code-format-invalid",
            LineageStatus::CodeSetUnavailable => "code-set-unavailable",
        }
    }
}

impl Serialize for LineageStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// The answer of [`convert_legacy_commune`]: `{ status, legacy, candidates }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversion {
    /// `whole` or `split` when there are candidates; otherwise why there are none.
    pub status: LineageStatus,
    /// The legacy unit the code names, when there is one (a commune, or for `not-a-commune` the
    /// province or district).
    pub legacy: Option<Unit>,
    /// The 2025 communes, the default one first, the others in code order.
    pub candidates: Vec<Successor>,
}

/// The answer of [`legacy_sources`]: `{ status, commune, sources }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sources {
    /// `found` when there are sources; otherwise why there are none.
    pub status: LineageStatus,
    /// The 2025 unit the code names, when there is one.
    pub commune: Option<Unit>,
    /// The legacy communes that went (wholly or in part) into it, in code order.
    pub sources: Vec<Predecessor>,
}

/// Resolves `code` in `code_set`: a commune, or the status explaining why not.
fn resolve(code_set: CodeSet, code: &str) -> Result<Commune, (LineageStatus, Option<Unit>)> {
    let Some(units) = table::table(code_set).map(super::Units) else {
        return Err((LineageStatus::CodeSetUnavailable, None));
    };
    if parse_code(code, 5).is_none()
        && parse_code(code, 3).is_none()
        && parse_code(code, 2).is_none()
    {
        return Err((LineageStatus::CodeFormatInvalid, None));
    }
    match units.lookup(code) {
        Some(Unit::Commune(c)) => Ok(c),
        Some(other) => Err((LineageStatus::NotACommune, Some(other))),
        None => Err((LineageStatus::Unknown, None)),
    }
}

/// The 2025 commune(s) a legacy commune (5-digit code) went into.
///
/// Every input gets an answer: `whole` (one candidate), `split` (all candidates, the default
/// first and marked), or a status saying why there is none (`not-a-commune` for a province or
/// district code such as the island districts, `unknown`, `code-format-invalid`,
/// `code-set-unavailable` in builds without the legacy units).
///
/// ```
/// use ctxh::reference::units::{convert_legacy_commune, LineageStatus};
/// let c = convert_legacy_commune("26740"); // Phường Bến Nghé, Quận 1
/// if cfg!(feature = "legacy-units") {
///     assert_eq!(c.status, LineageStatus::Whole);
///     assert_eq!(c.candidates[0].commune.name(), "Phường Sài Gòn");
/// } else {
///     assert_eq!(c.status, LineageStatus::CodeSetUnavailable);
/// }
/// ```
pub fn convert_legacy_commune(code: &str) -> Conversion {
    match resolve(CodeSet::Legacy, code) {
        Ok(c) => {
            let candidates = c.successors();
            let status = match candidates.as_slice() {
                [] => LineageStatus::NoLineage,
                [only] if only.kind == LineageKind::Whole => LineageStatus::Whole,
                _ => LineageStatus::Split,
            };
            Conversion {
                status,
                legacy: Some(Unit::Commune(c)),
                candidates,
            }
        }
        Err((status, legacy)) => Conversion {
            status,
            legacy,
            candidates: Vec::new(),
        },
    }
}

/// The legacy communes that went (wholly or in part) into a 2025 commune (5-digit code).
///
/// `found` with the sources in code order, or why there are none (`no-lineage` for the five
/// special zones, `not-a-commune`, `unknown`, `code-format-invalid`, `code-set-unavailable` in
/// builds without the legacy units).
pub fn legacy_sources(code: &str) -> Sources {
    if table::table(CodeSet::Legacy).is_none() {
        return Sources {
            status: LineageStatus::CodeSetUnavailable,
            commune: None,
            sources: Vec::new(),
        };
    }
    match resolve(CodeSet::Y2025, code) {
        Ok(c) => {
            let sources = c.predecessors();
            Sources {
                status: if sources.is_empty() {
                    LineageStatus::NoLineage
                } else {
                    LineageStatus::Found
                },
                commune: Some(Unit::Commune(c)),
                sources,
            }
        }
        Err((status, commune)) => Sources {
            status,
            commune,
            sources: Vec::new(),
        },
    }
}

impl Commune {
    /// For a legacy commune: the 2025 communes it went into, the default one first, the others
    /// in code order. Empty for a 2025 commune.
    pub fn successors(self) -> Vec<Successor> {
        #[cfg(feature = "legacy-units")]
        {
            let legacy = table::legacy();
            if !std::ptr::eq(self.table, &legacy.table) {
                return Vec::new();
            }
            let i = usize::from(self.index);
            let (Some(&start), Some(&end)) = (legacy.starts.get(i), legacy.starts.get(i + 1))
            else {
                return Vec::new();
            };
            let y2025 = table::y2025();
            let mut out: Vec<Successor> = legacy
                .successors
                .get(start as usize..end as usize)
                .unwrap_or(&[])
                .iter()
                .filter(|(t, _)| usize::from(*t) < y2025.communes.len())
                .map(|&(index, kind)| Successor {
                    commune: Commune {
                        table: y2025,
                        index,
                    },
                    kind,
                })
                .collect();
            out.sort_by_key(|s| (!s.is_default(), s.commune.row().code));
            out
        }
        #[cfg(not(feature = "legacy-units"))]
        {
            let _ = self;
            Vec::new()
        }
    }

    /// For a 2025 commune: the legacy communes that went (wholly or in part) into it, in code
    /// order. Empty for a legacy commune, and in builds without the legacy units.
    pub fn predecessors(self) -> Vec<Predecessor> {
        #[cfg(feature = "legacy-units")]
        {
            let y2025 = table::y2025();
            if !std::ptr::eq(self.table, y2025) {
                return Vec::new();
            }
            let legacy = table::legacy();
            let index = legacy.predecessors.get_or_init(|| {
                let mut pairs = Vec::with_capacity(legacy.successors.len());
                for i in 0..legacy.starts.len().saturating_sub(1) {
                    let (start, end) = (legacy.starts[i] as usize, legacy.starts[i + 1] as usize);
                    for &(target, _) in legacy.successors.get(start..end).unwrap_or(&[]) {
                        pairs.push((target, u16::try_from(i).unwrap_or(u16::MAX)));
                    }
                }
                pairs.sort_by_key(|&(t, l)| {
                    (t, legacy.table.communes.get(usize::from(l)).map(|c| c.code))
                });
                pairs
            });
            let from = index.partition_point(|&(t, _)| t < self.index);
            index[from..]
                .iter()
                .take_while(|&&(t, _)| t == self.index)
                .filter_map(|&(_, l)| {
                    let commune = Commune {
                        table: &legacy.table,
                        index: l,
                    };
                    let kind = commune
                        .successors()
                        .into_iter()
                        .find(|s| s.commune == self)?
                        .kind;
                    Some(Predecessor { commune, kind })
                })
                .collect()
        }
        #[cfg(not(feature = "legacy-units"))]
        {
            let _ = self;
            Vec::new()
        }
    }
}
