//! Addresses: always with the code set their administrative codes belong to.

pub use crate::reference::code_set::CodeSet;

crate::record! {
    /// An address in Vietnam: `{ codeSet, provinceCode, districtCode? (legacy only), wardCode, street? }`.
    pub struct Address ("address") {
        /// `"2025"` or `"legacy"`.
        code_set: CodeSet = "codeSet" label("Bộ mã đơn vị hành chính", "Code set"),
        /// Province code, 2 digits (`"01"`).
        province_code: String = "provinceCode" label("Mã tỉnh", "Province code"),
        /// District code, 3 digits; only with the legacy code set, and optional there (the
        /// district follows from the ward).
        district_code: String = "districtCode" label("Mã huyện", "District code"),
        /// Commune (ward) code, 5 digits; absent only for a legacy island district that had
        /// no communes.
        ward_code: String = "wardCode" label("Mã xã", "Commune code"),
        /// House number, street, hamlet: free text as typed.
        street: String = "street" where length 0..=500 label("Số nhà, đường, thôn", "Street address"),
    }
}
