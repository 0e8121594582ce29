//! The contract rule table.

use crate::issue::Severity::{Error, Warning};
use crate::rules::catalog::RuleInfo;

/// The contract's rule table.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "json_invalid",
        entity: "any",
        severity: Error,
        legal_basis: "design (RFC 8259)",
        vi: "Dữ liệu không phải JSON hợp lệ (dòng {line}, cột {column}).",
        en: "The data is not valid JSON (line {line}, column {column}).",
    },
    RuleInfo {
        code: "type_invalid",
        entity: "any",
        severity: Error,
        legal_basis: "design",
        vi: "Sai kiểu dữ liệu: cần {expected}.",
        en: "Wrong type: expected {expected}.",
    },
    RuleInfo {
        code: "unknown_field",
        entity: "any",
        severity: Error,
        legal_basis: "design",
        vi: "Trường không có trong mẫu dữ liệu.",
        en: "This field is not part of the record type.",
    },
    RuleInfo {
        code: "required",
        entity: "any",
        severity: Error,
        legal_basis: "design (warning in draft mode)",
        vi: "Thông tin bắt buộc.",
        en: "This field is required.",
    },
    RuleInfo {
        code: "enum_invalid",
        entity: "any",
        severity: Error,
        legal_basis: "design",
        vi: "Giá trị không có trong danh mục {list}.",
        en: "Not a value of the {list} list.",
    },
    RuleInfo {
        code: "date_invalid",
        entity: "any",
        severity: Error,
        legal_basis: "design (ISO 8601)",
        vi: "Ngày không hợp lệ: cần dạng {format}.",
        en: "Invalid date: expected {format}.",
    },
    RuleInfo {
        code: "datetime_invalid",
        entity: "any",
        severity: Error,
        legal_basis: "design (RFC 3339)",
        vi: "Thời điểm không hợp lệ: cần dạng {format} (có múi giờ).",
        en: "Invalid date-time: expected {format} (with an offset).",
    },
    RuleInfo {
        code: "date_in_future",
        entity: "any",
        severity: Error,
        legal_basis: "design",
        vi: "Ngày không được sau ngày {asOf}.",
        en: "The date cannot be after {asOf}.",
    },
    RuleInfo {
        code: "text_length",
        entity: "any",
        severity: Error,
        legal_basis: "design",
        vi: "Độ dài phải từ {min} đến {max} ký tự.",
        en: "Length must be between {min} and {max} characters.",
    },
    RuleInfo {
        code: "number_out_of_range",
        entity: "any",
        severity: Error,
        legal_basis: "design",
        vi: "Giá trị phải từ {min} đến {max}.",
        en: "The value must be between {min} and {max}.",
    },
    RuleInfo {
        code: "field_path_invalid",
        entity: "any",
        severity: Error,
        legal_basis: "design",
        vi: "Đường dẫn trường không hợp lệ.",
        en: "The field path is not valid for this record type.",
    },
    RuleInfo {
        code: "too_many_issues",
        entity: "any",
        severity: Error,
        legal_basis: "design (reports list at most 200 issues)",
        vi: "Hồ sơ có quá nhiều vấn đề: chỉ liệt kê {limit} vấn đề đầu tiên, còn {omitted} vấn đề khác không được liệt kê.",
        en: "Too many issues: only the first {limit} are listed; {omitted} more are not.",
    },
    RuleInfo {
        code: "ruleset_version_mismatch",
        entity: "any",
        severity: Warning,
        legal_basis: "design",
        vi:
            "Hồ sơ được kiểm tra bằng một bộ quy tắc khác; bộ quy tắc hiện tại là {currentVersion}.",
        en: "The record was checked with another ruleset; the current ruleset is {currentVersion}.",
    },
];
