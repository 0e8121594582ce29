//! Answering lineage questions: legacy commune → 2025 communes, and back.

use super::handles::{parse_code, Commune};
use super::lineage::{Conversion, LineageStatus, Predecessor, Sources, Successor};
use super::lineage_kind::LineageKind;
use super::tables;
use super::unit::Unit;
#[cfg(feature = "legacy-units")]
use super::{table, table_legacy};
use crate::reference::code_set::CodeSet;

/// Resolves `code` in `code_set`: a commune, or the status explaining why not.
fn resolve(code_set: CodeSet, code: &str) -> Result<Commune, (LineageStatus, Option<Unit>)> {
    let Some(units) = tables::table(code_set).map(super::Units) else {
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
    if tables::table(CodeSet::Legacy).is_none() {
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
            let Some(legacy) = table_legacy::legacy() else {
                return Vec::new();
            };
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
            // The table keeps each commune's successors in code order: move the default first.
            if let Some(d) = out.iter().position(Successor::is_default) {
                let default = out.remove(d);
                out.insert(0, default);
            }
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
            let Some(legacy) = table_legacy::legacy() else {
                return Vec::new();
            };
            let index = legacy.predecessors.get_or_init(|| {
                let communes = &legacy.table.communes;
                let mut keys = Vec::with_capacity(legacy.successors.len());
                for (i, w) in legacy.starts.windows(2).enumerate() {
                    let code = communes.get(i).map_or(0, |c| u64::from(c.code));
                    let range = w[0] as usize..w[1] as usize;
                    for &(target, kind) in legacy.successors.get(range).unwrap_or(&[]) {
                        // 2025 commune, then legacy code: the order answers come in.
                        let kind = kind as u64;
                        keys.push(u64::from(target) << 48 | code << 32 | kind << 16 | i as u64);
                    }
                }
                super::sort::sort_keys(&mut keys);
                keys.into_iter()
                    .map(|k| {
                        let kind = match (k >> 16) & 0xFF {
                            0 => LineageKind::Whole,
                            1 => LineageKind::SplitDefault,
                            _ => LineageKind::Split,
                        };
                        ((k >> 48) as u16, (k & 0xFFFF) as u16, kind)
                    })
                    .collect()
            });
            let from = index.partition_point(|&(t, _, _)| t < self.index);
            index
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&(t, _, _)| t == self.index)
                .map(|&(_, index, kind)| Predecessor {
                    commune: Commune {
                        table: &legacy.table,
                        index,
                    },
                    kind,
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
