//! People: staff members, clients, guardians, heads of facilities share this building block.

use super::address::Address;
use super::identifiers::PersonIdentifier;
use crate::date::{Date, PartialDate};

crate::wire_enum! {
    /// Gender as the civil registers record it.
    pub enum Gender ("gender") {
        /// Nam.
        Male = "male", "Nam", "Male";
        /// Nữ.
        Female = "female", "Nữ", "Female";
        /// Chưa xác định.
        Unspecified = "unspecified", "Chưa xác định", "Unspecified";
    }
}

crate::record! {
    /// A person. Names are stored as typed and compared after NFC and tone-mark normalisation.
    pub struct Person ("person") {
        /// Full name (họ và tên) as typed.
        full_name: String = "fullName" label("Họ và tên", "Full name"),
        /// Birth date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known.
        birth_date: PartialDate = "birthDate" label("Ngày sinh", "Birth date"),
        /// Gender.
        gender: Gender = "gender" label("Giới tính", "Gender"),
        /// Ethnic group code `01`..`54` (Danh mục các dân tộc Việt Nam).
        ethnicity: String = "ethnicity" label("Dân tộc", "Ethnic group"),
        /// Nationality, ISO 3166-1 alpha-2 (`VN`).
        nationality: String = "nationality" label("Quốc tịch", "Nationality"),
        /// Identity documents and numbers (CCCD, CMND, social insurance, tax code...).
        identifiers: Vec<PersonIdentifier> = "identifiers" label("Giấy tờ", "Identity document"),
        /// Phone number as typed (mobile or landline).
        phone: String = "phone" label("Số điện thoại", "Phone"),
        /// Email address.
        email: String = "email" label("Email", "Email"),
        /// Where the person lives now (nơi ở hiện tại).
        address: Address = "address" label("Nơi ở hiện tại", "Current address"),
        /// Date of death, if any.
        deceased_date: Date = "deceasedDate" label("Ngày mất", "Date of death"),
    }
}
