//! Legacy-era addresses rewritten to the 2025 units, row by row: the conversion table decides
//! ([`convert_legacy_commune`]). A commune that went whole into one 2025 commune is rewritten
//! (code set `2025`, the new province and commune codes, no district); a split one is never
//! guessed: the address stays as it is and the row gets the candidates and the default one.
//! Every address of a row says what happened to it ([`Migration`]).
//!
//! In a table, an address is the group of columns of one address field (`commune.codeSet`,
//! `commune.provinceCode`, `commune.districtCode`, `commune.wardCode`), found from the header
//! mapping; a group without a code set or commune column is left alone. In a record, every
//! field of the address type, found from the field descriptions.

use serde::Serialize;
use serde_json::Value;

use super::mapping::{resolve, ColumnMapping};
use crate::meta::{FieldType, RecordInfo};
use crate::model::address::Address;
use crate::model::RecordKind;
use crate::reference::units::{convert_legacy_commune, LineageStatus};
use crate::text::fold_key;

/// What happened to one legacy address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Migration {
    /// The address field's wire path (`commune`, `employer.agency.adminUnit`).
    pub path: String,
    /// The legacy commune code.
    pub legacy: String,
    /// The conversion's status: `whole`, `split`, `no-lineage`, `not-a-commune`, `unknown`,
    /// `code-format-invalid`, `code-set-unavailable`.
    pub status: &'static str,
    /// Whether the address was rewritten (only for `whole`).
    pub rewritten: bool,
    /// The 2025 province code of the rewritten address, or of the default candidate.
    pub province: Option<String>,
    /// The 2025 commune: the rewritten one, or the default of a split.
    pub default: Option<String>,
    /// Every 2025 candidate (the default first).
    pub candidates: Vec<String>,
}

fn conversion(path: &str, ward: &str) -> Migration {
    let c = convert_legacy_commune(ward.trim());
    let candidates: Vec<String> = c.candidates.iter().map(|s| s.commune.code()).collect();
    let province = c.candidates.first().map(|s| s.commune.province().code());
    Migration {
        path: path.to_owned(),
        legacy: ward.trim().to_owned(),
        status: c.status.id(),
        rewritten: c.status == LineageStatus::Whole,
        province,
        default: candidates.first().cloned(),
        candidates,
    }
}

/// Whether a code set cell (an id or a label) says `legacy`.
fn is_legacy(cell: &str) -> bool {
    let key = fold_key(cell);
    key == "legacy"
        || crate::model::address::CodeSet::ALL.iter().any(|c| {
            *c == crate::model::address::CodeSet::Legacy
                && (fold_key(c.label(crate::i18n::Lang::Vi)) == key
                    || fold_key(c.label(crate::i18n::Lang::En)) == key)
        })
}

/// The columns of one address in a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressColumns {
    /// The address field's wire path.
    pub path: String,
    /// The columns (from 0) of its code set, province, district and commune.
    pub code_set: usize,
    /// See [`AddressColumns::code_set`].
    pub province: Option<usize>,
    /// See [`AddressColumns::code_set`].
    pub district: Option<usize>,
    /// See [`AddressColumns::code_set`].
    pub ward: usize,
}

/// The addresses of a table's header (read for `kind` with `mapping`): each with a code set
/// and a commune column.
pub fn address_columns(
    kind: RecordKind,
    headers: &[String],
    mapping: &ColumnMapping,
) -> Vec<AddressColumns> {
    let (header, _) = resolve(kind, headers, mapping);
    let mut groups: Vec<(String, [Option<usize>; 4])> = Vec::new();
    for (i, use_) in header.uses.iter().enumerate() {
        let Some(path) = &use_.path else { continue };
        let Some((parent, leaf)) = path.rsplit_once('.') else {
            continue;
        };
        let slot = match leaf {
            "codeSet" => 0,
            "provinceCode" => 1,
            "districtCode" => 2,
            "wardCode" => 3,
            _ => continue,
        };
        let Some(target) = &header.targets[i] else {
            continue;
        };
        // The parent must be an address: the field before the leaf is of the address type.
        let parent_is_address = target.steps.iter().rev().nth(1).is_some_and(|s| {
            matches!(s, super::target::Step::Field(f) if matches!(f.ty, FieldType::Record(r) if r.rust_name == Address::INFO.rust_name))
                || !matches!(s, super::target::Step::Field(_))
        });
        if !parent_is_address {
            continue;
        }
        match groups.iter_mut().find(|(p, _)| p == parent) {
            Some((_, cols)) => cols[slot] = Some(i),
            None => {
                let mut cols = [None; 4];
                cols[slot] = Some(i);
                groups.push((parent.to_owned(), cols));
            }
        }
    }
    groups
        .into_iter()
        .filter_map(|(path, [code_set, province, district, ward])| {
            Some(AddressColumns {
                path,
                code_set: code_set?,
                province,
                district,
                ward: ward?,
            })
        })
        .collect()
}

/// Rewrites the legacy addresses of one row of cells (see the module), and says what
/// happened to each.
pub fn migrate_cells(addresses: &[AddressColumns], cells: &mut [String]) -> Vec<Migration> {
    let mut out = Vec::new();
    for a in addresses {
        let get = |i: usize| cells.get(i).map(String::as_str).unwrap_or("");
        if !is_legacy(get(a.code_set)) || get(a.ward).trim().is_empty() {
            continue;
        }
        let m = conversion(&a.path, get(a.ward));
        if m.rewritten {
            let set = |cells: &mut [String], i: Option<usize>, v: &str| {
                if let Some(c) = i.and_then(|i| cells.get_mut(i)) {
                    *c = v.to_owned();
                }
            };
            set(cells, Some(a.code_set), "2025");
            set(cells, a.province, m.province.as_deref().unwrap_or(""));
            set(cells, a.district, "");
            set(cells, Some(a.ward), m.default.as_deref().unwrap_or(""));
        }
        out.push(m);
    }
    out
}

/// Rewrites the legacy addresses of a record of `kind` (every field of the address type, in
/// nested records and lists too), and says what happened to each.
pub fn migrate_record(kind: RecordKind, record: &mut Value) -> Vec<Migration> {
    let mut out = Vec::new();
    walk(kind.info(), record, &mut String::new(), &mut out);
    out
}

fn walk(info: &'static RecordInfo, value: &mut Value, path: &mut String, out: &mut Vec<Migration>) {
    let Value::Object(map) = value else { return };
    for f in info.fields {
        let Some(v) = map.get_mut(f.wire_name) else {
            continue;
        };
        let len = path.len();
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(f.wire_name);
        match f.ty {
            FieldType::Record(r) if r.rust_name == Address::INFO.rust_name => address(v, path, out),
            FieldType::Record(r) => walk(r, v, path, out),
            FieldType::List(FieldType::Record(r)) => {
                if let Value::Array(items) = v {
                    for (i, item) in items.iter_mut().enumerate() {
                        let len = path.len();
                        path.push_str(&format!("[{i}]"));
                        if r.rust_name == Address::INFO.rust_name {
                            address(item, path, out);
                        } else {
                            walk(r, item, path, out);
                        }
                        path.truncate(len);
                    }
                }
            }
            _ => {}
        }
        path.truncate(len);
    }
}

fn address(value: &mut Value, path: &str, out: &mut Vec<Migration>) {
    let Value::Object(map) = value else { return };
    let legacy = map
        .get("codeSet")
        .and_then(Value::as_str)
        .is_some_and(is_legacy);
    let Some(ward) = map.get("wardCode").and_then(Value::as_str) else {
        return;
    };
    if !legacy {
        return;
    }
    let m = conversion(path, ward);
    if m.rewritten {
        map.insert("codeSet".into(), Value::from("2025"));
        map.insert(
            "provinceCode".into(),
            Value::from(m.province.clone().unwrap_or_default()),
        );
        map.remove("districtCode");
        map.insert(
            "wardCode".into(),
            Value::from(m.default.clone().unwrap_or_default()),
        );
    }
    out.push(m);
}

#[cfg(all(test, feature = "legacy-units"))]
mod tests {
    use super::*;

    #[test]
    fn whole_communes_are_rewritten_and_split_ones_kept_with_their_candidates() {
        let mut record = serde_json::json!({
            "commune": { "codeSet": "legacy", "provinceCode": "79", "districtCode": "760", "wardCode": "26740" },
            "employer": { "agency": { "adminUnit": { "codeSet": "legacy", "provinceCode": "01", "wardCode": "00073" } } },
            "person": { "address": { "codeSet": "2025", "provinceCode": "01", "wardCode": "00004" } }
        });
        let m = migrate_record(RecordKind::Staff, &mut record);
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].path.as_str(), m[0].status, m[0].rewritten),
            ("employer.agency.adminUnit", "split", false)
        );
        assert_eq!(m[0].candidates, ["00226", "00004", "00070", "00082"]);
        assert_eq!(m[1].path, "commune");
        assert_eq!(
            (m[1].status, m[1].default.as_deref()),
            ("whole", Some("26740"))
        );
        assert_eq!(
            record["commune"],
            serde_json::json!({ "codeSet": "2025", "provinceCode": "79", "wardCode": "26740" })
        );
        assert_eq!(
            record["employer"]["agency"]["adminUnit"]["wardCode"],
            "00073"
        );

        let headers = [
            "Họ và tên",
            "Xã nơi làm việc - Bộ mã đơn vị hành chính",
            "Xã nơi làm việc - Mã tỉnh",
            "Xã nơi làm việc - Mã xã",
        ]
        .map(String::from);
        let groups = address_columns(RecordKind::Staff, &headers, &ColumnMapping::default());
        assert_eq!(groups.len(), 1);
        let mut cells = ["An", "legacy", "79", "26740"].map(String::from);
        let m = migrate_cells(&groups, &mut cells);
        assert_eq!(m[0].status, "whole");
        assert_eq!(cells, ["An", "2025", "79", "26740"]);
        let mut cells = ["An", "2025", "79", "26740"].map(String::from);
        assert!(migrate_cells(&groups, &mut cells).is_empty());
    }
}
