//! The person rule table.

use crate::issue::Severity::{Error, Warning};
use crate::rules::rule_info::RuleInfo;

/// The person rule table.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "name_contains_digit",
        entity: "person",
        severity: Error,
        legal_basis: "BLDS 2015 Điều 26(3)",
        vi: "Họ tên không được có chữ số.",
        en: "A name cannot contain digits.",
    },
    RuleInfo {
        code: "name_without_letters",
        entity: "person",
        severity: Error,
        legal_basis: "BLDS 2015 Điều 26(3) (a name is not made only of characters that are not letters)",
        vi: "Họ tên phải có chữ cái.",
        en: "A name must contain letters.",
    },
    RuleInfo {
        code: "name_character_invalid",
        entity: "person",
        severity: Warning,
        legal_basis: "design (domain-research §5 N1, §9 item 16: the character list is not law; BLDS 2015 Điều 26(3) forbids only digits and names without letters)",
        vi: "Họ tên có ký tự khác chữ cái, dấu cách, dấu gạch nối, dấu nháy đơn và dấu chấm sau chữ viết tắt; hãy kiểm tra lại.",
        en: "The name has a character other than letters, spaces, hyphens, apostrophes and a dot after an initial; please check it.",
    },
    RuleInfo {
        code: "name_letter_unusual",
        entity: "person",
        severity: Warning,
        legal_basis: "design (domain-research §5 N1, unverified)",
        vi: "Họ tên có chữ cái ngoài bảng chữ cái tiếng Việt và chữ viết các dân tộc; hãy kiểm tra lại.",
        en: "The name has a letter outside the Vietnamese and ethnic-language alphabets; please check it.",
    },
    RuleInfo {
        code: "name_spacing",
        entity: "person",
        severity: Warning,
        legal_basis: "design (stored trimmed, single-spaced)",
        vi: "Họ tên có dấu cách ở đầu, ở cuối hoặc hai dấu cách liền nhau.",
        en: "The name has leading, trailing or double spaces.",
    },
    RuleInfo {
        code: "name_single_word",
        entity: "person",
        severity: Warning,
        legal_basis: "design (BLDS 2015 Điều 26(2): họ và tên)",
        vi: "Họ tên thường có ít nhất hai từ (họ và tên); hãy kiểm tra lại.",
        en: "A full name usually has at least two words (family and given name); please check it.",
    },
    RuleInfo {
        code: "birth_date_implausible",
        entity: "person",
        severity: Warning,
        legal_basis: "design",
        vi: "Ngày sinh cho tuổi trên {maxAge}; hãy kiểm tra lại.",
        en: "The birth date gives an age over {maxAge}; please check it.",
    },
    RuleInfo {
        code: "deceased_before_birth",
        entity: "person",
        severity: Error,
        legal_basis: "design",
        vi: "Ngày mất trước ngày sinh.",
        en: "The date of death is before the birth date.",
    },
    RuleInfo {
        code: "ethnicity_unknown",
        entity: "person",
        severity: Error,
        legal_basis: "QĐ 121-TCTK/PPCĐ (Danh mục các dân tộc Việt Nam)",
        vi: "Mã dân tộc phải từ {min} đến {max} theo Danh mục các dân tộc Việt Nam.",
        en: "The ethnic group code must be from {min} to {max} (list of Vietnam's ethnic groups).",
    },
    RuleInfo {
        code: "nationality_format",
        entity: "person",
        severity: Warning,
        legal_basis: "TT 07/2016/TT-BCA Phụ lục 2; ISO 3166-1 alpha-2",
        vi: "Quốc tịch nên ghi bằng mã 2 chữ cái in hoa theo ISO 3166-1 (ví dụ {example}).",
        en: "Nationality should be a 2-letter uppercase ISO 3166-1 code (e.g. {example}).",
    },
    RuleInfo {
        code: "cmnd_only_identifier",
        entity: "person",
        severity: Warning,
        legal_basis: "Luật Căn cước 2023 (CMND hết giá trị sau 31/12/2024)",
        vi: "Chứng minh nhân dân hết giá trị sau ngày 31/12/2024; hồ sơ từ năm 2025 cần số định danh cá nhân (Căn cước).",
        en: "Old identity cards (CMND) expired after 31/12/2024; records from 2025 need the personal ID number (Căn cước).",
    },
];
