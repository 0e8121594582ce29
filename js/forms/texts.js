// The kit's own words (the messages of issues come from ctxh itself, in `options.lang`).
// A page may replace any of them: bindForm(form, kind, { texts: { en: { choose: "…" } } }).

export const TEXTS = {
  vi: {
    choose: "— Chọn —",
    error: "Lỗi",
    warning: "Cảnh báo",
    summaryErrors: "Hồ sơ chưa hợp lệ: {errors} lỗi cần sửa",
    summaryWarnings: "Hồ sơ hợp lệ, có {warnings} cảnh báo",
    summaryBoth: "Hồ sơ chưa hợp lệ: {errors} lỗi cần sửa, {warnings} cảnh báo",
    wholeRecord: "Toàn bộ hồ sơ",
    results: "{n} kết quả, dùng phím mũi tên để chọn",
    noResults: "Không tìm thấy",
    moreResults: "Gõ thêm để thu hẹp kết quả",
    chooseProvinceFirst: "Chọn tỉnh/thành phố trước",
    loadingLegacy: "Đang tải danh mục đơn vị hành chính trước 1/7/2025…",
    legacyFailed: "Không tải được danh mục đơn vị hành chính trước 1/7/2025",
  },
  en: {
    choose: "— Choose —",
    error: "Error",
    warning: "Warning",
    summaryErrors: "The record is not valid yet: {errors} errors to fix",
    summaryWarnings: "The record is valid, with {warnings} warnings",
    summaryBoth: "The record is not valid yet: {errors} errors to fix, {warnings} warnings",
    wholeRecord: "Whole record",
    results: "{n} results, use the arrow keys to choose",
    noResults: "Nothing found",
    moreResults: "Type more to narrow the results down",
    chooseProvinceFirst: "Choose the province first",
    loadingLegacy: "Loading the administrative units before 1 July 2025…",
    legacyFailed: "The administrative units before 1 July 2025 could not be loaded",
  },
};

/** A text function for `lang` with the page's overrides: `t("results", { n: 3 })`. */
export function textsFor(lang, overrides = {}) {
  const table = { ...TEXTS.vi, ...TEXTS[lang], ...(overrides[lang] ?? {}) };
  return (key, slots = {}) => String(table[key] ?? key).replace(/\{(\w+)\}/g, (m, k) => (k in slots ? String(slots[k]) : m));
}
