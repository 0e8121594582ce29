// Renders a validation report: a verdict line and one list item per issue.
import { el, replace } from "./dom.js";
import { t } from "./i18n.js";

/** Shows `report` ({ valid, issues }) in the verdict and list elements. */
export function renderReport(report, { verdict, list }) {
  const errors = report.issues.filter((i) => i.severity === "error").length;
  const warnings = report.issues.length - errors;
  verdict.dataset.valid = String(report.valid);
  verdict.textContent = !report.valid ? t("invalid") : warnings > 0 ? t("validWithWarnings") : t("valid");
  verdict.className = `verdict ${report.valid ? "is-valid" : "is-invalid"}`;

  if (report.issues.length === 0) {
    replace(list, el("li", { class: "issue none", "data-testid": "no-issues" }, t("noIssues")));
    return;
  }
  replace(
    list,
    ...report.issues.map((issue) =>
      el(
        "li",
        { class: `issue ${issue.severity}`, "data-testid": "issue", dataset: { code: issue.code, path: issue.pathText } },
        el("span", { class: "severity", "data-testid": "issue-severity" }, t(issue.severity)),
        el("code", { class: "code", "data-testid": "issue-code" }, issue.code),
        el("span", { class: "path", "data-testid": "issue-path" }, issue.pathText || t("root")),
        el("span", { class: "message", "data-testid": "issue-message" }, issue.message),
      ),
    ),
  );
}
