//! The flat column view of each record kind, derived from the field descriptions
//! ([`crate::meta`]) and their labels: the columns a spreadsheet of that kind may have, each
//! with its wire path and its Vietnamese and English header.
//!
//! How a header is made from the labels of the fields on the path:
//! - the labels of the record fields along the path, outermost first, then the field's own,
//!   joined by ` - ` (`Nơi công tác - Cơ quan - Tên`); a record field with an empty label adds
//!   nothing (the record's subject: a staff member's `person`, a case's `client` and its
//!   `person`, so that `person.fullName` is `Họ và tên`);
//! - a list of records adds its position, from 1 (`Phân công 2 - Ngày bắt đầu` is
//!   `assignments[1].startDate`), for positions 1 to [`LIST_POSITIONS`]; position 1 may leave
//!   its number out (`Phân công - Ngày bắt đầu`); any position is reachable by wire path;
//! - a person's identity documents are columns per document type, `Số CCCD`, `Ngày cấp CCCD`,
//!   `Nơi cấp CCCD`... (`person.identifiers[kind=cccd].number`), from the short names in
//!   [`IDENTIFIER_NAMES`]; the document type's own label names its number too (`Mã số thuế`);
//! - a list of values (`client.categories`) is one column whose cell holds the values
//!   separated by `;` or `,`;
//! - a header may also be the last part alone (`Vị trí việc làm`) when no other column of the
//!   kind ends with it (positions 1 only).
//!
//! Headers are compared after [`compact_key`](crate::text::compact_key): letter case,
//! diacritics, spaces and punctuation do not matter (`HO VA TEN`, `Ho va ten (*)`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::target::{Step, Target};
use crate::meta::{FieldInfo, FieldType, RecordInfo};
use crate::model::identifiers::IdentifierKind;
use crate::model::RecordKind;
use crate::text::compact_key;

/// How many positions of each list of records the labels name (`Phân công 1` .. `Phân công
/// 10`); wire paths reach any position.
pub const LIST_POSITIONS: usize = 10;

/// Short names of identity documents in column headers: (document type, Vietnamese,
/// English, more Vietnamese headers of its number).
pub const IDENTIFIER_NAMES: &[(IdentifierKind, &str, &str, &[&str])] = &[
    (
        IdentifierKind::Cccd,
        "CCCD",
        "CCCD",
        &["Số căn cước", "Số định danh cá nhân", "CCCD"],
    ),
    (IdentifierKind::Cmnd, "CMND", "CMND", &["CMND"]),
    (IdentifierKind::Passport, "hộ chiếu", "passport", &[]),
    (
        IdentifierKind::SocialInsurance,
        "BHXH",
        "social insurance",
        &["Mã số BHXH", "Số sổ BHXH"],
    ),
    (
        IdentifierKind::TaxCode,
        "MST",
        "tax code",
        &["Mã số thuế cá nhân"],
    ),
    (
        IdentifierKind::BirthCertificate,
        "giấy khai sinh",
        "birth certificate",
        &[],
    ),
];

/// One column of a record kind's flat view.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The wire path (`assignments[0].startDate`, `person.identifiers[kind=cccd].number`).
    pub path: String,
    /// The Vietnamese header.
    pub vi: String,
    /// The English header.
    pub en: String,
    /// Whether every list position on the path is the first (the columns a template shows).
    pub first: bool,
    pub(crate) target: Target,
    /// More headers that name this column (without the position 1, the document type's label).
    aliases: Vec<String>,
    /// The last part of its headers (Vietnamese, English).
    tail: (String, String),
}

/// A kind's columns and the index of their headers.
#[derive(Debug)]
pub(crate) struct View {
    pub(crate) columns: Vec<Column>,
    /// compact key of a header → column (`None`: two columns have that header).
    by_header: HashMap<String, Option<usize>>,
}

impl View {
    /// The column a header names (its label, in either language, after `compact_key`).
    pub(crate) fn by_label(&self, header: &str) -> Option<usize> {
        let key = compact_key(header);
        if key.is_empty() {
            return None;
        }
        self.by_header.get(&key).copied().flatten()
    }
}

/// One part of a header: a label, possibly numbered.
#[derive(Clone)]
struct Part {
    vi: String,
    en: String,
    /// The list position (from 1) this part names, if it is a list's part.
    position: Option<usize>,
}

fn join(parts: &[Part], vi: bool, numbered: bool) -> String {
    parts
        .iter()
        .map(|p| {
            let label = if vi { &p.vi } else { &p.en };
            match p.position {
                Some(n) if numbered || n != 1 => format!("{label} {n}"),
                _ => label.clone(),
            }
        })
        .collect::<Vec<_>>()
        .join(" - ")
}

fn label_of(f: &FieldInfo) -> (&'static str, &'static str) {
    match f.label {
        Some(l) => (l.vi, l.en),
        None => (f.wire_name, f.wire_name),
    }
}

/// The English header of an identity document's field: `CCCD number`.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

struct Walk {
    steps: Vec<Step>,
    parts: Vec<Part>,
    out: Vec<Column>,
}

impl Walk {
    fn leaf(&mut self, extra: Vec<String>) {
        let first = self.parts.iter().all(|p| p.position.is_none_or(|n| n == 1));
        let target = Target {
            steps: self.steps.clone(),
        };
        let mut aliases = extra;
        if first && self.parts.iter().any(|p| p.position.is_some()) {
            aliases.push(join(&self.parts, true, false));
            aliases.push(join(&self.parts, false, false));
        }
        let tail = match self.parts.last() {
            Some(p) => (p.vi.clone(), p.en.clone()),
            None => (String::new(), String::new()),
        };
        self.out.push(Column {
            path: target.to_string(),
            vi: join(&self.parts, true, true),
            en: join(&self.parts, false, true),
            first,
            target,
            aliases,
            tail,
        });
    }

    fn record(&mut self, r: &'static RecordInfo) {
        for f in r.fields {
            let (vi, en) = label_of(f);
            self.steps.push(Step::Field(f));
            match f.ty {
                FieldType::Record(inner) => {
                    let labelled = !vi.is_empty();
                    if labelled {
                        self.parts.push(Part {
                            vi: vi.into(),
                            en: en.into(),
                            position: None,
                        });
                    }
                    self.record(inner);
                    if labelled {
                        self.parts.pop();
                    }
                }
                FieldType::List(FieldType::Record(inner)) => {
                    self.keyed(inner);
                    for i in 0..LIST_POSITIONS {
                        self.steps.push(Step::Index(i));
                        self.parts.push(Part {
                            vi: vi.into(),
                            en: en.into(),
                            position: Some(i + 1),
                        });
                        self.record(inner);
                        self.parts.pop();
                        self.steps.pop();
                    }
                }
                _ => {
                    self.parts.push(Part {
                        vi: vi.into(),
                        en: en.into(),
                        position: None,
                    });
                    self.leaf(Vec::new());
                    self.parts.pop();
                }
            }
            self.steps.pop();
        }
    }

    /// The columns per identity document type of a list of identity documents.
    fn keyed(&mut self, inner: &'static RecordInfo) {
        let Some(key) = inner.field("kind") else {
            return;
        };
        let FieldType::Enum(codes) = key.ty else {
            return;
        };
        if codes.list_name != IdentifierKind::LIST_NAME {
            return;
        }
        for &(kind, short_vi, short_en, more) in IDENTIFIER_NAMES {
            let value = kind.as_str();
            let entry = codes.entries.iter().find(|e| e.value == value);
            self.steps.push(Step::Keyed { key, value });
            for f in inner.fields.iter().filter(|f| f.wire_name != key.wire_name) {
                let (vi, en) = label_of(f);
                self.steps.push(Step::Field(f));
                self.parts.push(Part {
                    vi: format!("{vi} {short_vi}"),
                    en: format!("{short_en} {}", lower_first(en)),
                    position: None,
                });
                let mut extra = Vec::new();
                if f.wire_name == "number" {
                    let prefix = join(&self.parts[..self.parts.len() - 1], true, true);
                    let with = |h: &str| match prefix.is_empty() {
                        true => h.to_owned(),
                        false => format!("{prefix} - {h}"),
                    };
                    extra.extend(entry.into_iter().flat_map(|e| [with(e.vi), with(e.en)]));
                    extra.extend(more.iter().map(|h| with(h)));
                }
                self.leaf(extra);
                self.parts.pop();
                self.steps.pop();
            }
            self.steps.pop();
        }
    }
}

fn build(kind: RecordKind) -> View {
    let mut walk = Walk {
        steps: Vec::new(),
        parts: Vec::new(),
        out: Vec::new(),
    };
    walk.record(kind.info());
    let columns = walk.out;
    let mut by_header: HashMap<String, Option<usize>> = HashMap::new();
    let add = |key: String, i: usize, map: &mut HashMap<String, Option<usize>>| {
        if key.is_empty() {
            return;
        }
        match map.get(&key) {
            Some(Some(j)) if *j != i => {
                map.insert(key, None);
            }
            Some(_) => {}
            None => {
                map.insert(key, Some(i));
            }
        }
    };
    for (i, c) in columns.iter().enumerate() {
        add(compact_key(&c.vi), i, &mut by_header);
        add(compact_key(&c.en), i, &mut by_header);
        for a in &c.aliases {
            add(compact_key(a), i, &mut by_header);
        }
    }
    // The last part alone, for a first-position column whose last part no other column ends
    // with, and which is no other column's header (later positions end as the first does).
    let mut last: HashMap<String, Option<usize>> = HashMap::new();
    for (i, c) in columns.iter().enumerate().filter(|(_, c)| c.first) {
        add(compact_key(&c.tail.0), i, &mut last);
        add(compact_key(&c.tail.1), i, &mut last);
    }
    for (key, i) in last {
        if let Some(i) = i {
            by_header.entry(key).or_insert(Some(i));
        }
    }
    View { columns, by_header }
}

/// The views of every kind of the registry, built once.
pub(crate) fn view(kind: RecordKind) -> &'static View {
    static VIEWS: OnceLock<Vec<(RecordKind, View)>> = OnceLock::new();
    let views = VIEWS.get_or_init(|| RecordKind::ALL.iter().map(|&k| (k, build(k))).collect());
    &views
        .iter()
        .find(|(k, _)| *k == kind)
        .expect("every kind has a view")
        .1
}

/// The columns of a kind's flat view with every list at its first position: the columns a
/// template of the kind shows (wire path, Vietnamese and English header), in field order.
///
/// ```
/// use ctxh::model::RecordKind;
/// let columns = ctxh::table::columns(RecordKind::Staff);
/// let name = columns.iter().find(|c| c.path == "person.fullName").unwrap();
/// assert_eq!((name.vi.as_str(), name.en.as_str()), ("Họ và tên", "Full name"));
/// let cccd = columns.iter().find(|c| c.path == "person.identifiers[kind=cccd].number").unwrap();
/// assert_eq!(cccd.vi, "Số CCCD");
/// let start = columns.iter().find(|c| c.path == "assignments[0].startDate").unwrap();
/// assert_eq!(start.vi, "Phân công 1 - Ngày bắt đầu");
/// ```
pub fn columns(kind: RecordKind) -> Vec<&'static Column> {
    view(kind).columns.iter().filter(|c| c.first).collect()
}

/// The column of a kind's flat view at a wire path (any list position up to
/// [`LIST_POSITIONS`]), with its headers.
///
/// ```
/// use ctxh::model::RecordKind;
/// let step = ctxh::table::column(RecordKind::Case, "steps[1].stepType").unwrap();
/// assert_eq!((step.vi.as_str(), step.en.as_str()), ("Bước 2 - Loại bước", "Step 2 - Step type"));
/// assert!(ctxh::table::column(RecordKind::Case, "steps[1]").is_none());
/// ```
pub fn column(kind: RecordKind, path: &str) -> Option<&'static Column> {
    view(kind).columns.iter().find(|c| c.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(kind: RecordKind, header: &str) -> Option<String> {
        let v = view(kind);
        v.by_label(header).map(|i| v.columns[i].path.clone())
    }

    #[test]
    fn headers_find_their_columns_in_any_spelling() {
        let s = RecordKind::Staff;
        for (header, path) in [
            ("Họ và tên", "person.fullName"),
            ("HỌ VÀ TÊN", "person.fullName"),
            ("Ho va ten (*)", "person.fullName"),
            ("Full name", "person.fullName"),
            ("Ngày sinh", "person.birthDate"),
            ("Số CCCD", "person.identifiers[kind=cccd].number"),
            ("so cccd", "person.identifiers[kind=cccd].number"),
            ("Ngày cấp CCCD", "person.identifiers[kind=cccd].issuedDate"),
            ("CCCD number", "person.identifiers[kind=cccd].number"),
            ("Mã số thuế", "person.identifiers[kind=tax-code].number"),
            (
                "Mã số BHXH",
                "person.identifiers[kind=social-insurance].number",
            ),
            ("Phân công 1 - Ngày bắt đầu", "assignments[0].startDate"),
            ("Phân công - Ngày bắt đầu", "assignments[0].startDate"),
            ("Phân công 3 - Ngày bắt đầu", "assignments[2].startDate"),
            ("Vị trí việc làm", "assignments[0].jobPosition"),
            ("Xã nơi làm việc - Mã xã", "commune.wardCode"),
            ("Nơi công tác - Cơ quan - Tên", "employer.agency.name"),
            ("Loại nhân sự", "workforceCategory"),
        ] {
            assert_eq!(find(s, header).as_deref(), Some(path), "{header}");
        }
        // A last part that several columns end with names none of them.
        assert_eq!(find(s, "Ngày bắt đầu"), None);
        assert_eq!(find(s, "Mã xã"), None);
        assert_eq!(find(s, "Ghi chú"), None);
        assert_eq!(find(s, ""), None);
        assert_eq!(
            find(RecordKind::Case, "Người giám hộ - Họ và tên").as_deref(),
            Some("client.guardian.fullName")
        );
        assert_eq!(
            find(RecordKind::Case, "Họ và tên").as_deref(),
            Some("client.person.fullName")
        );
        assert_eq!(
            find(RecordKind::Facility, "Người đứng đầu - Số CCCD").as_deref(),
            Some("head.identifiers[kind=cccd].number")
        );
    }

    #[test]
    fn every_kind_has_distinct_headers_and_parsable_paths() {
        for &kind in RecordKind::ALL {
            let v = view(kind);
            let mut seen = HashMap::new();
            for (i, c) in v.columns.iter().enumerate() {
                assert_eq!(
                    Target::parse(kind.info(), &c.path).as_ref(),
                    Some(&c.target),
                    "{}",
                    c.path
                );
                for header in [&c.vi, &c.en] {
                    if let Some(j) = seen.insert(compact_key(header), i) {
                        assert_eq!(
                            j,
                            i,
                            "{}: {header} names {} and {}",
                            kind.name(),
                            v.columns[j].path,
                            c.path
                        );
                    }
                    assert_eq!(v.by_label(header), Some(i), "{header}");
                }
            }
        }
    }

    #[test]
    fn every_field_of_the_registry_has_a_label() {
        for r in crate::model::enums::records() {
            for f in r.fields {
                assert!(
                    f.label.is_some(),
                    "{}.{} has no label",
                    r.rust_name,
                    f.wire_name
                );
            }
        }
    }
}
