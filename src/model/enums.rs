//! Code lists with labels for select boxes (`enumLabels` in JavaScript).

use serde::Serialize;

use crate::i18n::Lang;

/// One value of a code list with its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EnumEntry {
    /// The stable wire id.
    pub value: &'static str,
    /// The Vietnamese label.
    pub vi: &'static str,
    /// The English label.
    pub en: &'static str,
}

/// A value with its label in one language, as a select box needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// The stable wire id.
    pub value: &'static str,
    /// The label in the requested language.
    pub label: &'static str,
}

/// What a `wire_enum!` code list declares about itself.
#[derive(Debug, Clone, Copy)]
pub struct EnumInfo {
    /// The Rust type name (`CodeSet`), also the TypeScript type name.
    pub rust_name: &'static str,
    /// The list's wire name (`codeSet`), as `enumLabels` takes it.
    pub list_name: &'static str,
    /// The values with their labels.
    pub entries: &'static [EnumEntry],
}

/// One field of a record type.
#[derive(Debug, Clone, Copy)]
pub struct FieldInfo {
    /// The Rust field name.
    pub rust_name: &'static str,
    /// The wire (camelCase) name.
    pub wire_name: &'static str,
    /// The Rust type as written (`String`, `Vec<Qualification>`, `CodeSet`).
    pub rust_type: &'static str,
}

/// What a `record!` type declares about itself.
#[derive(Debug, Clone, Copy)]
pub struct RecordInfo {
    /// The Rust type name, also the TypeScript interface name.
    pub rust_name: &'static str,
    /// The record's wire name.
    pub wire_name: &'static str,
    /// Its fields, in declaration order (all optional on the wire).
    pub fields: &'static [FieldInfo],
}

/// Every code list the crate has.
pub fn lists() -> Vec<EnumInfo> {
    let mut out = Vec::new();
    out.extend(crate::model::address::ENUM_LISTS);
    out.extend(crate::model::person::ENUM_LISTS);
    out.extend(crate::model::identifiers::ENUM_LISTS);
    out.extend(crate::model::staff::ENUM_LISTS);
    out.extend(crate::model::facility::ENUM_LISTS);
    out.extend(crate::model::case::ENUM_LISTS);
    out
}

/// Every record type the crate has (top-level and nested).
pub fn records() -> Vec<RecordInfo> {
    let mut out = Vec::new();
    out.extend(crate::model::address::RECORD_TYPES);
    out.extend(crate::model::person::RECORD_TYPES);
    out.extend(crate::model::identifiers::RECORD_TYPES);
    out.extend(crate::model::staff::RECORD_TYPES);
    out.extend(crate::model::facility::RECORD_TYPES);
    out.extend(crate::model::case::RECORD_TYPES);
    out
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
