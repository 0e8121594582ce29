// Tiny DOM helpers: elements are built with createElement and textContent only (no innerHTML),
// so no user or report text is ever parsed as HTML.

/**
 * Creates an element. `attrs`: attributes (null/false skipped; `dataset` object for data-*);
 * children: nodes or strings (strings become text nodes).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** Replaces all children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren(...children);
}

/** The element with `data-testid` = id (the page's stable hooks). */
export function byTestId(id, root = document) {
  return root.querySelector(`[data-testid="${id}"]`);
}
