//! [`Unit`] (a unit of any level) and the serialised forms: a province, district or commune is
//! `{ code, name, type, typeLabel }`; a [`Unit`] carries its level and parents too.

use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::handles::{Commune, District, Province};
use super::table::Table;
use super::UnitType;

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
    pub(crate) fn table(self) -> &'static Table {
        match self {
            Unit::Province(p) => p.table,
            Unit::District(d) => d.table,
            Unit::Commune(c) => c.table,
        }
    }
}

/// What lists serialise for any unit: `{ code, name, type, typeLabel }`.
pub(crate) struct Item {
    code: String,
    name: &'static str,
    unit_type: UnitType,
}

impl Serialize for Item {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Item", 4)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("name", self.name)?;
        st.serialize_field("type", &self.unit_type)?;
        st.serialize_field("typeLabel", self.unit_type.label())?;
        st.end()
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
                Item::from(*self).serialize(s)
            }
        }
        impl From<$t> for Item {
            fn from(u: $t) -> Item {
                Item {
                    code: u.code(),
                    name: u.name(),
                    unit_type: u.unit_type(),
                }
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
