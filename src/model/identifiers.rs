//! Identity documents and numbers.

use crate::date::Date;

crate::wire_enum! {
    /// The kind of an identity document or number.
    pub enum IdentifierKind ("identifierKind") {
        /// Personal identification number / Căn cước công dân / Căn cước (12 digits).
        Cccd = "cccd", "Căn cước / Căn cước công dân (số định danh cá nhân)", "Citizen identity card / personal ID number";
        /// Old identity card (Chứng minh nhân dân), 9 or 12 digits; not valid after 31/12/2024.
        Cmnd = "cmnd", "Chứng minh nhân dân", "Old identity card (CMND)";
        /// Passport.
        Passport = "passport", "Hộ chiếu", "Passport";
        /// Social insurance number (mã số BHXH), 10 digits.
        SocialInsurance = "social-insurance", "Mã số bảo hiểm xã hội", "Social insurance number";
        /// Tax code (mã số thuế): 10 digits or 10-3 digits.
        TaxCode = "tax-code", "Mã số thuế", "Tax code";
        /// Birth certificate number.
        BirthCertificate = "birth-certificate", "Giấy khai sinh", "Birth certificate";
    }
}

crate::record! {
    /// One identity document or number of a person.
    pub struct PersonIdentifier ("personIdentifier") {
        /// What kind of number it is.
        kind: IdentifierKind = "kind" label("Loại giấy tờ", "Document type"),
        /// The number as typed (spaces and dots are tolerated by the checks).
        number: String = "number" label("Số", "Number"),
        /// Date of issue.
        issued_date: Date = "issuedDate" label("Ngày cấp", "Issue date"),
        /// Issuing authority, free text.
        issued_by: String = "issuedBy" label("Nơi cấp", "Issued by"),
        /// Expiry date, if the document has one.
        expiry_date: Date = "expiryDate" label("Ngày hết hạn", "Expiry date"),
    }
}
