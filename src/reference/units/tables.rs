//! The table of each code set this build has.

use crate::reference::code_set::CodeSet;

use super::table::Table;

/// The table of a code set, or `None` when this build lacks it (or has not loaded it yet).
pub(crate) fn table(code_set: CodeSet) -> Option<&'static Table> {
    match code_set {
        CodeSet::Y2025 => Some(super::table::y2025()),
        #[cfg(feature = "legacy-units")]
        CodeSet::Legacy => super::table_legacy::legacy().map(|l| &l.table),
        #[cfg(not(feature = "legacy-units"))]
        CodeSet::Legacy => None,
    }
}
