// Where a form shows the issues of a report: next to the field (a message linked by
// aria-describedby, aria-invalid on errors) and in a summary whose links move the focus to the
// fields. An issue goes to the control named by its path; else to a container that names the
// path or one above it (`data-ctxh-message-for="assignments"` on a fieldset); else to the first
// control under its path (a missing `commune` shows at the commune's first control); else only to
// the summary.
import { el, ensureId, toggleToken, visibleControl } from "./dom.js";
import { isWithin, parsePath, pathText } from "./paths.js";

const NOT_FIELDS = new Set(["submit", "button", "reset", "image", "file"]);

/** The form's record controls by path text (one path can have a group of checkboxes). */
export function controlsByPath(form, ignore) {
  const byPath = new Map();
  for (const control of form.elements) {
    if (!control.name || NOT_FIELDS.has(control.type) || control instanceof HTMLFieldSetElement || control instanceof HTMLOutputElement) continue;
    if (ignore.has(control.name) || control.dataset.ctxhIgnore !== undefined) continue;
    const parsed = parsePath(control.name);
    const key = parsed ? pathText(parsed) : control.name;
    if (!byPath.has(key)) byPath.set(key, []);
    byPath.get(key).push(control);
  }
  return byPath;
}

/** The controls a user sees (a hidden input beside a checkbox carries its "false"). */
const shownControls = (controls) => {
  const shown = controls.filter((c) => c.type !== "hidden");
  return shown.length ? shown : controls;
};

/** The text of a control's label (or its group's legend), for the summary. */
export function labelText(controls) {
  const group = shownControls(controls);
  const first = visibleControl(group[0]);
  const fieldset = group.length > 1 || first.type === "radio" ? first.closest("fieldset") : null;
  const legend = fieldset?.querySelector("legend");
  if (legend) return legend.textContent.trim();
  const label = first.labels?.[0];
  if (label) {
    // The label's own text, without that of controls inside it.
    const copy = label.cloneNode(true);
    for (const inner of copy.querySelectorAll("input, select, textarea, .ctxh-message, .ctxh-combobox")) inner.remove();
    return copy.textContent.replace(/\s+/g, " ").trim();
  }
  return first.getAttribute("aria-label") ?? first.name ?? "";
}

/** Renders issues into a form. */
export class MessageBoard {
  constructor(form, { t, summary, ignore }) {
    this.form = form;
    this.t = t;
    this.ignore = ignore;
    this.boxes = new Map(); // target key → message element
    this.described = new Map(); // target key → controls linked to its message
    this.created = new Set();
    this.summary = summary;
    this.summaryShown = false;
  }

  /** Decides where each issue shows: `Map(target key → issues)` and the unplaced ones. */
  place(issues, controls) {
    const placed = new Map();
    const unplaced = [];
    const add = (key, issue) => {
      if (!placed.has(key)) placed.set(key, []);
      placed.get(key).push(issue);
    };
    const containerKey = (path) => {
      const segs = parsePath(path) ?? [];
      for (let n = segs.length; n > 0; n--) {
        const key = pathText(segs.slice(0, n));
        if (this.container(key)) return key;
      }
      return null;
    };
    for (const issue of issues) {
      const path = issue.pathText;
      if (controls.has(path)) add(path, issue);
      else {
        const box = containerKey(path);
        const under = path === "" ? null : [...controls.keys()].find((k) => isWithin(k, path));
        if (box) add(box, issue);
        else if (under) add(under, issue);
        else unplaced.push(issue);
      }
    }
    return { placed, unplaced };
  }

  container(key) {
    for (const node of this.form.querySelectorAll("[data-ctxh-message-for]")) {
      if (node.dataset.ctxhMessageFor === key) return node;
    }
    return null;
  }

  /** The message element of a target, made after its control(s) when the page has none. */
  box(key, controls) {
    let box = this.boxes.get(key);
    if (box?.isConnected) return box;
    box = this.container(key);
    if (!box) {
      const group = shownControls(controls ?? []);
      let anchor = visibleControl(group[group.length - 1]);
      anchor = anchor.closest(".ctxh-combobox") ?? anchor;
      const choices = anchor.closest("[data-ctxh-choices]");
      const label = anchor.labels?.[0];
      if (choices) anchor = choices;
      else if (label && (label.contains(anchor) || anchor.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        if (label.contains(anchor) || label.previousElementSibling === anchor) anchor = label;
      }
      box = el("div", { class: "ctxh-message" });
      anchor.after(box);
      this.created.add(box);
    }
    box.classList.add("ctxh-message");
    ensureId(box, `${key}-message`);
    this.boxes.set(key, box);
    return box;
  }

  /** Shows `issues` (all the form's current issues) at their places and in the summary. */
  render(issues, controls) {
    const { placed, unplaced } = this.place(issues, controls);
    for (const key of new Set([...this.boxes.keys(), ...placed.keys()])) {
      const here = placed.get(key) ?? [];
      const group = controls.get(key) ?? [];
      if (here.length === 0 && !this.boxes.has(key)) continue;
      const box = this.box(key, group.length ? group : null);
      box.replaceChildren(
        ...here.map((issue) =>
          el(
            "p",
            { class: `ctxh-msg ctxh-${issue.severity}`, "data-code": issue.code, "data-path": issue.pathText },
            el("span", { class: "ctxh-visually-hidden" }, `${this.t(issue.severity)}: `),
            issue.message,
          ),
        ),
      );
      box.hidden = here.length === 0;
      const linked = shownControls(group).filter((c) => c.type !== "hidden").map(visibleControl);
      for (const control of this.described.get(key) ?? []) {
        if (!linked.includes(control)) toggleToken(control, "aria-describedby", box.id, false);
      }
      const error = here.some((i) => i.severity === "error");
      for (const control of linked) {
        toggleToken(control, "aria-describedby", box.id, here.length > 0);
        if (error) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
      this.described.set(key, linked);
    }
    if (this.summaryShown) this.renderSummary(placed, unplaced, controls);
  }

  showSummary(issues, controls) {
    this.summaryShown = true;
    const { placed, unplaced } = this.place(issues, controls);
    this.renderSummary(placed, unplaced, controls);
  }

  renderSummary(placed, unplaced, controls) {
    const s = this.summary;
    const all = [...[...placed.values()].flat(), ...unplaced];
    const errors = all.filter((i) => i.severity === "error").length;
    const warnings = all.length - errors;
    if (all.length === 0) {
      s.hidden = true;
      s.replaceChildren();
      return;
    }
    const titleKey = errors && warnings ? "summaryBoth" : errors ? "summaryErrors" : "summaryWarnings";
    const heading = el("h2", { class: "ctxh-summary-title", id: `${ensureId(s, "summary")}-title` }, this.t(titleKey, { errors, warnings }));
    const items = [];
    // In the order of the form, as the user reads it.
    const order = [...placed.keys()].map((key) => {
      const group = controls.get(key);
      return [key, group ? visibleControl(shownControls(group)[0]) : this.boxes.get(key)];
    });
    order.sort(([, a], [, b]) => (a && b && a !== b ? (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : 0));
    for (const [key] of order) {
      const issues = placed.get(key);
      const group = controls.get(key);
      const target = group ? visibleControl(shownControls(group)[0]) : this.boxes.get(key);
      const name = group ? labelText(group) : key;
      for (const issue of issues) {
        const text = `${name}: ${issue.message}`;
        const link = el("a", { href: `#${target ? ensureId(target) : ""}`, "data-path": issue.pathText, "data-code": issue.code }, text);
        items.push(el("li", { class: `ctxh-${issue.severity}` }, link));
      }
    }
    for (const issue of unplaced) {
      items.push(el("li", { class: `ctxh-${issue.severity}`, "data-path": issue.pathText, "data-code": issue.code },
        `${issue.pathText || this.t("wholeRecord")}: ${issue.message}`));
    }
    s.classList.toggle("ctxh-summary-warnings", errors === 0);
    s.setAttribute("aria-labelledby", heading.id);
    s.replaceChildren(heading, el("ul", { class: "ctxh-summary-list" }, ...items));
    s.hidden = false;
  }

  hideSummary() {
    this.summaryShown = false;
    this.summary.hidden = true;
    this.summary.replaceChildren();
  }

  destroy() {
    for (const [key, controls] of this.described) {
      const box = this.boxes.get(key);
      for (const c of controls) {
        if (box) toggleToken(c, "aria-describedby", box.id, false);
        c.removeAttribute("aria-invalid");
      }
    }
    for (const box of this.created) box.remove();
    for (const box of this.boxes.values()) if (!this.created.has(box)) box.replaceChildren();
  }
}
