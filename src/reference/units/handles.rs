//! [`Province`], [`District`] and [`Commune`]: cheap `Copy` handles into the embedded tables.

use super::table::{CommuneRow, DistrictRow, ProvinceRow, Table, NONE};
use super::UnitType;
use crate::reference::code_set::CodeSet;

/// A code as text with its fixed number of digits (`"01"`, `"001"`, `"00004"`).
pub(crate) fn code_text(code: u16, digits: usize) -> String {
    format!("{code:0digits$}")
}

/// The number in `text` if it is exactly `digits` ASCII digits (at most 9), read in one pass.
pub(crate) fn parse_code(text: &str, digits: usize) -> Option<u32> {
    if digits > 9 || text.len() != digits {
        return None;
    }
    let mut number = 0u32;
    for &byte in text.as_bytes() {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        number = number * 10 + u32::from(digit);
    }
    Some(number)
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
