// The record pages (staff, facility, case): a form of the page bound with ctxh/forms. A valid
// record is shown on the page (the demo sends it nowhere); the language switch relabels it.
import { bindForm } from "../pkg/web/forms/index.js";
import { byTestId } from "./dom.js";
import { lang, onLangChange, t } from "./i18n.js";
import { asOfParam } from "./page.js";

/** Binds `form` for records of `kind`; returns the kit's controller. */
export function mountRecordForm(form, kind, extra = {}) {
  const asOf = asOfParam();
  const controller = bindForm(form, kind, {
    lang: lang(),
    ...(asOf ? { asOf } : {}),
    onSubmit: ({ record, mode }) => {
      byTestId("saved-text").textContent = t("savedValid", { mode: t(mode === "draft" ? "modeDraft" : "modeSubmit") });
      byTestId("saved-json").textContent = JSON.stringify(record, null, 2);
      byTestId("saved").hidden = false;
    },
    ...extra,
  });
  onLangChange((next) => controller.setLang(next));
  return controller;
}
