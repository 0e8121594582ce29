// An ARIA combobox (WAI-ARIA APG "combobox with listbox popup, list autocomplete") in front of a
// value holder: an existing <select> or <input> keeps the code the form submits and is hidden;
// the combobox shows names and searches them. Without JavaScript the holder is what the user
// sees, so the form still works.
import { announceChange, el, ensureId, proxies } from "./dom.js";

/**
 * Puts a combobox in front of `holder`.
 * - `search(query)` → `{ items: [{ value, label, detail?, exact? }], more?, message? }`: what to
 *   offer for the text typed (`message` replaces the count when nothing can be offered).
 * - `labelOf(value)` → the text to show for the holder's value, or null.
 * - `onChoose(item)`: after the holder took `item.value` (and its change events fired).
 * - `t`: the kit's text function.
 * Returns `{ input, sync(), setText(t), destroy() }`.
 */
export function makeCombobox(holder, { search, labelOf, onChoose = () => {}, t }) {
  const holderId = ensureId(holder, holder.name || "combobox");
  const input = el("input", {
    type: "text",
    class: ["ctxh-combobox-input", holder.getAttribute("class")].filter(Boolean).join(" "),
    autocomplete: "off",
    spellcheck: "false",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    placeholder: holder.getAttribute("placeholder"),
    "aria-required": holder.required ? "true" : null,
    "aria-describedby": holder.getAttribute("aria-describedby"),
    "data-testid": holder.dataset.testid ? `${holder.dataset.testid}-combobox` : null,
  });
  // The labels point at the combobox: it takes the holder's id, the holder a derived one.
  holder.id = `${holderId}-value`;
  input.id = holderId;
  const listbox = el("ul", { class: "ctxh-listbox", role: "listbox", id: `${holderId}-listbox`, hidden: true });
  const status = el("div", { class: "ctxh-visually-hidden", role: "status", "aria-live": "polite" });
  const hint = el("div", { class: "ctxh-combobox-hint", "aria-hidden": "true", hidden: true });
  input.setAttribute("aria-controls", listbox.id);
  const wrapper = el("div", { class: "ctxh-combobox" }, input, listbox, hint, status);
  const wrappingLabel = holder.closest("label");
  if (wrappingLabel) input.setAttribute("aria-label", wrappingLabel.textContent.trim());
  holder.after(wrapper);
  holder.hidden = true;
  holder.dataset.ctxhHolder = "";
  proxies.set(holder, input);

  let items = [];
  let active = -1;
  let chosenLabel = null;

  const isOpen = () => !listbox.hidden;
  const optionId = (i) => `${holderId}-option-${i}`;

  function close() {
    listbox.hidden = true;
    hint.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(i) {
    const options = listbox.children;
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = i;
    if (i >= 0 && options[i]) {
      options[i].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", optionId(i));
      options[i].scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function open() {
    const found = search(input.value);
    items = found.items ?? [];
    listbox.replaceChildren(
      ...items.map((item, i) =>
        el(
          "li",
          { id: optionId(i), role: "option", class: "ctxh-option", "aria-selected": "false", "data-value": item.value },
          el("span", { class: "ctxh-option-label" }, item.label),
          item.detail ? el("span", { class: "ctxh-option-detail" }, item.detail) : null,
        ),
      ),
    );
    active = -1;
    listbox.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    input.removeAttribute("aria-activedescendant");
    const typed = input.value.trim() !== "";
    const note = found.message ?? (items.length === 0 && typed ? t("noResults") : found.more ? t("moreResults") : null);
    hint.textContent = note ?? "";
    hint.hidden = !note;
    status.textContent = found.message ?? (items.length ? t("results", { n: items.length }) : t("noResults"));
  }

  function choose(item) {
    if (holder instanceof HTMLSelectElement && ![...holder.options].some((o) => o.value === item.value)) {
      holder.append(el("option", { value: item.value }, item.label));
    }
    holder.value = item.value;
    input.value = item.label;
    chosenLabel = item.label;
    close();
    announceChange(holder);
    onChoose(item);
  }

  function onInput() {
    if (holder.value !== "" && input.value !== chosenLabel) {
      holder.value = "";
      chosenLabel = null;
      announceChange(holder);
    }
    open();
  }

  function onKeyDown(e) {
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!isOpen() || e.altKey) open();
        else setActive(Math.min(active + 1, items.length - 1));
        break;
      case "ArrowUp":
        e.preventDefault();
        if (isOpen()) setActive(Math.max(active - 1, 0));
        break;
      case "Enter":
        if (isOpen() && active >= 0) {
          e.preventDefault(); // choosing is not submitting
          choose(items[active]);
        }
        break;
      case "Escape":
        if (isOpen()) {
          e.preventDefault();
          close();
        } else if (input.value !== "") {
          e.preventDefault();
          input.value = "";
          onInput();
          close();
        }
        break;
      case "Tab":
        close();
        break;
      default:
    }
  }

  function onBlur() {
    // Typed exactly (accents and all, or without them) and only one such entry: take it.
    if (holder.value === "" && input.value.trim() !== "") {
      const exact = (search(input.value).items ?? []).filter((i) => i.exact);
      if (exact.length === 1) choose(exact[0]);
    }
    close();
  }

  const onMouseDown = (e) => e.preventDefault(); // keep the focus in the input
  function onClick(e) {
    const li = e.target.closest("li[role=option]");
    if (li) choose(items[[...listbox.children].indexOf(li)]);
  }
  const onInputClick = () => (isOpen() ? close() : open());

  input.addEventListener("input", onInput);
  input.addEventListener("keydown", onKeyDown);
  input.addEventListener("blur", onBlur);
  input.addEventListener("click", onInputClick);
  listbox.addEventListener("mousedown", onMouseDown);
  listbox.addEventListener("click", onClick);

  /** Shows the label of the holder's current value (after a programmatic change). */
  function sync() {
    const label = holder.value ? labelOf(holder.value) : null;
    chosenLabel = label;
    input.value = label ?? (holder.value ? holder.value : "");
    close();
  }
  sync();

  return {
    input,
    sync,
    close,
    setDisabled(disabled) {
      input.disabled = disabled;
      holder.disabled = disabled;
    },
    destroy() {
      wrapper.remove();
      proxies.delete(holder);
      holder.hidden = false;
      delete holder.dataset.ctxhHolder;
      holder.id = holderId;
    },
  };
}
