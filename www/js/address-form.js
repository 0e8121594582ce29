// The address form: code set (from the wasm code list), province, district and ward codes,
// street, and the draft/submit mode. Every input is validated with ctxh.validateAddress and the
// report is handed to `onReport`.
import { el, replace } from "./dom.js";
import { lang, onLangChange, t } from "./i18n.js";

/** Text fields of an address, in form order: [wire name, input attributes]. */
const TEXT_FIELDS = [
  ["provinceCode", { inputmode: "numeric", maxlength: 8, placeholder: "01" }],
  ["districtCode", { inputmode: "numeric", maxlength: 8, placeholder: "001" }],
  ["wardCode", { inputmode: "numeric", maxlength: 10, placeholder: "00004" }],
  ["street", { maxlength: 600 }],
];

function field(name, control) {
  const label = el("label", { for: `f-${name}`, "data-i18n": name }, t(name));
  return el("div", { class: "field", dataset: { field: name } }, label, control);
}

/**
 * Builds the form inside `form` and validates on every change.
 * @param {HTMLFormElement} form
 * @param {object} ctxh the loaded wasm module
 * @param {(report: object) => void} onReport
 */
export function mountAddressForm(form, ctxh, onReport) {
  const codeSet = el("select", { id: "f-codeSet", name: "codeSet", "data-testid": "codeSet" });
  const inputs = { codeSet };
  const rows = [field("codeSet", codeSet)];
  for (const [name, attrs] of TEXT_FIELDS) {
    inputs[name] = el("input", { id: `f-${name}`, name, type: "text", spellcheck: "false", "data-testid": name, ...attrs });
    rows.push(field(name, inputs[name]));
  }
  const mode = el("select", { id: "f-mode", name: "mode", "data-testid": "mode" });
  rows.push(field("mode", mode));
  replace(form, ...rows);

  /** The record as the user typed it: empty fields are left out (absent, not ""). */
  const record = () => {
    const out = {};
    for (const [name, input] of Object.entries(inputs)) {
      if (input.value !== "") out[name] = input.value;
    }
    return out;
  };

  const validate = () => {
    const report = ctxh.validateAddress(record(), { lang: lang(), mode: mode.value });
    const bad = new Set(report.issues.map((i) => String(i.path[0] ?? "")));
    for (const [name, input] of Object.entries(inputs)) {
      input.setAttribute("aria-invalid", String(bad.has(name)));
    }
    onReport(report);
  };

  // Option labels come from the wasm code list in the current language.
  const fillOptions = () => {
    const keep = codeSet.value;
    replace(
      codeSet,
      el("option", { value: "" }, t("choose")),
      ...ctxh.enumLabels("codeSet", { lang: lang() }).map(({ value, label }) => el("option", { value }, label)),
    );
    codeSet.value = keep;
    const keepMode = mode.value || "draft";
    replace(mode, el("option", { value: "draft" }, t("modeDraft")), el("option", { value: "submit" }, t("modeSubmit")));
    mode.value = keepMode;
    for (const label of form.querySelectorAll("label[data-i18n]")) label.textContent = t(label.dataset.i18n);
  };

  form.addEventListener("input", validate);
  form.addEventListener("change", validate);
  form.addEventListener("submit", (e) => e.preventDefault());
  onLangChange(() => {
    fillOptions();
    validate();
  });
}
