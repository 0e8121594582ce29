//! The indicator rule table: merging reports.

use crate::issue::Severity::Error;
use crate::rules::rule_info::RuleInfo;

/// The indicator rule table.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "indicator_report_incompatible",
        entity: "indicators",
        severity: Error,
        legal_basis: "design (indicators.md: merging)",
        vi: "Không gộp được báo cáo này với báo cáo đầu tiên: khác {field}.",
        en: "This report cannot be merged with the first one: its {field} differs.",
    },
    RuleInfo {
        code: "indicator_report_overlap",
        entity: "indicators",
        severity: Error,
        legal_basis: "design (indicators.md: merging)",
        vi: "Báo cáo này trùng tỉnh (hoặc phạm vi toàn quốc) với một báo cáo trước; gộp sẽ đếm hai lần.",
        en: "This report covers a province (or the country) an earlier report covers; merging would count twice.",
    },
];
