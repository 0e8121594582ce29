//! The words of the summaries in Vietnamese and English, and numbers as each language writes
//! them (`1.298` / `1,298`).

use ctxh::i18n::number::format_count;
use ctxh::i18n::Lang;

pub fn n(value: u64, lang: Lang) -> String {
    format_count(value as i64, lang)
}

const WORDS: &[(&str, &str, &str)] = &[
    ("rows", "dòng", "rows"),
    ("valid", "hợp lệ", "valid"),
    ("invalid", "có lỗi", "invalid"),
    ("with_warnings", "có cảnh báo", "with warnings"),
    ("issues", "vấn đề", "issues"),
    ("errors", "lỗi", "errors"),
    ("warnings", "cảnh báo", "warnings"),
    ("code", "Mã", "Code"),
    ("field", "Trường", "Field"),
    ("top_codes", "Các mã gặp nhiều nhất", "Most frequent codes"),
    (
        "top_fields",
        "Các trường gặp nhiều nhất",
        "Most frequent fields",
    ),
    ("report", "Báo cáo từng dòng", "Row-by-row report"),
    ("mapping", "Cách đọc các cột", "How the columns are read"),
    ("column", "Cột", "Column"),
    ("header", "Tiêu đề", "Header"),
    ("path", "Trường (đường dẫn)", "Field (path)"),
    ("by", "Theo", "By"),
    ("all_files", "Tất cả các tệp", "All files"),
];

/// The word for `key` in `lang`.
pub fn t(key: &str, lang: Lang) -> &'static str {
    WORDS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map_or("", |(_, vi, en)| if lang == Lang::Vi { vi } else { en })
}

/// Pads `text` to `width` characters (not bytes: Vietnamese letters are several bytes).
pub fn pad(text: &str, width: usize) -> String {
    let len = text.chars().count();
    if len >= width {
        text.to_owned()
    } else {
        format!("{text}{}", " ".repeat(width - len))
    }
}
