//! The rule table of tables and batches.

use crate::issue::Severity::{Error, Warning};
use crate::rules::rule_info::RuleInfo;

/// The rule table of tables and batches.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "column_unknown",
        entity: "table",
        severity: Warning,
        legal_basis: "design (no column is dropped in silence: map it, or ignore it on purpose)",
        vi: "Cột {column} không ứng với trường nào của loại hồ sơ này; dữ liệu của cột không được kiểm tra.",
        en: "Column {column} matches no field of this record kind; its cells were not checked.",
    },
    RuleInfo {
        code: "column_duplicate",
        entity: "table",
        severity: Error,
        legal_basis: "design",
        vi: "Cột {column} ghi vào cùng trường với cột {firstColumn}; chỉ cột {firstColumn} được đọc.",
        en: "Column {column} fills the same field as column {firstColumn}; only column {firstColumn} was read.",
    },
    RuleInfo {
        code: "column_mapping_invalid",
        entity: "table",
        severity: Error,
        legal_basis: "design",
        vi: "Bảng ánh xạ cột gán cột {column} cho một trường không có trong loại hồ sơ này; cột không được đọc.",
        en: "The column mapping gives column {column} a field this record kind does not have; the column was not read.",
    },
    RuleInfo {
        code: "cell_outside_columns",
        entity: "table",
        severity: Error,
        legal_basis: "design",
        vi: "Ô ở cột {column} không có tiêu đề cột; ô này không được đọc.",
        en: "The cell in column {column} has no column header; it was not read.",
    },
    RuleInfo {
        code: "cell_encoding_invalid",
        entity: "table",
        severity: Error,
        legal_basis: "design (tables are read as UTF-8: save the file as CSV UTF-8)",
        vi: "Ô ở cột {column} không phải văn bản UTF-8; hãy lưu tệp dạng CSV UTF-8.",
        en: "The cell in column {column} is not UTF-8 text; save the file as CSV UTF-8.",
    },
    RuleInfo {
        code: "duplicate_cccd",
        entity: "batch",
        severity: Warning,
        legal_basis: "design (Luật Căn cước 2023 Điều 12: one personal ID number per person)",
        vi: "Số CCCD trùng với dòng {otherRow}; hãy kiểm tra xem có phải một người được nhập hai lần.",
        en: "The same personal ID number as row {otherRow}; please check whether one person was entered twice.",
    },
    RuleInfo {
        code: "duplicate_person",
        entity: "batch",
        severity: Warning,
        legal_basis: "design (the same name, birth date and commune)",
        vi: "Cùng họ tên, ngày sinh và xã với dòng {otherRow}; hãy kiểm tra xem có phải một người được nhập hai lần.",
        en: "The same name, birth date and commune as row {otherRow}; please check whether one person was entered twice.",
    },
    RuleInfo {
        code: "duplicate_cccd_other_file",
        entity: "batch",
        severity: Warning,
        legal_basis: "design (Luật Căn cước 2023 Điều 12: one personal ID number per person)",
        vi: "Số CCCD trùng với dòng {otherRow} của tệp {otherFile}; hãy kiểm tra xem có phải một người được nhập hai lần.",
        en: "The same personal ID number as row {otherRow} of file {otherFile}; please check whether one person was entered twice.",
    },
    RuleInfo {
        code: "duplicate_person_other_file",
        entity: "batch",
        severity: Warning,
        legal_basis: "design (the same name, birth date and commune)",
        vi: "Cùng họ tên, ngày sinh và xã với dòng {otherRow} của tệp {otherFile}; hãy kiểm tra xem có phải một người được nhập hai lần.",
        en: "The same name, birth date and commune as row {otherRow} of file {otherFile}; please check whether one person was entered twice.",
    },
];
