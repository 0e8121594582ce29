//! [`Province`], [`District`], [`Commune`] and [`Unit`]: cheap `Copy` handles into the embedded
//! tables. Serialised (for JavaScript and JSON), a province, district or commune is
//! `{ code, name, type, typeLabel }`; a [`Unit`] carries its level and parents too.

use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::table::{CommuneRow, DistrictRow, ProvinceRow, Table, NONE};
use super::UnitType;
use crate::model::address::CodeSet;

/// A code as text with its fixed number of digits (`"01"`, `"001"`, `"00004"`).
pub(crate) fn code_text(code: u16, digits: usize) -> String {
    format!("{code:0digits$}")
}

/// The number in `text` if it is exactly `digits` ASCII digits (at most 9).
pub(crate) fn parse_code(text: &str, digits: usize) -> Option<u32> {
    if digits > 9 || text.len() != digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn range((start, end): (u16, u16)) -> std::ops::Range<u16> {
    start..end
}

/// A province (tỉnh or thành phố) of one code set.
#[derive(Clone, Copy)]
pub struct Province {
    pub(crate) table: &'static Table,
    pub(crate) index: u16,
}

/// A legacy district (quận, huyện, thị xã, thành phố thuộc tỉnh).
#[derive(Clone, Copy)]
pub struct District {
    pub(crate) table: &'static Table,
    pub(crate) index: u16,
}

/// A commune-level unit (xã, phường, thị trấn, đặc khu); its code is an address's `wardCode`.
#[derive(Clone, Copy)]
pub struct Commune {
    pub(crate) table: &'static Table,
    pub(crate) index: u16,
}

impl Province {
    fn row(self) -> &'static ProvinceRow {
        &self.table.provinces[usize::from(self.index)]
    }
    /// The code set the province belongs to.
    pub fn code_set(self) -> CodeSet {
        self.table.code_set
    }
    /// The 2-digit code (`"01"`).
    pub fn code(self) -> String {
        code_text(self.row().code, 2)
    }
    /// The name, exactly as in the reference table (`"Thành phố Hà Nội"`).
    pub fn name(self) -> &'static str {
        self.row().name
    }
    /// `Tinh` or `ThanhPho` (read from the name: the tables have no province type column).
    pub fn unit_type(self) -> UnitType {
        self.row().kind
    }
    /// The province's districts, in table order (none in the 2025 code set).
    pub fn districts(self) -> impl ExactSizeIterator<Item = District> {
        let table = self.table;
        range(self.row().districts).map(move |index| District { table, index })
    }
    /// The province's communes, in table order.
    pub fn communes(self) -> impl ExactSizeIterator<Item = Commune> {
        let table = self.table;
        range(self.row().communes).map(move |index| Commune { table, index })
    }
}

impl District {
    fn row(self) -> &'static DistrictRow {
        &self.table.districts[usize::from(self.index)]
    }
    /// The 3-digit code (`"001"`).
    pub fn code(self) -> String {
        code_text(self.row().code, 3)
    }
    /// The name, exactly as in the reference table (`"Quận Ba Đình"`).
    pub fn name(self) -> &'static str {
        &self.row().name
    }
    /// `Quan`, `Huyen`, `ThiXa` or `ThanhPho`.
    pub fn unit_type(self) -> UnitType {
        self.row().kind
    }
    /// The province the district belongs to.
    pub fn province(self) -> Province {
        Province {
            table: self.table,
            index: self.row().province,
        }
    }
    /// The district's communes, in table order (none for the five island districts).
    pub fn communes(self) -> impl ExactSizeIterator<Item = Commune> {
        let table = self.table;
        range(self.row().communes).map(move |index| Commune { table, index })
    }
}

impl Commune {
    pub(crate) fn row(self) -> &'static CommuneRow {
        &self.table.communes[usize::from(self.index)]
    }
    /// The code set the commune belongs to.
    pub fn code_set(self) -> CodeSet {
        self.table.code_set
    }
    /// The 5-digit code (`"00004"`).
    pub fn code(self) -> String {
        code_text(self.row().code, 5)
    }
    /// The name, exactly as in the reference table (`"Phường Ba Đình"`).
    pub fn name(self) -> &'static str {
        &self.row().name
    }
    /// `Xa`, `Phuong`, `ThiTran` or `DacKhu`, from the table's type column (a few names start
    /// with another type's word).
    pub fn unit_type(self) -> UnitType {
        self.row().kind
    }
    /// The province the commune belongs to.
    pub fn province(self) -> Province {
        Province {
            table: self.table,
            index: self.row().province,
        }
    }
    /// The district the commune belongs to (legacy code set only).
    pub fn district(self) -> Option<District> {
        let index = self.row().district;
        (index != NONE).then_some(District {
            table: self.table,
            index,
        })
    }
}

/// A unit of any level, as [`super::Units::lookup`] finds it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A province.
    Province(Province),
    /// A legacy district.
    District(District),
    /// A commune-level unit.
    Commune(Commune),
}

/// The level of a [`Unit`]: `province`, `district` or `commune`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Tỉnh, thành phố trực thuộc trung ương.
    Province,
    /// Quận, huyện, thị xã, thành phố thuộc tỉnh (legacy only).
    District,
    /// Xã, phường, thị trấn, đặc khu.
    Commune,
}

impl Unit {
    /// The unit's level.
    pub fn level(self) -> Level {
        match self {
            Unit::Province(_) => Level::Province,
            Unit::District(_) => Level::District,
            Unit::Commune(_) => Level::Commune,
        }
    }
    /// The code (2, 3 or 5 digits).
    pub fn code(self) -> String {
        match self {
            Unit::Province(p) => p.code(),
            Unit::District(d) => d.code(),
            Unit::Commune(c) => c.code(),
        }
    }
    /// The name, exactly as in the reference table.
    pub fn name(self) -> &'static str {
        match self {
            Unit::Province(p) => p.name(),
            Unit::District(d) => d.name(),
            Unit::Commune(c) => c.name(),
        }
    }
    /// The unit's type.
    pub fn unit_type(self) -> UnitType {
        match self {
            Unit::Province(p) => p.unit_type(),
            Unit::District(d) => d.unit_type(),
            Unit::Commune(c) => c.unit_type(),
        }
    }
    /// The province the unit is in (itself for a province).
    pub fn province(self) -> Province {
        match self {
            Unit::Province(p) => p,
            Unit::District(d) => d.province(),
            Unit::Commune(c) => c.province(),
        }
    }
    /// The district the unit is in (legacy communes), or is.
    pub fn district(self) -> Option<District> {
        match self {
            Unit::Province(_) => None,
            Unit::District(d) => Some(d),
            Unit::Commune(c) => c.district(),
        }
    }
    fn table(self) -> &'static Table {
        match self {
            Unit::Province(p) => p.table,
            Unit::District(d) => d.table,
            Unit::Commune(c) => c.table,
        }
    }
}

macro_rules! handle_traits {
    ($($t:ident),*) => {$(
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self.table, other.table) && self.index == other.index
            }
        }
        impl Eq for $t {}
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({} {})", stringify!($t), self.code(), self.name())
            }
        }
        /// `{ code, name, type, typeLabel }`.
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut st = s.serialize_struct(stringify!($t), 4)?;
                st.serialize_field("code", &self.code())?;
                st.serialize_field("name", self.name())?;
                st.serialize_field("type", &self.unit_type())?;
                st.serialize_field("typeLabel", self.unit_type().label())?;
                st.end()
            }
        }
    )*};
}
handle_traits!(Province, District, Commune);

impl fmt::Debug for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Province(p) => p.fmt(f),
            Unit::District(d) => d.fmt(f),
            Unit::Commune(c) => c.fmt(f),
        }
    }
}

/// `{ code, name }` of a parent unit.
pub(crate) struct Parent {
    pub code: String,
    pub name: &'static str,
}

impl Serialize for Parent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Parent", 2)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("name", self.name)?;
        st.end()
    }
}

impl From<Province> for Parent {
    fn from(p: Province) -> Self {
        Parent {
            code: p.code(),
            name: p.name(),
        }
    }
}

impl From<District> for Parent {
    fn from(d: District) -> Self {
        Parent {
            code: d.code(),
            name: d.name(),
        }
    }
}

/// `{ codeSet, level, code, name, type, typeLabel, province?, district? }`: `province` for
/// districts and communes, `district` for legacy communes, each `{ code, name }`.
impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Unit", 8)?;
        st.serialize_field("codeSet", &self.table().code_set)?;
        st.serialize_field("level", &self.level())?;
        st.serialize_field("code", &self.code())?;
        st.serialize_field("name", self.name())?;
        st.serialize_field("type", &self.unit_type())?;
        st.serialize_field("typeLabel", self.unit_type().label())?;
        match self {
            Unit::Province(_) => {}
            Unit::District(d) => st.serialize_field("province", &Parent::from(d.province()))?,
            Unit::Commune(c) => {
                st.serialize_field("province", &Parent::from(c.province()))?;
                if let Some(d) = c.district() {
                    st.serialize_field("district", &Parent::from(d))?;
                }
            }
        }
        st.end()
    }
}
