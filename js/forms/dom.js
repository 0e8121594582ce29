// DOM helpers of the kit: elements are built with createElement and textContent only (never
// innerHTML), so no message, name or value is ever parsed as HTML.

/** Creates an element: `attrs` (null/false skipped), children (strings become text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

let counter = 0;

/** The element's id, after giving it a unique one if it had none. */
export function ensureId(node, hint = "field") {
  if (!node.id) {
    const base = `ctxh-${hint.replace(/[^\w-]+/g, "-")}`;
    let id;
    do id = `${base}-${++counter}`;
    while (document.getElementById(id));
    node.id = id;
  }
  return node.id;
}

/** Adds or removes one id in a space-separated attribute such as aria-describedby. */
export function toggleToken(node, attr, token, on) {
  const tokens = (node.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean).filter((t) => t !== token);
  if (on) tokens.push(token);
  if (tokens.length) node.setAttribute(attr, tokens.join(" "));
  else node.removeAttribute(attr);
}

/** Controls whose change the kit made itself (a cascade emptied them): no message for them. */
export const quietChanges = new WeakSet();

/**
 * Dispatches bubbling `input` and `change` events, as if the user had changed the control.
 * `quiet`: the kit emptied the control (a province changed, so the commune went): bindForm then
 * clears its messages instead of reporting it as missing.
 */
export function announceChange(control, { quiet = false } = {}) {
  if (quiet) quietChanges.add(control);
  try {
    control.dispatchEvent(new Event("input", { bubbles: true }));
    control.dispatchEvent(new Event("change", { bubbles: true }));
  } finally {
    quietChanges.delete(control);
  }
}

/**
 * The visible control standing for a value holder: a combobox input the kit put in front of a
 * hidden `<select>` or `<input>` (see combobox.js), or the holder itself.
 */
export const proxies = new WeakMap();
export const visibleControl = (holder) => proxies.get(holder) ?? holder;
