//! Descriptions of the data model as data: record types with their fields (wire names, types,
//! limits), and code lists with their labels.
//!
//! [`record!`](crate::record) and [`wire_enum!`](crate::wire_enum) write these descriptions from
//! the same declaration that makes the Rust type, so TypeScript declarations, JSON Schema, form
//! metadata and column mappings are generated from data, never from source text.
//!
//! ```
//! use ctxh::meta::{FieldType, Limit};
//! use ctxh::model::person::Person;
//! let name = Person::INFO.field("fullName").unwrap();
//! assert_eq!(name.ty, FieldType::Text);
//! let address = Person::INFO.field("address").unwrap();
//! assert!(matches!(address.ty, FieldType::Record(r) if r.wire_name == "address"));
//! let street = ctxh::model::address::Address::INFO.field("street").unwrap();
//! assert_eq!(street.limit, Some(Limit::Length { min: 0, max: 500 }));
//! ```

/// One value of a code list with its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct EnumEntry {
    /// The stable wire id.
    pub value: &'static str,
    /// The Vietnamese label.
    pub vi: &'static str,
    /// The English label.
    pub en: &'static str,
}

/// What a code list declares about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnumInfo {
    /// The Rust type name (`CodeSet`), also the TypeScript type name.
    pub rust_name: &'static str,
    /// The list's wire name (`codeSet`), as `enumLabels` takes it.
    pub list_name: &'static str,
    /// The values with their labels, in list order.
    pub entries: &'static [EnumEntry],
}

/// A limit on a field's value, checked by the rules (`text_length`, `number_out_of_range`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    /// A text of `min` to `max` characters (Unicode scalar values), both inclusive.
    Length {
        /// The fewest characters.
        min: u32,
        /// The most characters.
        max: u32,
    },
    /// A number from `min` to `max`, both inclusive.
    Range {
        /// The smallest value.
        min: f64,
        /// The largest value.
        max: f64,
    },
}

/// The wire type of a field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldType {
    /// A JSON string of free text.
    Text,
    /// `true` or `false`.
    Boolean,
    /// A whole number that is never negative (counts, amounts, steps).
    Count,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A date that may be partial: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    PartialDate,
    /// An instant with an offset, RFC 3339 (`2025-07-01T09:00:00+07:00`).
    DateTime,
    /// An id from a code list.
    Enum(&'static EnumInfo),
    /// A nested record.
    Record(&'static RecordInfo),
    /// A list of values of one type.
    List(&'static FieldType),
}

/// One field of a record type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldInfo {
    /// The Rust field name.
    pub rust_name: &'static str,
    /// The wire (camelCase) name.
    pub wire_name: &'static str,
    /// The wire type.
    pub ty: FieldType,
    /// The limit on the value, if the field has one.
    pub limit: Option<Limit>,
    /// What the field holds (its doc comment).
    pub doc: &'static str,
    /// Its label in Vietnamese and English, for column headers and forms (`label("Họ và tên",
    /// "Full name")` in [`record!`](crate::record)); `None` when the declaration has none.
    pub label: Option<FieldLabel>,
}

/// The label of a field in both languages: what a spreadsheet's column header or a form's
/// caption says. A record-typed field's label qualifies the labels of its fields in flat
/// column headers; an empty label leaves them as they are (the record's subject, such as a
/// staff member's `person`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldLabel {
    /// The Vietnamese label.
    pub vi: &'static str,
    /// The English label.
    pub en: &'static str,
}

/// What a record type declares about itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RecordInfo {
    /// The Rust type name, also the TypeScript interface name.
    pub rust_name: &'static str,
    /// The record's wire name.
    pub wire_name: &'static str,
    /// What the record is (its doc comment).
    pub doc: &'static str,
    /// Its fields, in declaration order (all optional on the wire).
    pub fields: &'static [FieldInfo],
}

impl RecordInfo {
    /// The field with this wire name.
    pub fn field(&self, wire_name: &str) -> Option<&'static FieldInfo> {
        self.fields.iter().find(|f| f.wire_name == wire_name)
    }
}

/// A type that can stand in a record's field: says which [`FieldType`] it has on the wire.
pub trait Typed {
    /// The wire type.
    const FIELD_TYPE: FieldType;
}

impl<T: Typed> Typed for Vec<T> {
    const FIELD_TYPE: FieldType = FieldType::List(&T::FIELD_TYPE);
}

impl Typed for String {
    const FIELD_TYPE: FieldType = FieldType::Text;
}

impl Typed for bool {
    const FIELD_TYPE: FieldType = FieldType::Boolean;
}

impl Typed for u32 {
    const FIELD_TYPE: FieldType = FieldType::Count;
}

impl Typed for i64 {
    const FIELD_TYPE: FieldType = FieldType::Integer;
}

impl Typed for f64 {
    const FIELD_TYPE: FieldType = FieldType::Number;
}

/// Every record type and code list reachable from `roots` through their fields, each once, in
/// the order first met (depth first, fields in declaration order).
pub fn reachable(
    roots: &[&'static RecordInfo],
) -> (Vec<&'static RecordInfo>, Vec<&'static EnumInfo>) {
    fn walk(
        ty: &FieldType,
        records: &mut Vec<&'static RecordInfo>,
        lists: &mut Vec<&'static EnumInfo>,
    ) {
        match *ty {
            FieldType::Record(r) => visit(r, records, lists),
            FieldType::Enum(e) if !lists.iter().any(|l| l.list_name == e.list_name) => {
                lists.push(e);
            }
            FieldType::List(inner) => walk(inner, records, lists),
            _ => {}
        }
    }
    fn visit(
        r: &'static RecordInfo,
        records: &mut Vec<&'static RecordInfo>,
        lists: &mut Vec<&'static EnumInfo>,
    ) {
        if records.iter().any(|x| x.rust_name == r.rust_name) {
            return;
        }
        records.push(r);
        for f in r.fields {
            walk(&f.ty, records, lists);
        }
    }
    let mut records = Vec::new();
    let mut lists = Vec::new();
    for r in roots {
        visit(r, &mut records, &mut lists);
    }
    (records, lists)
}
