//! [`UnitType`]: what kind of unit a province, district or commune is.

use serde::{Serialize, Serializer};

/// The type of an administrative unit, with a stable id (`xa`, `phuong`...) and the Vietnamese
/// label exactly as the reference tables write it (`Xã`, `Phường`...).
///
/// A unit's name usually starts with its label (`Phường Yên Hòa`), but not always: the tables
/// have a few units whose name and type disagree (2025 `10543` "Phường Việt Hòa" is a `Xã`), so
/// the type comes from the tables' type column, never from the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitType {
    /// Province: `tinh`, "Tỉnh".
    Tinh,
    /// City: a centrally run city (province level) or a provincial city (legacy district
    /// level): `thanh-pho`, "Thành phố".
    ThanhPho,
    /// Urban district (legacy): `quan`, "Quận".
    Quan,
    /// Rural district (legacy): `huyen`, "Huyện".
    Huyen,
    /// Town (legacy district level): `thi-xa`, "Thị xã".
    ThiXa,
    /// Rural commune: `xa`, "Xã".
    Xa,
    /// Urban ward: `phuong`, "Phường".
    Phuong,
    /// Township (legacy commune level): `thi-tran`, "Thị trấn".
    ThiTran,
    /// Special zone (2025 commune level, the island zones): `dac-khu`, "Đặc khu".
    DacKhu,
}

impl UnitType {
    /// Every type.
    pub const ALL: &'static [UnitType] = &[
        UnitType::Tinh,
        UnitType::ThanhPho,
        UnitType::Quan,
        UnitType::Huyen,
        UnitType::ThiXa,
        UnitType::Xa,
        UnitType::Phuong,
        UnitType::ThiTran,
        UnitType::DacKhu,
    ];

    /// The stable id: `tinh`, `thanh-pho`, `quan`, `huyen`, `thi-xa`, `xa`, `phuong`,
    /// `thi-tran`, `dac-khu`.
    pub fn id(self) -> &'static str {
        match self {
            UnitType::Tinh => "tinh",
            UnitType::ThanhPho => "thanh-pho",
            UnitType::Quan => "quan",
            UnitType::Huyen => "huyen",
            UnitType::ThiXa => "thi-xa",
            UnitType::Xa => "xa",
            UnitType::Phuong => "phuong",
            UnitType::ThiTran => "thi-tran",
            UnitType::DacKhu => "dac-khu",
        }
    }

    /// The Vietnamese label, as in the tables' type columns.
    pub fn label(self) -> &'static str {
        match self {
            UnitType::Tinh => "Tỉnh",
            UnitType::ThanhPho => "Thành phố",
            UnitType::Quan => "Quận",
            UnitType::Huyen => "Huyện",
            UnitType::ThiXa => "Thị xã",
            UnitType::Xa => "Xã",
            UnitType::Phuong => "Phường",
            UnitType::ThiTran => "Thị trấn",
            UnitType::DacKhu => "Đặc khu",
        }
    }

    /// The type with this id.
    pub fn parse(id: &str) -> Option<UnitType> {
        UnitType::ALL.iter().copied().find(|t| t.id() == id)
    }
}

/// Serialises as the stable id.
impl Serialize for UnitType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}
