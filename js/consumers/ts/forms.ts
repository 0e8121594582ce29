// Consumer: the form kit's declarations, strict: "ctxh/forms" (bundlers, Node).
import { bindAddress, bindForm, fieldShape, parsePath, recordFromEntries } from "ctxh/forms";
import type { BindFormOptions, FieldShape, FormController, FormSubmitDetail } from "ctxh/forms";
import type { Report } from "ctxh";

export function bind(form: HTMLFormElement): FormController {
  const options: BindFormOptions = {
    lang: "vi",
    debounce: 200,
    ignore: ["_csrf"],
    addressPickers: { typeahead: "auto" },
    onSubmit: (detail: FormSubmitDetail) => {
      const report: Report = detail.report;
      console.log(detail.mode, report.valid, Object.keys(detail.record));
    },
  };
  const controller = bindForm(form, "staff", options);
  const checked: Report = controller.validate("draft");
  controller.setLang("en");
  bindAddress(form, "commune", { codeSet: "legacy" }).refresh();
  console.log(checked.issues.length, controller.issues().length);
  return controller;
}

const record: Record<string, unknown> = recordFromEntries("case", new URLSearchParams("client.categories=k1"));
const shape: FieldShape | null = fieldShape("staff", parsePath("assignments[0].startDate") ?? []);
export const facts = [record, shape?.type];

// @ts-expect-error: lang is "vi" | "en"
export const wrongLang = (form: HTMLFormElement) => bindForm(form, "staff", { lang: "fr" });
