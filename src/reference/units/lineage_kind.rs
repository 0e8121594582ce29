//! How a legacy commune went into a 2025 commune: whole, or split (with the default part).

use serde::{Serialize, Serializer};

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
