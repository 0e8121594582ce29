// The hand-written TypeScript of the package's exports: the values they take and return
// (record types and code lists are generated into model.d.ts). Embedded in the package's .d.ts
// by src/wasm/types.rs. tests/typescript_api.rs checks these declarations against real values
// of the core functions the exports forward to, and the exports' `unchecked_*_type` names
// against them: keep them in the subset of TypeScript that test parses.

/** Options of every validation. Unusable options throw a RangeError. */
export interface ValidateOptions {
  /** Message language: "vi" (default) or "en". */
  lang?: "vi" | "en";
  /** "draft": missing required fields are warnings; "submit" (default): errors. */
  mode?: "draft" | "submit";
  /** The date that counts as today, YYYY-MM-DD (default: today in Vietnam, UTC+7). */
  asOf?: string;
}

/** Error blocks submission; warning does not. */
export type Severity = "error" | "warning";

/** A rule constant carried by an issue (never a value the user typed). */
export type IssueParam = number | string | string[];

/** One finding. */
export interface Issue {
  /** Path segments in wire names: ["qualifications", 0, "level"]. */
  path: (string | number)[];
  /** The dotted form: "qualifications[0].level". */
  pathText: string;
  /** Stable rule code (see the README's rules table). */
  code: string;
  severity: Severity;
  params: Record<string, IssueParam>;
  /** The message in the requested language. */
  message: string;
}

/** What every validation returns. */
export interface Report {
  /** True when no issue is an error. */
  valid: boolean;
  /** Sorted by path, then code. */
  issues: Issue[];
}

/** Options of a batch: those of every validation, how the rows are written and which issues
 * the report lists. Unusable options throw a RangeError. */
export interface BatchOptions extends ValidateOptions {
  /** "auto" (default: "[" first is a JSON array, anything else NDJSON), "json", "ndjson" or
   * "csv" (a table with a header row, read by column headers; never chosen by "auto"). */
  format?: "auto" | "json" | "ndjson" | "csv";
  /** The most issues listed (default 1000; 0: counts only). */
  maxIssues?: number;
  /** The number of the first issue listed (default 0): `nextOffset` of the previous page. */
  issueOffset?: number;
  /** BatchValidator: queue every issue for takeIssues() (default false). */
  streamIssues?: boolean;
  /** Report the same person in two rows (the same CCCD, or the same name, birth date and
   * commune) as warnings naming the earlier row (default false). */
  duplicates?: boolean;
  /** For "csv": header -> wire path or label of the kind, or null to ignore the column; tried
   * before the headers' own paths and labels. */
  columns?: Record<string, string | null>;
}

/** An issue of a batch: the issue of its row's own report, with the row. */
export interface BatchIssue extends Issue {
  /** The row's position from 0 (array index; n-th non-blank NDJSON line; n-th row under a
   * table's header); null for a fault of the batch's own structure. */
  row: number | null;
  /** For "csv": the header of the column the issue came from, when one did. */
  column?: string;
}

/** How often a code or field was reported. */
export interface BatchCount {
  issues: number;
  /** Rows with at least one. */
  rows: number;
}

/** Rows and issues of a batch. */
export interface BatchTotals {
  rows: number;
  /** Rows without an error. */
  valid: number;
  /** Rows with an error. */
  invalid: number;
  withWarnings: number;
  issues: number;
  errors: number;
  warnings: number;
}

/** What validateBatch and BatchValidator.finish return. */
export interface BatchReport {
  kind: RecordKind;
  /** How the rows were read ("auto": the text was blank). */
  format: "auto" | "json" | "ndjson" | "csv";
  /** No row has an error and the batch's structure is sound. */
  valid: boolean;
  totals: BatchTotals;
  byCode: Record<string, BatchCount>;
  /** By dotted path with indices written [*]: "assignments[*].startDate"; at most 1000. */
  byField: Record<string, BatchCount>;
  /** Issues at fields beyond the 1000 counted in byField. */
  byFieldOmitted: number;
  issueOffset: number;
  maxIssues: number;
  /** At most maxIssues issues from number issueOffset, in row order. */
  issues: BatchIssue[];
  /** issueOffset of the next page, or null. */
  nextOffset: number | null;
}

/** One file of validateBatchFiles. */
export interface BatchFile {
  /** The file's name, as a duplicate in a later file names it. */
  name: string;
  /** The file's text, or its UTF-8 bytes as the file gives them (file.arrayBuffer()). */
  text: string | Uint8Array | ArrayBuffer;
}

/** How far a BatchValidator has got. */
export interface BatchProgress {
  /** UTF-8 bytes taken. */
  bytes: number;
  /** Rows checked (a row still open at the end of the last chunk is not counted). */
  rows: number;
  issues: number;
}

/** Versions of this build. */
export interface VersionInfo {
  crateVersion: string;
  rulesetVersion: string;
  codeSets: ("2025" | "legacy")[];
  wasm: boolean;
}

/** A value of a code list with its label, for select boxes. */
export interface EnumLabel {
  value: string;
  label: string;
}

/** Type of an administrative unit: provinces `tinh` | `thanh-pho`; legacy districts `quan` |
 * `huyen` | `thi-xa` | `thanh-pho`; communes `xa` | `phuong` | `thi-tran` (legacy) | `dac-khu`
 * (2025). */
export type UnitTypeId =
  | "tinh" | "thanh-pho" | "quan" | "huyen" | "thi-xa" | "xa" | "phuong" | "thi-tran" | "dac-khu";

/** A province, district or commune for a select box. */
export interface AdminUnit {
  /** "01" (province), "001" (legacy district), "00004" (commune). */
  code: string;
  /** The name exactly as in the reference table: "Phường Ba Đình". */
  name: string;
  /** Stable type id (from the table's type column, not from the name). */
  type: UnitTypeId;
  /** The Vietnamese type label as in the table: "Phường". */
  typeLabel: string;
}

/** A parent unit. */
export interface AdminUnitRef {
  code: string;
  name: string;
}

/** A unit found by code, with its level and parents. */
export interface AdminUnitDetail extends AdminUnit {
  codeSet: CodeSet;
  level: "province" | "district" | "commune";
  /** For districts and communes. */
  province?: AdminUnitRef;
  /** For legacy communes. */
  district?: AdminUnitRef;
}

/** How well a name matched, best first. */
export type MatchRank = "exact" | "exact-folded" | "prefix" | "word-prefix" | "substring";

/** A commune found by `searchCommunes`. */
export interface CommuneMatch extends AdminUnit {
  rank: MatchRank;
  /** Legacy communes: their district, to tell apart communes of the same name. */
  district?: AdminUnitRef;
}

/** How a legacy commune went into a 2025 commune (as in the lineage table). */
export type LineageKind = "whole" | "split-default" | "split";

/** Outcome of `convertLegacyWard` / `legacySources`. `whole` | `split` (conversion found),
 * `found` (sources found), `no-lineage` (the unit exists but the lineage table has nothing for
 * it: the five 2025 special zones), `not-a-commune` (a province or district code, such as the
 * five island districts without communes), `unknown`, `code-format-invalid`,
 * `code-set-unavailable` (build without the legacy units). */
export type LineageStatus =
  | "whole" | "split" | "found" | "no-lineage" | "not-a-commune" | "unknown"
  | "code-format-invalid" | "code-set-unavailable";

/** A 2025 commune that (part of) a legacy commune went into. */
export interface LegacySuccessor extends AdminUnit {
  province: AdminUnitRef;
  kind: LineageKind;
  /** The answer to propose: the only candidate, or the split-default one. */
  default: boolean;
}

/** `convertLegacyWard(code)`: candidates are empty unless status is `whole` or `split`;
 * the default candidate comes first. */
export interface LegacyConversion {
  status: LineageStatus;
  /** The legacy unit the code names, if any. */
  legacy: AdminUnitDetail | null;
  candidates: LegacySuccessor[];
}

/** A legacy commune that (part of) went into a 2025 commune. */
export interface LegacyPredecessor extends AdminUnit {
  district: AdminUnitRef;
  province: AdminUnitRef;
  kind: LineageKind;
}

/** `legacySources(code)`: sources are empty unless status is `found`. */
export interface LegacySources {
  status: LineageStatus;
  /** The 2025 unit the code names, if any. */
  commune: AdminUnitDetail | null;
  sources: LegacyPredecessor[];
}

/** A CCCD birth-registration code: "0" + the legacy province code. */
export interface CccdProvince {
  /** "001" */
  prefix: string;
  /** "01" */
  provinceCode: string;
  /** "Thành phố Hà Nội" */
  name: string;
}

/** What kind of number a phone number is. */
export type PhoneKind = "mobile" | "landline" | "legacy-mobile" | "legacy-landline" | "service" | "security-network" | "invalid";

/** The result of normalizePhone. */
export interface PhoneInfo {
  /** The digits in national form ("0912345678"), or null when the text is no phone number. */
  normalized: string | null;
  kind: PhoneKind;
  /** For an old 11-digit mobile number or an old-format landline: the number it became. */
  suggestion: string | null;
  /** For a mobile number: whether its prefix is known to be allocated. */
  knownPrefix: boolean;
}

/** The result of parseCccd: what the 12 digits encode (not a verified fact). */
export interface CccdInfo {
  /** Exactly 12 digits (spaces and dots ignored). */
  valid: boolean;
  normalized: string | null;
  /** First three digits: birth-registration province code ("001") or a country code. */
  provinceCode: string | null;
  /** The province's name, when the province table is embedded and the code is known. */
  provinceName: string | null;
  gender: "male" | "female" | null;
  /** Century of birth as an ordinal: 20 = 1900–1999, 21 = 2000–2099. */
  century: number | null;
  birthYear: number | null;
}

/** An ethnic group of the national list (codes "01".."54"). */
export interface EthnicGroup {
  code: EthnicGroupCode;
  name: string;
}

/** How a step follows the last one. */
export type TransitionKind =
  | "forward" | "repeat" | "replan" | "continue"
  | "referral" | "transfer" | "closure" | "early-closure";

/** A deadline of the case workflow. */
export type DeadlineKind = "emergency-action" | "plan-draft" | "plan-approval" | "emergency-stay";

/** Where a deadline stands on `asOf`. */
export type DeadlineState = "pending" | "due-soon" | "overdue" | "met" | "missed";

/** One deadline of a case. */
export interface Deadline {
  kind: DeadlineKind;
  /** The step that meets it (null: the discharge from the facility). */
  step: StepType | null;
  /** Position in `steps` of the recorded step that meets it, if recorded. */
  stepIndex: number | null;
  /** The last instant in time, RFC 3339. */
  dueAt: string;
  state: DeadlineState;
  legalBasis: string;
}

/** A step a portal may offer. */
export interface NextStep {
  step: StepType;
  /** Label in `options.lang`. */
  label: string;
  transition: TransitionKind;
  /** True when nothing is missing and there are no blockers: enable the button. */
  ready: boolean;
  /** What must be fixed in the case first (same shape as report issues). */
  missing: Issue[];
  /** Fields the new step itself must have (wire names of `CaseStep`). */
  requiredFields: string[];
  /** The open deadline this step meets, if any. */
  deadline: DeadlineKind | null;
  dueAt: string | null;
}

/** What `nextSteps` returns. */
export interface NextSteps {
  pathway: Pathway | null;
  /** The last recorded step of the pathway. */
  lastStep: StepType | null;
  lastStepIndex: number | null;
  /** The status the case has after its last step. */
  status: CaseStatus | null;
  /** Problems that stop every step (no pathway, no receivedAt, unreadable workflow fields). */
  blockers: Issue[];
  /** The steps allowed next, in a stable order. */
  steps: NextStep[];
  deadlines: Deadline[];
}

/** Where indicators are counted: a code set and some of its provinces (none: the country). */
export interface IndicatorScope {
  codeSet: "2025" | "legacy";
  provinceCodes?: string[];
}

/** A denominator the caller gives for a historical report (the report says "caller"). */
export interface CallerDenominator {
  indicator: "communes-with-dedicated-collaborator" | "communes-with-collaborator";
  value: number;
  /** Where it comes from; kept by the caller, never repeated in the report. */
  source?: string;
}

/** A period, YYYY-MM-DD, both days included. */
export interface IndicatorPeriod {
  start: string;
  end: string;
}

/** What `computeIndicators` counts. The options' `asOf` is the reference date. */
export interface IndicatorRequest {
  scope: IndicatorScope;
  /** The period training events are counted in. */
  period?: IndicatorPeriod;
  denominators?: CallerDenominator[];
  staff?: unknown[];
  facilities?: unknown[];
  cases?: unknown[];
  trainingEvents?: unknown[];
}

/** One breakdown part. */
export interface IndicatorPart {
  numerator: number;
  /** Percentages only. */
  denominator?: number;
}

/** Parts of a figure by the ids of a code list or of the breakdown. */
export interface IndicatorBreakdown {
  by: string;
  parts: Record<string, IndicatorPart>;
}

/** A computed figure: never a ratio without its numerator and denominator. */
export interface IndicatorFigure {
  code: IndicatorCode;
  name: string;
  unit: IndicatorUnit;
  /** The count, or the share with one decimal; null for a share without a denominator. */
  value: number | null;
  /** 1.298 / 36,2 % (vi); 1,298 / 36.2 % (en). */
  text: string;
  numerator: number;
  denominator: number | null;
  denominatorSource: "records" | "code-set" | "caller" | "mixed" | null;
  /** False for distinct-person figures (a person may work in two provinces). */
  additive: boolean;
  /** False for a distinct-person figure merged from several reports. */
  exact: boolean;
  breakdowns: IndicatorBreakdown[];
}

/** Progress towards a target. */
export interface IndicatorProgress {
  target: string;
  name: string;
  indicator: IndicatorCode;
  year: number;
  source: string;
  targetPercent: number;
  numerator: number;
  denominator: number | null;
  value: number | null;
  /** "36,2 % / 30,0 %" */
  text: string;
  status: "met" | "not-met" | "no-data";
  statusLabel: string;
  exact: boolean;
}

/** Records given and counted in at least one figure. */
export interface IndicatorListCount {
  given: number;
  counted: number;
}

/** A record (or an attendance of one) not counted: by list and position, never by id. */
export interface UncountedRecord {
  list: "staff" | "facilities" | "cases" | "trainingEvents";
  index: number;
  /** The part of the record, e.g. "trainingAttendances[0]". */
  path?: string;
  reason: "invalid" | "other-code-set" | "other-province" | "no-commune" | "no-id" | "duplicate-id" | "not-active" | "outside-period" | "not-open" | "no-event" | "event-not-counted";
}

/** The scope a report counted (no code set when the request had none usable). */
export interface IndicatorReportScope {
  codeSet: "2025" | "legacy" | null;
  provinceCodes: string[];
}

/** Records given and counted, by list. */
export interface IndicatorRecordCounts {
  staff: IndicatorListCount;
  facilities: IndicatorListCount;
  cases: IndicatorListCount;
  trainingEvents: IndicatorListCount;
}

/** The records not counted: all by reason, the first 200 one by one (none in a merge). */
export interface IndicatorUncounted {
  byReason: Record<string, number>;
  records: UncountedRecord[];
  omitted: number;
}

/** What `computeIndicators` and `mergeIndicatorReports` return. */
export interface IndicatorReport {
  scope: IndicatorReportScope;
  asOf: string;
  period: IndicatorPeriod | null;
  /** Problems of the request (or of the merge) itself. */
  request: Report;
  /** How many reports were merged into this one (1 when computed). */
  parts: number;
  records: IndicatorRecordCounts;
  indicators: IndicatorFigure[];
  progress: IndicatorProgress[];
  uncounted: IndicatorUncounted;
}

/** An indicator of the catalogue, in one language. */
export interface IndicatorCatalogueEntry {
  code: IndicatorCode;
  name: string;
  unit: IndicatorUnit;
  numerator: string;
  denominator: string | null;
  breakdowns: string[];
  source: string;
  distinctPersons: boolean;
}

/** A programme target, in one language. */
export interface IndicatorTarget {
  code: string;
  name: string;
  indicator: IndicatorCode;
  percent: number;
  year: number;
  source: string;
  province: string | null;
}

/** What `indicatorCatalogue` returns. */
export interface IndicatorCatalogue {
  indicators: IndicatorCatalogueEntry[];
  targets: IndicatorTarget[];
}

/** A published figure compared with a computed report (`compareObservation`). */
export interface IndicatorComparison {
  indicator: IndicatorCode | null;
  /** equal; differs; within-bound / below-bound for a lower bound ("trên 150"); not-comparable
   * (another unit, code set, scope, reference date, or a plan); not-computed. */
  agreement: "equal" | "differs" | "within-bound" | "below-bound" | "not-comparable" | "not-computed";
  /** The computed value, as in the report's figure. */
  computed: number | null;
  /** Whether a published numerator and denominator are the computed ones (null if not given). */
  fractionMatches: boolean | null;
}

/** A JSON Schema 2020-12 document, as `schema(kind)` returns it: the record type at `$ref`,
 * every record type and code list it uses in `$defs` (see the README, "JSON Schema"). */
export interface JsonSchema {
  $schema: "https://json-schema.org/draft/2020-12/schema";
  /** `urn:ctxh:schema:<lang>:<kind>`. */
  $id: string;
  /** The record kind's label in the requested language. */
  title: string;
  description: string;
  /** The ctxh and ruleset versions that generated it. */
  $comment: string;
  $ref: string;
  $defs: Record<string, JsonSchemaNode>;
}

/** A subschema of a JsonSchema (an object of JSON Schema keywords). */
export type JsonSchemaNode = Record<string, unknown>;
