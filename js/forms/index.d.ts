// ctxh/forms: the portal kit (hand-written declarations; the record and report types come from
// the core entry next to it).
import type { CodeSet, RecordKind, Report } from "../ctxh.js";

/** The kit's own words, per language (messages of issues come from ctxh itself). */
export interface FormTexts {
  choose: string;
  error: string;
  warning: string;
  /** Slots: {errors}. */
  summaryErrors: string;
  /** Slots: {warnings}. */
  summaryWarnings: string;
  /** Slots: {errors}, {warnings}. */
  summaryBoth: string;
  wholeRecord: string;
  /** Slots: {n}. */
  results: string;
  noResults: string;
  moreResults: string;
  chooseProvinceFirst: string;
  loadingLegacy: string;
  legacyFailed: string;
}

/** Overrides of the kit's words: `{ en: { choose: "Pick one" } }`. */
export type FormTextOverrides = { vi?: Partial<FormTexts>; en?: Partial<FormTexts> };

/** Options of the address pickers (`bindAddress`, or `addressPickers` of `bindForm`). */
export interface AddressPickerOptions {
  /** The code set when the form has no `codeSet` control (default "2025"). */
  codeSet?: CodeSet;
  lang?: "vi" | "en";
  texts?: FormTextOverrides;
  /** "auto" (default): a combobox in front of <input> elements, selects stay selects;
   * "always": selects get one too; "never": no combobox. */
  typeahead?: "auto" | "always" | "never";
  /** Loads the legacy units when the legacy code set is chosen (default: the package's
   * `loadLegacy()`). */
  loadLegacy?: () => Promise<void>;
}

/** The address controls a picker found, by field. */
export interface AddressControls {
  codeSet: HTMLSelectElement | HTMLInputElement | null;
  provinceCode: HTMLSelectElement | HTMLInputElement | null;
  districtCode: HTMLSelectElement | HTMLInputElement | null;
  wardCode: HTMLSelectElement | HTMLInputElement | null;
}

/** What `bindAddress` returns. */
export interface AddressPicker {
  /** Resolves when the lists are filled (after loading the legacy units if the form starts on
   * the legacy code set). */
  ready: Promise<void>;
  controls: AddressControls;
  setLang(lang: "vi" | "en"): void;
  /** Refills the lists from the controls' values (after the page changed them). */
  refresh(): void;
  destroy(): void;
}

/** What `onReport` and the `ctxh:report` event carry. */
export interface FormReportDetail {
  report: Report;
  /** "field": validateField of one field while editing; "record": the whole record. */
  scope: "field" | "record";
  /** The field's path text for scope "field". */
  path: string | null;
  mode: "draft" | "submit";
}

/** What `onSubmit` receives when the record is valid. */
export interface FormSubmitDetail {
  /** The record built from the form. */
  record: Record<string, unknown>;
  report: Report;
  mode: "draft" | "submit";
  submitter: HTMLElement | null;
}

/** Options of `bindForm`. */
export interface BindFormOptions {
  /** Language of messages, code lists and the kit's words (default "vi"). */
  lang?: "vi" | "en";
  /** Mode of the checks while editing (default "submit": a required field left empty is an
   * error). */
  mode?: "draft" | "submit";
  /** Mode of a submit whose button has no `data-ctxh-mode` (default "submit"). */
  submitMode?: "draft" | "submit";
  /** The date that counts as today (default: today in Vietnam). */
  asOf?: string;
  /** Milliseconds after the last keystroke before a field is checked (default 250). */
  debounce?: number;
  /** "input" (default): check while typing (debounced) and on change; "change": on change only. */
  validateOn?: "input" | "change";
  /** Names of controls that are not fields of the record (a CSRF token); also
   * `data-ctxh-ignore` on a control. Any other name that is no field is reported by ctxh
   * (`unknown_field`). */
  ignore?: string[];
  /** The element of the summary (default: `[data-ctxh-summary]` in the form, or a new one at
   * its top). */
  summary?: HTMLElement;
  /** Offset added to `datetime-local` values of date-time fields (default "+07:00"). */
  timeOffset?: string;
  /** Fill selects and `[data-ctxh-choices]` from the code lists (default true). */
  codeLists?: boolean;
  /** Cascading pickers for every address of the form (default true), or their options. */
  addressPickers?: boolean | AddressPickerOptions;
  texts?: FormTextOverrides;
  /** Called with every report the form shows. */
  onReport?: (detail: FormReportDetail) => void;
  /** Given: called instead of the native submission when the record is valid. Not given: a
   * valid form submits to its action as without JavaScript. */
  onSubmit?: (detail: FormSubmitDetail) => void;
}

/** What `bindForm` returns. */
export interface FormController {
  readonly form: HTMLFormElement;
  readonly kind: RecordKind;
  readonly lang: "vi" | "en";
  /** Resolves when the address pickers have their lists. */
  readonly ready: Promise<void>;
  /** The record the form holds now. */
  record(): Record<string, unknown>;
  /** Validates the whole record, shows every issue and the summary. */
  validate(mode?: "draft" | "submit"): Report;
  /** Validates one field by its name and shows its issues. */
  validateField(name: string): Report;
  /** The issues on screen. */
  issues(): Report["issues"];
  /** Switches messages, code lists and the kit's words to `lang`. */
  setLang(lang: "vi" | "en"): void;
  /** Removes every message and the summary. */
  clear(): void;
  /** Removes the kit from the form (listeners, messages, comboboxes). */
  destroy(): void;
}

/** Binds a form to ctxh: see the README, "For portal developers: ctxh/forms". Throws a
 * RangeError for an unknown kind, and an Error when "ctxh/web" has not been initialised. */
export function bindForm(form: HTMLFormElement, kind: RecordKind, options?: BindFormOptions): FormController;

/** Cascading pickers on the controls named `${prefix}.codeSet`, `.provinceCode`,
 * `.districtCode` and `.wardCode` inside `root` ("" for an address record itself). */
export function bindAddress(root: ParentNode, prefix: string, options?: AddressPickerOptions): AddressPicker;

/** Lower case without diacritics (đ → d) and with single spaces. */
export function fold(text: string): string;

/** Fills the selects and `[data-ctxh-choices]` containers of `root` from the code lists of
 * `kind`'s fields (`data-ctxh-list` names a list for a plain text field). */
export function fillCodeLists(root: ParentNode, kind: RecordKind, options?: { lang?: "vi" | "en"; chooseText?: string }): void;

/** Fills one select from a code list; false when the list is unknown. */
export function fillSelect(select: HTMLSelectElement, list: string, lang: "vi" | "en", chooseText?: string): boolean;

/** Fills a `[data-ctxh-choices]` container with checkboxes or radio buttons. */
export function fillChoices(container: HTMLElement, kind: RecordKind, lang: "vi" | "en"): boolean;

/** An item a combobox offers. */
export interface ComboboxItem {
  value: string;
  label: string;
  detail?: string | undefined;
  /** Typed exactly (accents aside): chosen on leaving the field if it is the only one. */
  exact?: boolean | undefined;
}

/** What a combobox's `search` returns. */
export interface ComboboxResults {
  items: ComboboxItem[];
  more?: boolean;
  message?: string;
}

/** What `makeCombobox` returns. */
export interface Combobox {
  input: HTMLInputElement;
  sync(): void;
  close(): void;
  setDisabled(disabled: boolean): void;
  destroy(): void;
}

/** An accessible combobox in front of a value holder (a hidden <select> or <input>). */
export function makeCombobox(
  holder: HTMLSelectElement | HTMLInputElement,
  options: {
    search: (query: string) => ComboboxResults;
    labelOf: (value: string) => string | null;
    onChoose?: (item: ComboboxItem) => void;
    t: (key: keyof FormTexts, slots?: Record<string, string | number>) => string;
  },
): Combobox;

/** A path segment: a field name or a list index. */
export type PathSegment = string | number;

/** What a kind's schema says about one path. */
export interface FieldShape {
  type: "string" | "integer" | "number" | "boolean" | "array" | "object" | undefined;
  /** The code list of the field (for `enumLabels`), or null. */
  list: string | null;
  values?: string[];
  /** An RFC 3339 date-time with an offset. */
  dateTime: boolean;
  /** The record type of an object field ("Address"), or null. */
  record: string | null;
  items: FieldShape | null;
}

/** `"assignments[0].startDate"` → `["assignments", 0, "startDate"]`; null when not a wire path. */
export function parsePath(name: string): PathSegment[] | null;

/** `["assignments", 0, "startDate"]` → `"assignments[0].startDate"`. */
export function pathText(path: readonly PathSegment[]): string;

/** What the schema of `kind` says about `path`, or null when it is no field of the kind. */
export function fieldShape(kind: RecordKind, path: readonly PathSegment[]): FieldShape | null;

/** A form value as the field's type wants it; text that is not of that type stays text. */
export function coerce(text: string, shape: FieldShape | null, options?: { timeOffset?: string }): unknown;

/** Builds the record of `kind` from form entries (`new FormData(form)`, `URLSearchParams` of a
 * posted body, `[name, value]` pairs): the same record in the browser and on the server. */
export function recordFromEntries(
  kind: RecordKind,
  entries: Iterable<readonly [string, unknown]> | URLSearchParams | FormData,
  options?: { ignore?: string[]; timeOffset?: string },
): Record<string, unknown>;

/** The kit's words in Vietnamese and English. */
export const TEXTS: { vi: FormTexts; en: FormTexts };

/** A text function for `lang` with overrides: `t("results", { n: 3 })`. */
export function textsFor(lang: "vi" | "en", overrides?: FormTextOverrides): (key: keyof FormTexts | string, slots?: Record<string, string | number>) => string;
