//! [`PeopleIndex`]: the people met so far in one batch or several files, so that the same
//! person entered twice is reported (`duplicate_cccd`, `duplicate_person`, and their
//! `_other_file` forms naming the other file), as a warning on both rows' later one, naming
//! the earlier row.
//!
//! The person of a record is its subject, found from the field descriptions: the path of
//! record fields with an empty label that reaches a `Person` (a staff member's `person`, a
//! case's `client.person`); kinds without one (a facility's head is not its subject) have no
//! duplicates. Two rows are the same person when they have the same CCCD (12 digits, spaces
//! and dots ignored), or else the same name (after [`name_key`]), the same birth date and the
//! same commune (the person's address, or else the record's first address field: a staff
//! member's or a case's `commune`).
//!
//! The index keeps 16 bytes per key (a 64-bit hash of it, the file and the row), never a name
//! or a number; a hash collision (about 1 in 10^7 for a million keys) would name two rows that
//! are not the same person.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::intake::Json;
use crate::issue::{Issue, Path};
use crate::meta::{FieldType, RecordInfo};
use crate::model::person::Person;
use crate::model::RecordKind;
use crate::text::name_key;

/// The people met so far, by key, with the file and row they were first met in.
#[derive(Debug, Default)]
pub struct PeopleIndex {
    files: Vec<String>,
    seen: HashMap<u64, u64>,
}

/// The most rows of one file the index tells apart (2^48).
const ROW_BITS: u32 = 48;

impl PeopleIndex {
    /// An empty index; the first file is unnamed until [`PeopleIndex::start_file`].
    pub fn new() -> PeopleIndex {
        PeopleIndex::default()
    }

    /// Starts the next file: later rows are this file's, and a duplicate of a row of an
    /// earlier file names that file by `name`.
    pub fn start_file(&mut self, name: &str) {
        self.files.push(name.to_owned());
    }

    fn file(&self) -> u64 {
        self.files.len().saturating_sub(1) as u64
    }

    /// Records row `row` (of the current file) with the person of `record`, and returns the
    /// duplicate issues it gives.
    pub(crate) fn check(&mut self, kind: RecordKind, record: &Json<'_>, row: u64) -> Vec<Issue> {
        let Some((path, person)) = subject(kind).and_then(|p| at(record, p).map(|j| (p, j))) else {
            return Vec::new();
        };
        let here = (self.file() << ROW_BITS) | (row & ((1 << ROW_BITS) - 1));
        let mut out = Vec::new();
        if let Some((i, number)) = cccd(person) {
            let key = hash(("cccd", &number));
            let mut at_path = Path::root();
            for seg in path {
                at_path = at_path.key(*seg);
            }
            let at_path = at_path.key("identifiers").index(i).key("number");
            if let Some(issue) = self.meet(key, here, at_path, "duplicate_cccd") {
                out.push(issue);
                return out;
            }
        }
        let name = field(person, "fullName").and_then(Json::as_str);
        let birth = field(person, "birthDate").and_then(Json::as_str);
        let commune = commune(kind, record, person);
        if let (Some(name), Some(birth), Some(commune)) = (name, birth, commune) {
            let key = hash(("person", name_key(name), birth.trim(), commune));
            let mut at_path = Path::root();
            for seg in path {
                at_path = at_path.key(*seg);
            }
            if let Some(issue) = self.meet(key, here, at_path.key("fullName"), "duplicate_person") {
                out.push(issue);
            }
        }
        out
    }

    fn meet(&mut self, key: u64, here: u64, path: Path, code: &'static str) -> Option<Issue> {
        let first = *self.seen.entry(key).or_insert(here);
        if first == here {
            return None;
        }
        let (file, row) = (first >> ROW_BITS, first & ((1 << ROW_BITS) - 1));
        let issue = Issue::warning(path, code).with("otherRow", row as i64);
        if file == self.file() {
            return Some(issue);
        }
        let other = match code {
            "duplicate_cccd" => "duplicate_cccd_other_file",
            _ => "duplicate_person_other_file",
        };
        let name = self.files.get(file as usize).cloned().unwrap_or_default();
        let mut issue = Issue::warning(issue.path, other).with("otherRow", row as i64);
        issue.param("otherFile", name);
        Some(issue)
    }
}

fn hash(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

fn field<'j, 'a>(record: &'j Json<'a>, name: &str) -> Option<&'j Json<'a>> {
    match record {
        Json::Object(entries) => entries.iter().find(|(k, _)| k == name).map(|(_, v)| v),
        _ => None,
    }
}

fn at<'j, 'a>(record: &'j Json<'a>, path: &[&str]) -> Option<&'j Json<'a>> {
    path.iter().try_fold(record, |j, k| field(j, k))
}

/// The first CCCD of a person: its position among the identifiers and its digits.
fn cccd(person: &Json<'_>) -> Option<(usize, String)> {
    let Some(Json::Array(items)) = field(person, "identifiers") else {
        return None;
    };
    items.iter().enumerate().find_map(|(i, item)| {
        if field(item, "kind").and_then(Json::as_str) != Some("cccd") {
            return None;
        }
        let number = field(item, "number").and_then(Json::as_str)?;
        let digits: String = number
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-'))
            .collect();
        (digits.len() == 12 && digits.bytes().all(|b| b.is_ascii_digit())).then_some((i, digits))
    })
}

/// `codeSet:wardCode` of the person's address, or else of the record's first address field.
fn commune(kind: RecordKind, record: &Json<'_>, person: &Json<'_>) -> Option<String> {
    let of = |address: &Json<'_>| {
        let set = field(address, "codeSet").and_then(Json::as_str)?;
        let ward = field(address, "wardCode").and_then(Json::as_str)?;
        Some(format!("{set}:{}", ward.trim()))
    };
    field(person, "address").and_then(of).or_else(|| {
        kind.info()
            .fields
            .iter()
            .find(|f| matches!(f.ty, FieldType::Record(r) if r.wire_name == "address"))
            .and_then(|f| field(record, f.wire_name))
            .and_then(of)
    })
}

/// The path to a kind's subject person: record fields with an empty label down to a
/// `Person` (`None` when the kind has none).
fn subject(kind: RecordKind) -> Option<&'static [&'static str]> {
    fn walk(r: &'static RecordInfo, path: &mut Vec<&'static str>) -> bool {
        for f in r.fields {
            let FieldType::Record(inner) = f.ty else {
                continue;
            };
            if f.label.is_some_and(|l| !l.vi.is_empty()) {
                continue;
            }
            path.push(f.wire_name);
            if inner.rust_name == Person::INFO.rust_name || walk(inner, path) {
                return true;
            }
            path.pop();
        }
        false
    }
    type Subjects = Vec<(RecordKind, Option<Vec<&'static str>>)>;
    static PATHS: std::sync::OnceLock<Subjects> = std::sync::OnceLock::new();
    let paths = PATHS.get_or_init(|| {
        RecordKind::ALL
            .iter()
            .map(|&k| {
                let mut path = Vec::new();
                (k, walk(k.info(), &mut path).then_some(path))
            })
            .collect()
    });
    paths
        .iter()
        .find(|(k, _)| *k == kind)
        .and_then(|(_, p)| p.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_come_from_the_empty_labels() {
        assert_eq!(subject(RecordKind::Staff), Some(&["person"][..]));
        assert_eq!(subject(RecordKind::Case), Some(&["client", "person"][..]));
        assert_eq!(subject(RecordKind::Facility), None);
        assert_eq!(subject(RecordKind::Address), None);
    }

    #[test]
    fn the_same_person_twice_is_found_by_cccd_or_name_birth_and_commune() {
        let rec = |name: &str, cccd: &str, ward: &str| {
            let text = format!(
                r#"{{"person":{{"fullName":"{name}","birthDate":"1990","identifiers":[{{"kind":"cmnd","number":"1"}},{{"kind":"cccd","number":"{cccd}"}}]}},"commune":{{"codeSet":"2025","wardCode":"{ward}"}}}}"#
            );
            Json::parse(&text).unwrap().into_owned()
        };
        let mut index = PeopleIndex::new();
        index.start_file("a.csv");
        let staff = RecordKind::Staff;
        assert!(index
            .check(staff, &rec("Lò Văn Páo", "001090000001", "00004"), 0)
            .is_empty());
        assert!(index
            .check(staff, &rec("Hà Thị Mai", "001190000002", "00004"), 1)
            .is_empty());
        let same_cccd = index.check(staff, &rec("Lò Văn Páo", "0010 9000 0001", "00008"), 2);
        assert_eq!(same_cccd[0].code, "duplicate_cccd");
        assert_eq!(
            same_cccd[0].path.to_string(),
            "person.identifiers[1].number"
        );
        let same_name = index.check(staff, &rec("HÀ THỊ  MAI", "bad", "00004"), 3);
        assert_eq!(same_name[0].code, "duplicate_person");
        assert_eq!(same_name[0].path.to_string(), "person.fullName");
        assert!(index
            .check(staff, &rec("Hà Thị Mai", "bad", "00008"), 4)
            .is_empty());
        index.start_file("b.csv");
        let other = index.check(staff, &rec("X Y", "001190000002", "00009"), 0);
        assert_eq!(other[0].code, "duplicate_cccd_other_file");
        assert_eq!(
            other[0].params.get("otherFile").map(|v| v.display()),
            Some("a.csv".to_owned())
        );
    }
}
