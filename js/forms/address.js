// Cascading address pickers: code set → province → (district, legacy) → commune, on the
// controls a form already has (`<select>` or `<input>`, found by name under a prefix such as
// `person.address`). Communes are searched by the package's `searchCommunes` (it ignores case,
// accents, tone-mark placement and type words); provinces and districts, a few dozen names,
// by the small folding below.
import {
  communes, districtCommunes, districts, loadLegacy, lookupUnit, provinces, searchCommunes, version,
} from "../ctxh.js";
import { makeCombobox } from "./combobox.js";
import { announceChange, el, visibleControl } from "./dom.js";
import { textsFor } from "./texts.js";

const FIELDS = ["codeSet", "provinceCode", "districtCode", "wardCode"];
/** The most entries a picker lists at once (type to narrow down). */
const LIST_LIMIT = 60;

/** Lower case, no diacritics (đ → d), single spaces: for province and district names. */
export function fold(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const UNIT_WORDS = /^(tinh|thanh pho|tp\.?|quan|huyen|thi xa|tx\.?|q\.|h\.)\s*/;
const bare = (name) => fold(name).replace(UNIT_WORDS, "");

/** Filters a short list of units by a typed name: prefix matches first, then substrings. */
function filterUnits(units, query) {
  const q = bare(query);
  const scored = [];
  for (const u of units) {
    const name = bare(u.name);
    const at = q === "" ? 0 : name.indexOf(q);
    if (at === 0 || (at > 0 && name[at - 1] === " ")) scored.push([0, u]);
    else if (at > 0) scored.push([1, u]);
  }
  return scored.sort((a, b) => a[0] - b[0]).map(([, u]) => ({ ...u, exact: q !== "" && bare(u.name) === q }));
}

const isTextInput = (c) => c instanceof HTMLInputElement;

/** Whether the legacy units are there (`loadLegacy()` resolved, or a Node build). */
const legacyLoaded = () => version().codeSets.includes("legacy");

/**
 * Binds the address controls named `${prefix}.codeSet`, `.provinceCode`, `.districtCode`,
 * `.wardCode` inside `root` (prefix "" for an address record itself). Options: `codeSet` when
 * the form has no code set control (default "2025"), `lang`, `texts`, `typeahead` ("auto":
 * combobox on <input> elements, selects stay selects; "always": selects too; "never"),
 * `loadLegacy` (default: the package's). Returns `{ setLang(lang), refresh(), destroy(), ready }`
 * (`ready`: a promise that resolves once the lists are filled, after loading the legacy units
 * when the form starts on the legacy code set).
 */
export function bindAddress(root, prefix, options = {}) {
  const name = (field) => (prefix ? `${prefix}.${field}` : field);
  const find = (field) => root.querySelector(`[name="${CSS.escape(name(field))}"]`);
  const [codeSetControl, provinceControl, districtControl, wardControl] = FIELDS.map(find);
  const typeahead = options.typeahead ?? "auto";
  let t = textsFor(options.lang ?? "vi", options.texts);
  const load = options.loadLegacy ?? loadLegacy;
  const cleanups = [];
  const comboboxes = new Map();

  const codeSet = () => codeSetControl?.value || options.codeSet || "2025";
  const province = () => provinceControl?.value ?? "";
  const district = () => (codeSet() === "legacy" ? districtControl?.value ?? "" : "");
  let shownCodeSet = codeSet();

  const status = el("p", { class: "ctxh-picker-status", role: "status", hidden: true });
  (codeSetControl ?? provinceControl ?? wardControl)?.after(status);
  const setStatus = (text) => {
    status.textContent = text ?? "";
    status.hidden = !text;
  };

  /** Empties a control and tells the form (quietly: no message for a field the kit cleared). */
  function clear(control) {
    if (!control || control.value === "") return;
    control.value = "";
    comboboxes.get(control)?.sync();
    announceChange(control, { quiet: true });
  }

  // --- the lists each control offers -------------------------------------------------------
  const provinceList = () => provinces(codeSet());
  const districtList = () => (codeSet() === "legacy" && province() ? districts(province()) : []);
  function communeList() {
    if (!province()) return [];
    return district() ? districtCommunes(district()) : communes(codeSet(), province());
  }

  function unitLabel(level, code) {
    const unit = code ? lookupUnit(codeSet(), code) : null;
    return unit && unit.level === level ? unit.name : null;
  }

  function searchCommunesTyped(query) {
    if (!province()) return { items: [], message: t("chooseProvinceFirst") };
    let items;
    let more = false;
    if (query.trim() === "") {
      const all = communeList();
      items = all.slice(0, LIST_LIMIT).map((u) => ({ value: u.code, label: u.name }));
      more = all.length > LIST_LIMIT;
    } else {
      // Within a district (legacy): search the province, keep the district's.
      const d = district();
      const found = searchCommunes(codeSet(), province(), query, d ? 1000 : LIST_LIMIT + 1)
        .filter((m) => !d || m.district?.code === d);
      more = found.length > LIST_LIMIT;
      items = found.slice(0, LIST_LIMIT).map((m) => ({
        value: m.code,
        label: m.name,
        detail: m.district?.name,
        exact: m.rank === "exact" || m.rank === "exact-folded",
      }));
    }
    return { items, more };
  }

  const unitsTyped = (list, emptyMessage) => (query) => {
    const units = list();
    if (units.length === 0 && emptyMessage) return { items: [], message: emptyMessage() };
    const found = filterUnits(units, query);
    return {
      items: found.slice(0, LIST_LIMIT).map((u) => ({ value: u.code, label: u.name, exact: u.exact })),
      more: found.length > LIST_LIMIT,
    };
  };

  // --- one control: a select filled with options, or a combobox ---------------------------
  function fillSelect(select, units) {
    const keep = select.value;
    const placeholder = [...select.options].find((o) => o.value === "") ?? el("option", { value: "" });
    placeholder.textContent = t("choose");
    select.replaceChildren(placeholder, ...units.map((u) => el("option", { value: u.code }, u.name)));
    select.value = units.some((u) => u.code === keep) ? keep : "";
    if (select.value !== keep) announceChange(select, { quiet: true });
  }

  function attach(control, list, search, level) {
    if (!control) return;
    const asCombobox = typeahead === "always" || (typeahead === "auto" && isTextInput(control));
    if (asCombobox) {
      control.removeAttribute("list"); // the browser's datalist filter knows no accents
      comboboxes.set(control, makeCombobox(control, {
        search,
        labelOf: (code) => unitLabel(level, code),
        t: (...a) => t(...a),
        onChoose: (item) => onChosen(control, item),
      }));
    }
  }

  function refill(control, list) {
    if (!control) return;
    if (comboboxes.has(control)) comboboxes.get(control).sync();
    else if (control instanceof HTMLSelectElement) fillSelect(control, list());
  }

  // --- the cascade --------------------------------------------------------------------------
  function showDistrict() {
    if (!districtControl) return;
    const legacy = codeSet() === "legacy";
    const visible = visibleControl(districtControl);
    const box = visible.closest("[data-ctxh-field], .ctxh-field");
    if (box) box.hidden = !legacy;
    else {
      visible.hidden = !legacy;
      for (const label of visible.labels ?? []) label.hidden = !legacy;
    }
    // A disabled control is not submitted: a 2025 address has no district (district_not_allowed).
    districtControl.disabled = !legacy;
    visible.disabled = !legacy;
  }

  function onChosen(control, item) {
    if (control === wardControl && codeSet() === "legacy" && districtControl) {
      const d = lookupUnit("legacy", item.value)?.district?.code;
      if (d && districtControl.value !== d) {
        if (districtControl instanceof HTMLSelectElement && ![...districtControl.options].some((o) => o.value === d)) {
          fillSelect(districtControl, districtList());
        }
        districtControl.value = d;
        comboboxes.get(districtControl)?.sync();
        announceChange(districtControl);
      }
    }
  }

  function wardStillFits() {
    const unit = wardControl?.value ? lookupUnit(codeSet(), wardControl.value) : null;
    return unit?.level === "commune" && unit.province?.code === province() && (!district() || unit.district?.code === district());
  }

  function refreshAll() {
    showDistrict();
    refill(provinceControl, provinceList);
    refill(districtControl, districtList);
    refill(wardControl, communeList);
  }

  async function onCodeSetChange() {
    const next = codeSet();
    if (next === "legacy" && !legacyLoaded()) {
      setStatus(t("loadingLegacy"));
      provinceControl?.setAttribute("aria-busy", "true");
      try {
        await load();
        setStatus(null);
      } catch (err) {
        setStatus(t("legacyFailed"));
        console.warn(err);
      } finally {
        provinceControl?.removeAttribute("aria-busy");
      }
    }
    if (next !== shownCodeSet) {
      // A code means another place in the other era: start the address again.
      shownCodeSet = next;
      clear(provinceControl);
      clear(districtControl);
      clear(wardControl);
    }
    refreshAll();
  }

  function onProvinceChange() {
    if (districtControl && districtControl.value && lookupUnit("legacy", districtControl.value)?.province?.code !== province()) {
      clear(districtControl);
    }
    if (!wardStillFits()) clear(wardControl);
    refill(districtControl, districtList);
    refill(wardControl, communeList);
  }

  function onDistrictChange() {
    if (!wardStillFits()) clear(wardControl);
    refill(wardControl, communeList);
  }

  attach(provinceControl, provinceList, unitsTyped(provinceList), "province");
  attach(districtControl, districtList, unitsTyped(districtList, () => t("chooseProvinceFirst")), "district");
  attach(wardControl, communeList, searchCommunesTyped, "commune");

  const listen = (control, fn) => {
    if (!control) return;
    const handler = () => void fn();
    control.addEventListener("change", handler);
    cleanups.push(() => control.removeEventListener("change", handler));
  };
  listen(codeSetControl, onCodeSetChange);
  listen(provinceControl, onProvinceChange);
  listen(districtControl, onDistrictChange);

  const ready = codeSet() === "legacy" && !legacyLoaded() ? onCodeSetChange() : Promise.resolve(refreshAll());

  return {
    ready,
    controls: { codeSet: codeSetControl, provinceCode: provinceControl, districtCode: districtControl, wardCode: wardControl },
    setLang(lang) {
      t = textsFor(lang, options.texts);
      refreshAll();
    },
    refresh: refreshAll,
    destroy() {
      for (const fn of cleanups) fn();
      for (const box of comboboxes.values()) box.destroy();
      status.remove();
    },
  };
}
