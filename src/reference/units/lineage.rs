//! From legacy communes to 2025 communes and back (the lineage table).

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::handles::Commune;
use super::lineage_kind::LineageKind;
use super::unit::{Parent, Unit};

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

/// The answer of [`convert_legacy_commune`](super::convert_legacy_commune): `{ status, legacy, candidates }`.
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

/// The answer of [`legacy_sources`](super::legacy_sources): `{ status, commune, sources }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sources {
    /// `found` when there are sources; otherwise why there are none.
    pub status: LineageStatus,
    /// The 2025 unit the code names, when there is one.
    pub commune: Option<Unit>,
    /// The legacy communes that went (wholly or in part) into it, in code order.
    pub sources: Vec<Predecessor>,
}
