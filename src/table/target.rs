//! [`Target`]: where a column's cells go in a record, and its wire path
//! (`person.fullName`, `assignments[0].startDate`, `person.identifiers[kind=cccd].number`).

use std::fmt;

use crate::meta::{FieldInfo, FieldType, RecordInfo};

/// One step from a record to the value a column fills.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Step {
    /// A field of the current record.
    Field(&'static FieldInfo),
    /// A position in the list the previous step reached (from 0, as on the wire).
    Index(usize),
    /// The entry of the list whose code field `key` holds `value` (the CCCD among a person's
    /// identifiers: `identifiers[kind=cccd]`).
    Keyed {
        /// The code field of the list's records (`kind`).
        key: &'static FieldInfo,
        /// The code (`cccd`).
        value: &'static str,
    },
}

/// Where the cells of one column go: the steps from the record's root to a value (a scalar, or
/// a list of scalars written in one cell).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub(crate) steps: Vec<Step>,
}

impl Target {
    /// The wire type of the value the cells hold.
    pub(crate) fn leaf_type(&self) -> FieldType {
        match self.steps.last() {
            Some(Step::Field(f)) => f.ty,
            Some(Step::Index(_)) => match self.steps.iter().rev().nth(1) {
                Some(Step::Field(FieldInfo {
                    ty: FieldType::List(inner),
                    ..
                })) => **inner,
                _ => FieldType::Text,
            },
            _ => FieldType::Text,
        }
    }

    /// Parses a wire path against the record type `root`: every key a field, indices only
    /// after lists, `[key=code]` only after a list of records that has that code field and
    /// code, ending at a value (a scalar, a list of scalars, or one scalar of such a list).
    /// `None` for anything else.
    pub fn parse(root: &'static RecordInfo, text: &str) -> Option<Target> {
        let mut steps = Vec::new();
        let mut record = Some(root);
        for part in text.split('.') {
            let (name, mut rest) = match part.find('[') {
                Some(i) => (&part[..i], &part[i..]),
                None => (part, ""),
            };
            if name.is_empty() {
                return None;
            }
            let field = record?.field(name)?;
            steps.push(Step::Field(field));
            record = None;
            // The list type this step reached, if it is a list.
            let mut list: Option<&'static FieldType> = None;
            match field.ty {
                FieldType::Record(r) => record = Some(r),
                FieldType::List(inner) => list = Some(inner),
                _ => {}
            }
            while !rest.is_empty() {
                let close = rest.find(']')?;
                let inside = rest.get(1..close)?;
                let inner = list.take()?;
                if let Some((key, value)) = inside.split_once('=') {
                    let FieldType::Record(r) = *inner else {
                        return None;
                    };
                    let key = r.field(key)?;
                    let FieldType::Enum(codes) = key.ty else {
                        return None;
                    };
                    let value = codes.entries.iter().find(|e| e.value == value)?.value;
                    steps.push(Step::Keyed { key, value });
                } else {
                    if inside.is_empty() || !inside.bytes().all(|b| b.is_ascii_digit()) {
                        return None;
                    }
                    steps.push(Step::Index(inside.parse().ok()?));
                }
                match *inner {
                    FieldType::Record(r) => record = Some(r),
                    FieldType::List(_) => return None,
                    _ => {}
                }
                rest = &rest[close + 1..];
            }
        }
        // A record is not a value; the path must reach a field of it.
        match self::Target::ends_at_record(&steps) {
            true => None,
            false => Some(Target { steps }),
        }
    }

    fn ends_at_record(steps: &[Step]) -> bool {
        match steps.last() {
            Some(Step::Field(f)) => match f.ty {
                FieldType::Record(_) => true,
                FieldType::List(inner) => matches!(inner, FieldType::Record(_)),
                _ => false,
            },
            Some(Step::Keyed { .. }) => true,
            Some(Step::Index(_)) => matches!(
                steps.iter().rev().nth(1),
                Some(Step::Field(FieldInfo {
                    ty: FieldType::List(FieldType::Record(_)),
                    ..
                }))
            ),
            None => true,
        }
    }
}

/// The wire path: `assignments[0].startDate`, `person.identifiers[kind=cccd].number`.
impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for step in &self.steps {
            match step {
                Step::Field(field) => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str(field.wire_name)?;
                }
                Step::Index(i) => write!(f, "[{i}]")?,
                Step::Keyed { key, value } => write!(f, "[{}={value}]", key.wire_name)?,
            }
            first = false;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordKind;

    #[test]
    fn wire_paths_parse_back_and_bad_ones_do_not() {
        let staff = RecordKind::Staff.info();
        for good in [
            "person.fullName",
            "assignments[0].startDate",
            "assignments[12].endDate",
            "person.identifiers[kind=cccd].number",
            "person.identifiers[1].kind",
            "commune.wardCode",
        ] {
            let t = Target::parse(staff, good).unwrap_or_else(|| panic!("{good}"));
            assert_eq!(t.to_string(), good);
        }
        for bad in [
            "",
            "person",
            "person.",
            "person.nickname",
            "assignments",
            "assignments[0]",
            "assignments[x].startDate",
            "assignments[].startDate",
            "person.identifiers[kind=xyz].number",
            "person.identifiers[number=1].number",
            "person.fullName[0]",
            "person.identifiers[kind=cccd]",
            "commune..wardCode",
        ] {
            assert_eq!(Target::parse(staff, bad), None, "{bad}");
        }
        let case = RecordKind::Case.info();
        let t = Target::parse(case, "client.categories").unwrap();
        assert!(matches!(t.leaf_type(), FieldType::List(_)));
        let t = Target::parse(case, "client.categories[1]").unwrap();
        assert!(matches!(t.leaf_type(), FieldType::Enum(_)));
    }
}
