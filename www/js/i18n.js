// The page's own texts in Vietnamese and English, and the current language. Messages of
// validation issues come from the wasm module itself (options.lang), not from here.

const TEXT = {
  vi: {
    title: "Cổng dữ liệu công tác xã hội",
    subtitle: "Bản trình diễn: kiểm tra dữ liệu ngay trên trình duyệt bằng WebAssembly",
    loading: "Đang tải bộ quy tắc…",
    loaded: "Đã tải bộ quy tắc.",
    loadFailed: "Không tải được bộ quy tắc (WebAssembly).",
    versionHeading: "Bộ quy tắc đang dùng",
    crateVersion: "Phiên bản ctxh",
    rulesetVersion: "Bộ quy tắc",
    codeSets: "Bộ mã đơn vị hành chính",
    engine: "Chạy bằng",
    engineWasm: "WebAssembly trong trình duyệt",
    engineNative: "mã gốc",
    addressHeading: "Địa chỉ",
    addressHint: "Mỗi lần gõ, địa chỉ được kiểm tra bằng đúng bộ quy tắc mà các dịch vụ Rust dùng.",
    codeSet: "Bộ mã",
    choose: "— Chọn —",
    provinceCode: "Mã tỉnh/thành phố",
    districtCode: "Mã quận/huyện (chỉ bộ mã cũ)",
    wardCode: "Mã xã/phường",
    street: "Số nhà, đường, thôn/xóm",
    mode: "Chế độ",
    modeDraft: "Lưu nháp",
    modeSubmit: "Nộp hồ sơ",
    issuesHeading: "Kết quả kiểm tra",
    valid: "Hợp lệ",
    validWithWarnings: "Hợp lệ, có cảnh báo",
    invalid: "Chưa hợp lệ",
    noIssues: "Không có lỗi nào.",
    error: "Lỗi",
    warning: "Cảnh báo",
    root: "(toàn bộ hồ sơ)",
    footer: "ctxh: một bộ quy tắc cho dữ liệu nhân sự, cơ sở và hồ sơ công tác xã hội.",
  },
  en: {
    title: "Social work data portal",
    subtitle: "Demo: data checked right in the browser with WebAssembly",
    loading: "Loading the ruleset…",
    loaded: "Ruleset loaded.",
    loadFailed: "The ruleset (WebAssembly) could not be loaded.",
    versionHeading: "Ruleset in use",
    crateVersion: "ctxh version",
    rulesetVersion: "Ruleset",
    codeSets: "Administrative code sets",
    engine: "Running as",
    engineWasm: "WebAssembly in the browser",
    engineNative: "native code",
    addressHeading: "Address",
    addressHint: "On every keystroke the address is checked with exactly the rules the Rust services run.",
    codeSet: "Code set",
    choose: "— Choose —",
    provinceCode: "Province code",
    districtCode: "District code (legacy code set only)",
    wardCode: "Ward (commune) code",
    street: "House number, street, hamlet",
    mode: "Mode",
    modeDraft: "Save draft",
    modeSubmit: "Submit",
    issuesHeading: "Check result",
    valid: "Valid",
    validWithWarnings: "Valid, with warnings",
    invalid: "Not valid yet",
    noIssues: "No issues.",
    error: "Error",
    warning: "Warning",
    root: "(whole record)",
    footer: "ctxh: one set of rules for social work staff, facility and case data.",
  },
};

export const LANGS = Object.freeze(Object.keys(TEXT));

let current = "vi";
const listeners = new Set();

/** The current language ("vi" or "en"). */
export const lang = () => current;

/** The page text `key` in the current language. */
export const t = (key) => TEXT[current][key] ?? TEXT.vi[key] ?? key;

/** Calls `fn(lang)` now and after every language change; returns an unsubscribe function. */
export function onLangChange(fn) {
  listeners.add(fn);
  fn(current);
  return () => listeners.delete(fn);
}

/** Switches the language and refreshes every `[data-i18n]` element and subscriber. */
export function setLang(next) {
  if (!LANGS.includes(next) || next === current) return;
  current = next;
  applyStaticTexts();
  for (const fn of listeners) fn(current);
}

/** Fills the static `data-i18n` texts of the page. */
export function applyStaticTexts(root = document) {
  document.documentElement.lang = current;
  document.title = `ctxh — ${t("title")} (demo)`;
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
}
