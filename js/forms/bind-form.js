// bindForm: ctxh on a form a portal already has. Controls are found by `name` in wire-path form;
// the record is built from the form's entries (what the browser would submit); the field being
// edited is checked with validateField (debounced) and the whole record with validate on submit;
// issues show next to the fields and in a summary. The form keeps its action: without
// JavaScript it still submits, and with the kit it submits when the record is valid.
import { validate, validateField, version } from "../ctxh.js";
import { bindAddress } from "./address.js";
import { fillCodeLists } from "./code-lists.js";
import { el, quietChanges } from "./dom.js";
import { MessageBoard, controlsByPath } from "./messages.js";
import { fieldShape, isWithin, parsePath, pathText, recordFromEntries } from "./paths.js";
import { textsFor } from "./texts.js";

const ADDRESS_FIELDS = new Set(["codeSet", "provinceCode", "districtCode", "wardCode"]);

/** The value at `path` in `record`, or undefined. */
function valueAt(record, path) {
  let node = record;
  for (const seg of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, seg)) return undefined;
    node = node[seg];
  }
  return node;
}

/** Fails early, with a message that says what to do, when the module is not initialised. */
function assertReady() {
  try {
    version();
  } catch {
    throw new Error('ctxh/forms: the ctxh module is not initialised yet: with "ctxh/web", await init() first');
  }
}

/** The prefixes of the address records the form has controls for ("commune", "person.address"). */
function addressPrefixes(kind, controls) {
  const prefixes = new Set();
  for (const key of controls.keys()) {
    const path = parsePath(key);
    if (!path || !ADDRESS_FIELDS.has(path[path.length - 1])) continue;
    const parent = path.slice(0, -1);
    const shape = parent.length ? fieldShape(kind, parent) : { record: kind === "address" ? "Address" : null };
    if (shape?.record === "Address") prefixes.add(pathText(parent));
  }
  return [...prefixes];
}

/**
 * Binds `form` to ctxh for records of `kind`. See index.d.ts (BindFormOptions, FormController)
 * and the README section "For portal developers: ctxh/forms".
 */
export function bindForm(form, kind, options = {}) {
  if (!(form instanceof HTMLFormElement)) throw new TypeError("ctxh/forms: bindForm needs a <form> element");
  assertReady();
  fieldShape(kind, []); // an unknown kind throws ctxh's RangeError here, not on the first keystroke
  let lang = options.lang ?? "vi";
  let t = textsFor(lang, options.texts);
  const fieldMode = options.mode ?? "submit";
  const debounce = options.debounce ?? 250;
  const validateOn = options.validateOn ?? "input";
  const ignore = new Set(options.ignore ?? []);
  for (const c of form.querySelectorAll("[data-ctxh-ignore][name]")) ignore.add(c.name);

  let summary = options.summary ?? form.querySelector("[data-ctxh-summary]");
  const madeSummary = !summary;
  if (!summary) {
    summary = el("div", { class: "ctxh-summary" });
    form.prepend(summary);
  }
  summary.hidden = true;
  summary.tabIndex = -1;
  if (!summary.getAttribute("role")) summary.setAttribute("role", "group");
  const board = new MessageBoard(form, { t: (...a) => t(...a), summary, ignore });

  const wasNoValidate = form.noValidate;
  form.noValidate = true; // the kit's messages replace the browser's bubbles

  let shown = []; // the issues on screen
  let lastMode = fieldMode;
  const timers = new Map();
  const controls = () => controlsByPath(form, ignore);
  const baseOptions = (mode) => ({ lang, mode, ...(options.asOf ? { asOf: options.asOf } : {}) });

  /** The record the form holds now. */
  const record = () => recordFromEntries(kind, new FormData(form), { ignore: [...ignore], timeOffset: options.timeOffset });

  const emit = (report, scope, path, mode) => {
    options.onReport?.({ report, scope, path, mode });
    form.dispatchEvent(new CustomEvent("ctxh:report", { detail: { report, scope, path, mode } }));
  };

  /** Validates one field (its own issues and those of cross-field rules at or under it). */
  function checkField(key, { render = true } = {}) {
    const rec = record();
    const path = parsePath(key);
    const value = path ? valueAt(rec, path) : rec[key];
    const report = validateField(kind, key, value ?? null, rec, baseOptions(fieldMode));
    shown = shown.filter((i) => !isWithin(i.pathText, key)).concat(report.issues.filter((i) => isWithin(i.pathText, key)));
    if (render) board.render(shown, controls());
    emit(report, "field", key, fieldMode);
    return report;
  }

  /** Validates the whole record in `mode`, shows every issue and the summary. */
  function checkRecord(mode = fieldMode) {
    const report = validate(kind, record(), baseOptions(mode));
    lastMode = mode;
    shown = report.issues;
    const byPath = controls();
    board.render(shown, byPath);
    board.showSummary(shown, byPath);
    emit(report, "record", null, mode);
    return report;
  }

  const keyOf = (target) => {
    if (!target?.name || target.form !== form || ignore.has(target.name)) return null;
    const path = parsePath(target.name);
    const key = path ? pathText(path) : target.name;
    return controls().has(key) ? key : null;
  };

  function schedule(key, delay) {
    clearTimeout(timers.get(key));
    timers.delete(key);
    const run = () => {
      timers.delete(key);
      checkField(key);
      // Messages elsewhere may have come from this field (cross-field rules): check them again.
      const others = new Set(shown.map((i) => i.pathText).filter((p) => !isWithin(p, key)));
      for (const other of others) checkField(other, { render: false });
      if (others.size) board.render(shown, controls());
    };
    if (delay > 0) timers.set(key, setTimeout(run, delay));
    else run();
  }

  function onEdit(e) {
    const key = keyOf(e.target);
    if (!key) return;
    if (quietChanges.has(e.target)) {
      // The kit emptied it (another choice above it changed): forget its messages.
      clearTimeout(timers.get(key));
      timers.delete(key);
      shown = shown.filter((i) => !isWithin(i.pathText, key));
      board.render(shown, controls());
      return;
    }
    if (e.type === "input" && validateOn === "input") schedule(key, debounce);
    else if (e.type === "change") schedule(key, 0);
  }

  function onSubmit(e) {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    const submitter = e.submitter;
    const mode = submitter?.dataset?.ctxhMode === "draft" ? "draft" : submitter?.dataset?.ctxhMode === "submit" ? "submit" : options.submitMode ?? "submit";
    const report = checkRecord(mode);
    if (!report.valid) {
      e.preventDefault();
      summary.focus();
      return;
    }
    if (options.onSubmit) {
      e.preventDefault();
      options.onSubmit({ record: record(), report, mode, submitter: submitter ?? null });
    }
  }

  function onReset() {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    shown = [];
    // After the browser has reset the values.
    setTimeout(() => {
      board.render(shown, controls());
      board.hideSummary();
      for (const picker of pickers) picker.refresh();
    });
  }

  function onSummaryClick(e) {
    const link = e.target.closest("a[href^='#']");
    const target = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  }

  // Code lists, then the address pickers (their code set select is a code list).
  if (options.codeLists !== false) fillCodeLists(form, kind, { lang, chooseText: t("choose") });
  const pickers = options.addressPickers === false
    ? []
    : addressPrefixes(kind, controls()).map((prefix) =>
      bindAddress(form, prefix, { lang, texts: options.texts, ...(typeof options.addressPickers === "object" ? options.addressPickers : {}) }));

  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  form.addEventListener("submit", onSubmit);
  form.addEventListener("reset", onReset);
  summary.addEventListener("click", onSummaryClick);

  return {
    form,
    kind,
    get lang() {
      return lang;
    },
    /** Resolves when the address pickers have their lists (legacy units loaded if needed). */
    ready: Promise.all(pickers.map((p) => p.ready)).then(() => undefined),
    record,
    validate: (mode) => checkRecord(mode ?? fieldMode),
    validateField: (name) => {
      const path = parsePath(name);
      return checkField(path ? pathText(path) : name);
    },
    /** The issues on screen now. */
    issues: () => shown.slice(),
    setLang(next) {
      if (next !== "vi" && next !== "en") throw new RangeError('ctxh/forms: lang is "vi" or "en"');
      lang = next;
      t = textsFor(lang, options.texts);
      if (options.codeLists !== false) fillCodeLists(form, kind, { lang, chooseText: t("choose") });
      for (const picker of pickers) picker.setLang(lang);
      // The same issues again, in the new language.
      if (board.summaryShown) checkRecord(lastMode);
      else {
        const keys = new Set(shown.map((i) => i.pathText));
        shown = [];
        for (const key of keys) checkField(key, { render: false });
        board.render(shown, controls());
      }
    },
    clear() {
      shown = [];
      board.render(shown, controls());
      board.hideSummary();
    },
    destroy() {
      for (const timer of timers.values()) clearTimeout(timer);
      form.removeEventListener("input", onEdit);
      form.removeEventListener("change", onEdit);
      form.removeEventListener("submit", onSubmit);
      form.removeEventListener("reset", onReset);
      summary.removeEventListener("click", onSummaryClick);
      for (const picker of pickers) picker.destroy();
      board.destroy();
      if (madeSummary) summary.remove();
      else board.hideSummary();
      form.noValidate = wasNoValidate;
    },
  };
}
