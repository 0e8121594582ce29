// Select boxes and groups of choices filled from the package's code lists (`enumLabels`) in the
// chosen language. Which list a control shows comes from the kind's schema (a field of type
// WorkforceCategory shows enumLabels("workforceCategory")), or from `data-ctxh-list` for fields
// that hold a code as plain text (`person.ethnicity`: data-ctxh-list="ethnicGroup").
import { enumLabels } from "../ctxh.js";
import { el } from "./dom.js";
import { fieldShape, parsePath } from "./paths.js";

/** The code list of a control or container for `path` in `kind`, or null. */
export function listOf(kind, node, path) {
  if (node.dataset.ctxhList) return node.dataset.ctxhList;
  const parsed = parsePath(path);
  const shape = parsed ? fieldShape(kind, parsed) : null;
  return shape?.list ?? shape?.items?.list ?? null;
}

function labels(list, lang) {
  try {
    return enumLabels(list, { lang });
  } catch {
    return null; // not a list this version knows: leave the control as the page wrote it
  }
}

/** Fills one select with the list's labels, keeping the chosen value(s) and a "" placeholder. */
export function fillSelect(select, list, lang, chooseText) {
  const entries = labels(list, lang);
  if (!entries) return false;
  const chosen = new Set([...select.selectedOptions].map((o) => o.value));
  const placeholder = select.multiple ? null : [...select.options].find((o) => o.value === "") ?? el("option", { value: "" });
  if (placeholder && chooseText && !placeholder.dataset.ctxhKeepText) placeholder.textContent = chooseText;
  select.replaceChildren(
    ...(placeholder ? [placeholder] : []),
    ...entries.map(({ value, label }) => el("option", { value, selected: chosen.has(value) }, label)),
  );
  for (const option of select.options) option.selected = chosen.has(option.value) || (option === placeholder && chosen.size === 0);
  return true;
}

/**
 * Fills a `[data-ctxh-choices="path"]` container with one checkbox (a list field) or radio
 * button per code, or relabels the ones it made before (their state is kept).
 */
export function fillChoices(container, kind, lang) {
  const path = container.dataset.ctxhChoices;
  const list = listOf(kind, container, path);
  const entries = list ? labels(list, lang) : null;
  if (!entries) return false;
  const parsed = parsePath(path);
  const multiple = parsed ? fieldShape(kind, parsed)?.type === "array" : true;
  const existing = new Map([...container.querySelectorAll("input[data-ctxh-choice]")].map((i) => [i.value, i]));
  if (existing.size === entries.length && entries.every((e) => existing.has(e.value))) {
    for (const { value, label } of entries) existing.get(value).nextElementSibling.textContent = label;
    return true;
  }
  container.replaceChildren(
    ...entries.map(({ value, label }) =>
      el(
        "label",
        { class: "ctxh-choice" },
        el("input", { type: multiple ? "checkbox" : "radio", name: path, value, "data-ctxh-choice": "" }),
        el("span", {}, label),
      ),
    ),
  );
  return true;
}

/**
 * Fills every select of `root` whose field (by its name and the schema of `kind`) is a code
 * list, or that names one in `data-ctxh-list`, and every `[data-ctxh-choices]` container.
 */
export function fillCodeLists(root, kind, { lang = "vi", chooseText = lang === "en" ? "— Choose —" : "— Chọn —" } = {}) {
  for (const select of root.querySelectorAll("select[name]")) {
    const list = listOf(kind, select, select.name);
    if (list) fillSelect(select, list, lang, chooseText);
  }
  for (const container of root.querySelectorAll("[data-ctxh-choices]")) fillChoices(container, kind, lang);
}
