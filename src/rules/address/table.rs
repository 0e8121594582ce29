//! The address rule table.

use crate::issue::Severity::Error;
use crate::rules::rule_info::RuleInfo;

const BASIS: &str = "design (GSO code list, data/README.md)";

/// The address rule table.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "code_format_invalid",
        entity: "address",
        severity: Error,
        legal_basis: "design (domain-research §4.8)",
        vi: "Mã phải gồm đúng {digits} chữ số.",
        en: "The code must be exactly {digits} digits.",
    },
    RuleInfo {
        code: "province_unknown",
        entity: "address",
        severity: Error,
        legal_basis: BASIS,
        vi: "Không có tỉnh, thành phố nào mang mã này trong bộ mã {codeSet}.",
        en: "No province has this code in the {codeSet} code set.",
    },
    RuleInfo {
        code: "district_unknown",
        entity: "address",
        severity: Error,
        legal_basis: BASIS,
        vi: "Không có quận, huyện nào mang mã này trong bộ mã {codeSet}.",
        en: "No district has this code in the {codeSet} code set.",
    },
    RuleInfo {
        code: "ward_unknown",
        entity: "address",
        severity: Error,
        legal_basis: BASIS,
        vi: "Không có xã, phường nào mang mã này trong bộ mã {codeSet}.",
        en: "No commune or ward has this code in the {codeSet} code set.",
    },
    RuleInfo {
        code: "district_not_in_province",
        entity: "address",
        severity: Error,
        legal_basis: BASIS,
        vi: "Quận, huyện này không thuộc tỉnh, thành phố đã chọn.",
        en: "This district is not in the chosen province.",
    },
    RuleInfo {
        code: "ward_not_in_province",
        entity: "address",
        severity: Error,
        legal_basis: BASIS,
        vi: "Xã, phường này không thuộc tỉnh, thành phố đã chọn.",
        en: "This commune or ward is not in the chosen province.",
    },
    RuleInfo {
        code: "ward_not_in_district",
        entity: "address",
        severity: Error,
        legal_basis: BASIS,
        vi: "Xã, phường này không thuộc quận, huyện đã chọn.",
        en: "This commune or ward is not in the chosen district.",
    },
    RuleInfo {
        code: "district_not_allowed",
        entity: "address",
        severity: Error,
        legal_basis: "design (domain-research §2.1: no district level since 01/7/2025)",
        vi: "Bộ mã {codeSet} không có cấp huyện: bỏ mã quận, huyện.",
        en: "The {codeSet} code set has no districts: leave the district code out.",
    },
    #[cfg(not(feature = "legacy-units"))]
    RuleInfo {
        code: "code_set_unavailable",
        entity: "address",
        severity: Error,
        legal_basis: "design (cargo feature legacy-units)",
        vi: "Bản dựng này không có danh mục đơn vị hành chính của bộ mã {codeSet}.",
        en: "This build has no administrative units of the {codeSet} code set.",
    },
    #[cfg(feature = "legacy-units-loadable")]
    RuleInfo {
        code: "code_set_unavailable",
        entity: "address",
        severity: Error,
        legal_basis: "design (cargo feature legacy-units-loadable: loadLegacy())",
        vi: "Danh mục đơn vị hành chính của bộ mã {codeSet} chưa được tải (loadLegacy()).",
        en: "The administrative units of the {codeSet} code set are not loaded yet (loadLegacy()).",
    },
];
