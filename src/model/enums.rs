//! Code lists with labels for select boxes (`enumLabels` in JavaScript), and the record types
//! and code lists of the registry's kinds, found by walking their fields.

use serde::Serialize;

use super::kinds::RecordKind;
use crate::i18n::Lang;
use crate::meta::{reachable, EnumInfo, RecordInfo};

pub use crate::meta::EnumEntry;

/// A value with its label in one language, as a select box needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// The stable wire id.
    pub value: &'static str,
    /// The label in the requested language.
    pub label: &'static str,
}

/// Code lists whose ids fields hold as plain codes (text), so that no field's type names them:
/// the person's `ethnicity` is an ethnic group code `01`..`54`.
const CODE_LISTS_OF_TEXT_FIELDS: &[&EnumInfo] = &[&crate::reference::ethnic::INFO];

/// The record types and code lists of the registry, found once.
fn registry() -> &'static (Vec<&'static RecordInfo>, Vec<&'static EnumInfo>) {
    static REGISTRY: std::sync::OnceLock<(Vec<&'static RecordInfo>, Vec<&'static EnumInfo>)> =
        std::sync::OnceLock::new();
    REGISTRY.get_or_init(|| {
        let roots: Vec<&'static RecordInfo> = RecordKind::ALL.iter().map(|k| k.info()).collect();
        let (records, mut lists) = reachable(&roots);
        lists.extend(CODE_LISTS_OF_TEXT_FIELDS);
        (records, lists)
    })
}

/// Every code list the crate has: those reachable from the registry's kinds, then those of
/// code fields held as text.
pub fn lists() -> Vec<&'static EnumInfo> {
    registry().1.clone()
}

/// Every record type of the registry's kinds, top-level and nested, each once.
pub fn records() -> Vec<&'static RecordInfo> {
    registry().0.clone()
}

/// The names of all code lists.
pub fn list_names() -> Vec<&'static str> {
    lists().into_iter().map(|l| l.list_name).collect()
}

/// The labels of the list `name` in `lang`, or `None` for an unknown list.
pub fn labels(name: &str, lang: Lang) -> Option<Vec<Label>> {
    let entries = lists().into_iter().find(|l| l.list_name == name)?.entries;
    Some(
        entries
            .iter()
            .map(|e| Label {
                value: e.value,
                label: if lang == Lang::Vi { e.vi } else { e.en },
            })
            .collect(),
    )
}
