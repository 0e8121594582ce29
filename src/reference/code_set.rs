//! The two code sets of administrative units: which era an address's codes belong to.

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
