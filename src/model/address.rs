//! Addresses: always with the code set their administrative codes belong to.

use super::enums::{EnumInfo, RecordInfo};
use crate::issue::Path;
use crate::rules::check::Check;
use crate::validate::Validated;

crate::wire_enum! {
    /// Which administrative-unit codes an address uses. A 5-digit ward code means different
    /// places in the two eras, so an address without its code set cannot be checked.
    pub enum CodeSet ("codeSet") {
        /// Since 1 July 2025: 34 provinces and 3,321 communes, no districts.
        Y2025 = "2025", "Đơn vị hành chính từ 01/7/2025 (34 tỉnh, 2 cấp)", "Units since 1 July 2025 (34 provinces, 2 levels)";
        /// Until 30 June 2025: 63 provinces, 696 districts, 10,035 communes.
        Legacy = "legacy", "Đơn vị hành chính trước 01/7/2025 (63 tỉnh, 3 cấp)", "Units before 1 July 2025 (63 provinces, 3 levels)";
    }
}

crate::record! {
    /// An address in Vietnam: `{ codeSet, provinceCode, districtCode? (legacy only), wardCode, street? }`.
    pub struct Address ("address") {
        /// `"2025"` or `"legacy"`.
        code_set: CodeSet = "codeSet",
        /// Province code, 2 digits (`"01"`).
        province_code: String = "provinceCode",
        /// District code, 3 digits; only with the legacy code set, and optional there (the
        /// district follows from the ward).
        district_code: String = "districtCode",
        /// Commune (ward) code, 5 digits; absent only for a legacy island district that had
        /// no communes.
        ward_code: String = "wardCode",
        /// House number, street, hamlet: free text as typed.
        #[validate(length(max = 500, code = "text_length"))]
        street: String = "street",
    }
}

/// The code lists of this module, for [`super::enums::labels`].
pub const ENUM_LISTS: &[EnumInfo] = &[CodeSet::INFO];

/// The record types of this module.
pub const RECORD_TYPES: &[RecordInfo] = &[Address::INFO];

impl Validated for Address {
    fn check(&self, cx: &mut Check<'_>, base: &Path) {
        crate::rules::address::check_address(self, cx, base);
    }
}
