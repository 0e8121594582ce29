//! Which field each column of a file fills: the caller's mapping first, then the header as a
//! wire path, then as a label of the kind's flat view ([`super::columns`]). Every column is
//! accounted for: mapped, ignored on the caller's word, or reported (`column_unknown`,
//! `column_duplicate`, `column_mapping_invalid`), never dropped in silence.

use serde::Serialize;
use serde_json::Value;

use super::columns::view;
use super::target::Target;
use crate::intake::shown_key;
use crate::issue::{Issue, Path};
use crate::model::RecordKind;
use crate::text::compact_key;

/// The caller's mapping of headers to fields: for a header (compared as labels are, without
/// case, diacritics, spaces or punctuation), a wire path or a label of the kind, or `None` to
/// ignore the column.
///
/// ```
/// use ctxh::table::ColumnMapping;
/// let m = ColumnMapping::from_json(&serde_json::json!({
///     "Tên cán bộ": "person.fullName", "STT": null, "SĐT": "Số điện thoại"
/// })).unwrap();
/// assert_eq!(m.entries.len(), 3);
/// assert!(ColumnMapping::from_json(&serde_json::json!({ "a": 5 })).is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMapping {
    /// (header, wire path or label; `None` to ignore the column), in the order given.
    pub entries: Vec<(String, Option<String>)>,
}

impl ColumnMapping {
    /// Reads `{ "header": "wire.path" | "label" | null, ... }`.
    pub fn from_json(value: &Value) -> Result<ColumnMapping, String> {
        let Value::Object(map) = value else {
            return Err(
                "the column mapping must be an object of header → field path or null".into(),
            );
        };
        let mut entries = Vec::with_capacity(map.len());
        for (header, to) in map {
            match to {
                Value::Null => entries.push((header.clone(), None)),
                Value::String(s) => entries.push((header.clone(), Some(s.clone()))),
                _ => {
                    return Err(format!(
                        "the column mapping of \"{header}\" must be a field path, a label or null"
                    ))
                }
            }
        }
        Ok(ColumnMapping { entries })
    }

    fn find(&self, header: &str) -> Option<&Option<String>> {
        let exact = self.entries.iter().find(|(h, _)| h == header);
        let key = compact_key(header);
        exact
            .or_else(|| {
                self.entries
                    .iter()
                    .find(|(h, _)| !key.is_empty() && compact_key(h) == key)
            })
            .map(|(_, to)| to)
    }
}

/// How one column of a file was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ColumnUse {
    /// The column's position, from 1.
    pub column: u64,
    /// The header as the file writes it (control characters escaped, cut after 64
    /// characters).
    pub header: String,
    /// The field it fills (wire path), if any.
    pub path: Option<String>,
    /// The field's Vietnamese header in the kind's flat view, when it has one.
    pub label: Option<String>,
    /// How: `mapping` (the caller's), `path` (the header is a wire path), `label` (a header
    /// of the flat view), `ignored` (the caller's mapping says so), `unknown`, `duplicate`
    /// (another column fills the same field), `invalid` (the caller's mapping names no field),
    /// `empty` (no header: a cell under it is `cell_outside_columns`).
    pub by: &'static str,
}

/// A file's header, resolved: what each column fills.
#[derive(Debug)]
pub(crate) struct Header {
    pub(crate) uses: Vec<ColumnUse>,
    /// The target of each column that is read (`None`: not read).
    pub(crate) targets: Vec<Option<Target>>,
}

/// The target a wire path or a label names.
fn named(kind: RecordKind, text: &str) -> Option<Target> {
    if let Some(t) = Target::parse(kind.info(), text.trim()) {
        return Some(t);
    }
    let v = view(kind);
    v.by_label(text).map(|i| v.columns[i].target.clone())
}

/// Whether one of two wire paths is the other or lies inside it.
fn overlaps(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.starts_with(short) && matches!(long.as_bytes().get(short.len()), None | Some(b'.' | b'['))
}

/// Resolves the header cells of a file of `kind`, and the batch-level issues it gives with
/// the header of their column.
pub(crate) fn resolve(
    kind: RecordKind,
    headers: &[String],
    mapping: &ColumnMapping,
) -> (Header, Vec<(Issue, String)>) {
    let mut uses = Vec::with_capacity(headers.len());
    let mut targets: Vec<Option<Target>> = Vec::with_capacity(headers.len());
    let mut faults = Vec::new();
    let mut taken: Vec<(String, u64)> = Vec::new();
    for (i, header) in headers.iter().enumerate() {
        let column = i as u64 + 1;
        let shown = shown_key(header);
        let (target, mut by) = match mapping.find(header) {
            // A column without a header: nothing to map (a cell in it is reported by the row).
            None if header.trim().is_empty() => (None, "empty"),
            Some(None) => (None, "ignored"),
            Some(Some(to)) => match named(kind, to) {
                Some(t) => (Some(t), "mapping"),
                None => (None, "invalid"),
            },
            None => match Target::parse(kind.info(), header.trim()) {
                Some(t) => (Some(t), "path"),
                None => match named(kind, header) {
                    Some(t) => (Some(t), "label"),
                    None => (None, "unknown"),
                },
            },
        };
        let mut target = target;
        let path = target.as_ref().map(|t| t.to_string());
        if let Some(p) = &path {
            if let Some((_, first)) = taken.iter().find(|(q, _)| overlaps(p, q)) {
                faults.push((
                    Issue::error(Path::root(), "column_duplicate")
                        .with("column", column as i64)
                        .with("firstColumn", *first as i64),
                    shown.clone(),
                ));
                by = "duplicate";
                target = None;
            } else {
                taken.push((p.clone(), column));
            }
        }
        match by {
            "unknown" => faults.push((
                Issue::warning(Path::root(), "column_unknown").with("column", column as i64),
                shown.clone(),
            )),
            "invalid" => faults.push((
                Issue::error(Path::root(), "column_mapping_invalid").with("column", column as i64),
                shown.clone(),
            )),
            _ => {}
        }
        let label = path.as_ref().and_then(|p| {
            view(kind)
                .columns
                .iter()
                .find(|c| &c.path == p)
                .map(|c| c.vi.clone())
        });
        uses.push(ColumnUse {
            column,
            header: shown,
            path,
            label,
            by,
        });
        targets.push(target);
    }
    (Header { uses, targets }, faults)
}

/// How the columns of a header would be read for `kind` with `mapping`: what `--show-mapping`
/// prints and a page can show before checking a file.
///
/// ```
/// use ctxh::model::RecordKind;
/// use ctxh::table::{column_uses, ColumnMapping};
/// let headers = ["Họ và tên", "person.birthDate", "Ghi chú"].map(String::from);
/// let uses = column_uses(RecordKind::Staff, &headers, &ColumnMapping::default());
/// assert_eq!(uses[0].path.as_deref(), Some("person.fullName"));
/// assert_eq!((uses[1].by, uses[2].by), ("path", "unknown"));
/// ```
pub fn column_uses(
    kind: RecordKind,
    headers: &[String],
    mapping: &ColumnMapping,
) -> Vec<ColumnUse> {
    resolve(kind, headers, mapping).0.uses
}
