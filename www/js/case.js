// The case page: a case record form bound with ctxh/forms, and its workflow from nextSteps:
// a button per step the pathway allows next, enabled when the case is ready for it, greyed
// (and still focusable) with what is missing otherwise; the deadlines with their state.
// Recorded steps are hidden inputs of the form (`steps[i].stepType`...), so the record the
// kit builds, validates and submits holds them.
import { fillSelect } from "../pkg/web/forms/index.js";
import { byTestId, el, replace } from "./dom.js";
import { has, lang, onLangChange, t } from "./i18n.js";
import { asOfParam, startPage } from "./page.js";
import { mountRecordForm } from "./record-form.js";

/** "2025-07-01T08:00" (datetime-local) → RFC 3339 in Vietnam time. */
const withOffset = (local) => (local.length === 16 ? `${local}:00+07:00` : `${local}+07:00`);

/** Now in Vietnam as a datetime-local value. */
function nowLocal() {
  const vn = new Date(Date.now() + 7 * 3600_000);
  return vn.toISOString().slice(0, 16);
}

/** "2025-07-10T23:59:59+07:00" → "10/07/2025 23:59" (the time as written, Vietnam time). */
const showTime = (rfc) => (rfc ? `${rfc.slice(8, 10)}/${rfc.slice(5, 7)}/${rfc.slice(0, 4)} ${rfc.slice(11, 16)}` : "—");

startPage(async (ctxh) => {
  const form = document.getElementById("case-form");
  const asOf = asOfParam();
  const controller = mountRecordForm(form, "case");
  await controller.ready;
  window.ctxhForm = controller;
  if (asOf) byTestId("as-of").textContent = t("asOfNote", { date: asOf });

  const tbody = byTestId("steps-body");
  const time = document.getElementById("w-time");
  const actor = document.getElementById("w-actor");
  const services = document.getElementById("w-services");
  const role = document.getElementById("w-role");
  const transferTo = document.getElementById("w-transfer");
  time.value = nowLocal();

  const fillLists = () => {
    fillSelect(services, "socialWorkService", lang());
    fillSelect(role, "actorRole", lang(), "—");
  };
  fillLists();

  /** The recorded steps, read back from the hidden inputs. */
  const steps = () => {
    const record = controller.record();
    return Array.isArray(record.steps) ? record.steps : [];
  };

  const hidden = (name, value) => el("input", { type: "hidden", name, value });

  function addStep(stepType) {
    const i = tbody.children.length;
    const at = withOffset(time.value || nowLocal());
    const who = actor.value.trim() || controller.record().caseManager?.staffId || "";
    const cells = [
      hidden(`steps[${i}].stepType`, stepType),
      hidden(`steps[${i}].startedAt`, at),
    ];
    if (who) cells.push(hidden(`steps[${i}].actorStaffId`, who));
    if (stepType === "plan" || stepType === "intervention") {
      const chosen = [...services.selectedOptions].map((o) => o.value);
      for (const s of chosen.length ? chosen : ["case-management"]) cells.push(hidden(`steps[${i}].services`, s));
    }
    if (stepType === "plan-approval") cells.push(hidden(`steps[${i}].actorRole`, role.value || "commune-chair"));
    if (stepType === "transfer" && transferTo.value.trim()) cells.push(hidden(`steps[${i}].transferTo`, transferTo.value.trim()));
    if (stepType === "referral" && transferTo.value.trim()) {
      cells.push(hidden(`steps[${i}].referrals[0].toOrganisation`, transferTo.value.trim()));
      cells.push(hidden(`steps[${i}].referrals[0].referredOn`, at.slice(0, 10)));
    }
    tbody.append(el("tr", { dataset: { step: stepType } }, el("td", {}, String(i + 1), ...cells), el("td", { class: "step-label" }), el("td", {}, showTime(at)), el("td", { class: "step-done" }, "—"), el("td", {}, who || "—")));
    refresh();
  }

  function completeStep() {
    const row = tbody.lastElementChild;
    if (!row || row.querySelector('input[name$=".completedAt"]')) return;
    const i = tbody.children.length - 1;
    const at = withOffset(time.value || nowLocal());
    row.firstElementChild.append(hidden(`steps[${i}].completedAt`, at));
    row.querySelector(".step-done").textContent = showTime(at);
    refresh();
  }

  const stepLabels = () => new Map(ctxh.enumLabels("stepType", { lang: lang() }).map((e) => [e.value, e.label]));

  function refresh() {
    const record = controller.record();
    const next = ctxh.nextSteps(record, { lang: lang(), ...(asOf ? { asOf } : {}) });
    const labels = stepLabels();
    for (const row of tbody.children) row.querySelector(".step-label").textContent = labels.get(row.dataset.step) ?? row.dataset.step;
    byTestId("steps-none").hidden = tbody.children.length > 0;

    const recorded = steps();
    const last = recorded[recorded.length - 1];
    const open = last && !last.completedAt;
    byTestId("current-step").textContent = open ? t("currentStep", { step: labels.get(last.stepType) ?? last.stepType }) : t("noCurrentStep");
    byTestId("complete-step").disabled = !open;

    const blockers = byTestId("blockers");
    replace(blockers, ...(next.blockers.length
      ? [el("p", {}, t("blockers")), el("ul", { class: "missing" }, ...next.blockers.map((i) => el("li", {}, `${i.pathText}: ${i.message}`)))]
      : []));

    replace(byTestId("next-steps"), ...next.steps.map((s) => {
      const missingId = `missing-${s.step}`;
      const button = el("button", {
        type: "button",
        class: s.ready ? "step-button" : "step-button not-ready",
        "data-step": s.step,
        "data-ready": String(s.ready),
        "aria-disabled": s.ready ? null : "true",
        "aria-describedby": s.ready ? null : missingId,
      }, t("recordStep", { step: s.label }));
      button.addEventListener("click", () => {
        if (s.ready) addStep(s.step);
      });
      return el("li", { dataset: { step: s.step } },
        button,
        s.dueAt ? el("span", { class: "due" }, t("dueAt", { when: showTime(s.dueAt) })) : null,
        s.ready ? null : el("div", { id: missingId, class: "missing" }, t("missing"),
          el("ul", {}, ...s.missing.map((i) => el("li", { "data-path": i.pathText, "data-code": i.code }, `${i.pathText}: ${i.message}`)))));
    }));

    replace(byTestId("deadlines"), ...(next.deadlines.length
      ? next.deadlines.map((d) => el("li", { class: `deadline ${d.state}`, "data-kind": d.kind, "data-state": d.state },
        `${has(`deadline-${d.kind}`) ? t(`deadline-${d.kind}`) : d.kind}: ${showTime(d.dueAt)} (${t(`state-${d.state}`)}) · ${d.legalBasis}`))
      : [el("li", {}, t("deadlinesNone"))]));
  }

  byTestId("complete-step").addEventListener("click", completeStep);
  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
  form.addEventListener("reset", () => setTimeout(() => {
    tbody.replaceChildren();
    refresh();
  }));
  onLangChange(() => {
    fillLists();
    refresh();
  });
  refresh();
});
