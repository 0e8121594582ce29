// Consumer: type-checks a small TypeScript use of the package against its .d.ts (strict).
import { enumLabels, loadLegacy, schema, searchCommunes, validateAddress, validateField, validateJson, validateStaff, version } from "ctxh";
import type { CommuneMatch, EnumLabel, Issue, JsonSchema, Report, StaffMember, ValidateOptions, VersionInfo } from "ctxh";
import { BatchValidator, batchIssuesCsv, computeIndicators, validateBatch, validateBatchFiles, validateStaff as validateStaffToo } from "ctxh/full";
import type { BatchFile, BatchReport, IndicatorReport } from "ctxh/full";

const options: ValidateOptions = { lang: "en", mode: "draft", asOf: "2026-01-15" };
const report: Report = validateAddress({ codeSet: "2025", provinceCode: "01", wardCode: "00004" }, options);
const first: Issue | undefined = report.issues[0];
const where: string = first?.pathText ?? "";
const severity: "error" | "warning" | undefined = first?.severity;
const field: Report = validateField("address", "wardCode", "00004", undefined, options);
const text: string = validateJson("address", "{}", { lang: "vi" });
const info: VersionInfo = version();
const labels: EnumLabel[] = enumLabels("codeSet", { lang: "vi" });
const ok: boolean = report.valid && field.valid && info.wasm && labels.length > 0 && text.length > 0;

// Options, validateField's record and searchCommunes's limit may be left out.
const staff: StaffMember = { workforceCategory: "sw-collaborator", person: { fullName: "Lò Văn Páo" } };
const staffReport: Report = validateStaff(staff);
const typing: Report = validateField("staff", "person.fullName", "Lò Văn 2");
const found: CommuneMatch[] = searchCommunes("2025", "01", "yen hoa");
const staffSchema: JsonSchema = schema("staff", { lang: "en" });
const defs: string[] = Object.keys(staffSchema.$defs);
const loading: Promise<void> = loadLegacy();
export const more = [staffReport.valid, typing.valid, found.length, defs.length, loading];

// The full entry: the main entry's functions, batches and indicators.
const computed: IndicatorReport = computeIndicators({ scope: { codeSet: "2025", provinceCodes: ["01"] } }, { asOf: "2026-01-01" });
const checked: BatchReport = validateBatch("staff", "[]", { format: "json" });
const chunked = new BatchValidator("address", { maxIssues: 10 });
// A file's bytes, whole or chunk by chunk (file.arrayBuffer(), file.stream()).
const fromBytes: BatchReport = validateBatch("staff", new TextEncoder().encode("[]"), { format: "json" });
chunked.push(new Uint8Array([0x7b, 0x7d, 0x0a]));
chunked.push(new ArrayBuffer(0));
export const bytes = [fromBytes.valid];
export const figures = [computed.indicators.length, checked.totals.rows, validateStaffToo(staff).valid, chunked];
// Tables: a CSV export read by its headers, several files as one set, the issues as CSV text.
const table: BatchReport = validateBatch("staff", "Họ và tên,STT\nLò Văn Páo,1\n", { format: "csv", columns: { STT: null }, duplicates: true });
const column: string | undefined = table.issues[0]?.column;
const files: BatchFile[] = [{ name: "xa-a.csv", text: "Họ và tên\n" }, { name: "xa-b.csv", text: new TextEncoder().encode("Họ và tên\n") }];
const reports: BatchReport[] = validateBatchFiles("staff", files, { format: "csv", duplicates: true });
const download: string = batchIssuesCsv(table) + batchIssuesCsv(reports[1]?.issues ?? [], false);
export const tables = [column, download.length];
// @ts-expect-error: a batch text is a string or its bytes, not an array of records
validateBatch("staff", [{}]);
// @ts-expect-error: a column mapping names a field path, a label or null
validateBatch("staff", "", { format: "csv", columns: { STT: 1 } });

// @ts-expect-error: a misspelt field of a staff record
validateStaff({ workforceCategry: "volunteer-team-member" });
// @ts-expect-error: validateField needs its value
validateField("staff", "person.fullName");
// @ts-expect-error: lang is "vi" | "en"
validateAddress({}, { lang: "fr" });
// @ts-expect-error: the kind is a RecordKind
validateJson("person", "{}", undefined);

export { ok, where, severity };
