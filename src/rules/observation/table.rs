//! The observation rule table: the checks on published figures (indicators.md I1–I7).

use crate::issue::Severity::{Error, Warning};
use crate::rules::rule_info::RuleInfo;

/// The observation rule table.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "observation_unit_mismatch",
        entity: "observation",
        severity: Error,
        legal_basis: "design (indicators.md: lượt are attendances, not persons)",
        vi: "Chỉ tiêu này tính theo đơn vị {expected}.",
        en: "This indicator is counted in {expected}.",
    },
    RuleInfo {
        code: "observation_component_sum",
        entity: "observation",
        severity: Warning,
        legal_basis: "design (indicators.md I1: a total equals the sum of its components)",
        vi: "Tổng không bằng tổng các thành phần; hãy ghi đúng như nguồn và kiểm tra lại nguồn.",
        en: "The total is not the sum of its components; keep it as published and check the source.",
    },
    RuleInfo {
        code: "observation_percent_mismatch",
        entity: "observation",
        severity: Warning,
        legal_basis: "design (indicators.md I2: a percentage is round(numerator ÷ denominator × 100, 1))",
        vi: "Tỷ lệ không bằng tử số ÷ mẫu số × 100, làm tròn {decimals} chữ số thập phân.",
        en: "The percentage is not numerator ÷ denominator × 100 rounded to {decimals} decimal.",
    },
    RuleInfo {
        code: "observation_denominator_mismatch",
        entity: "observation",
        severity: Warning,
        legal_basis: "design (indicators.md I3: only a denominator of the code set's own era can be checked)",
        vi: "Mẫu số khác số xã của tỉnh trong bộ mã {codeSet} ({communes}).",
        en: "The denominator differs from the province's number of communes in the {codeSet} code set ({communes}).",
    },
    RuleInfo {
        code: "observation_breakdown_mismatch",
        entity: "observation",
        severity: Warning,
        legal_basis: "design (indicators.md I4: a breakdown that does not describe its headline is flagged, not fixed)",
        vi: "Thành phần này không mô tả số tổng (khác loại hoặc khác đơn vị tính).",
        en: "This component does not describe the headline figure (another category or unit).",
    },
    RuleInfo {
        code: "observation_attendances_below_persons",
        entity: "observation",
        severity: Warning,
        legal_basis: "design (indicators.md I6: attendances are never fewer than the persons attending)",
        vi: "Số lượt người không thể nhỏ hơn số người.",
        en: "Person-times cannot be fewer than the persons behind them.",
    },
    RuleInfo {
        code: "observation_district_after_reform",
        entity: "observation",
        severity: Error,
        legal_basis: "Luật Tổ chức chính quyền địa phương 2025 (indicators.md I7: no district level from 01/7/2025)",
        vi: "Từ ngày {since} không còn cấp huyện; số liệu có ngày tham chiếu từ ngày đó thuộc cấp tỉnh hoặc cấp xã.",
        en: "There is no district level from {since}; a figure with a reference date on or after it is at province or commune level.",
    },
    RuleInfo {
        code: "observation_reference_after_publication",
        entity: "observation",
        severity: Error,
        legal_basis: "design (domain-research §3.6: reference and publication dates are separate)",
        vi: "Ngày tham chiếu sau ngày công bố.",
        en: "The reference date is after the publication date.",
    },
];
