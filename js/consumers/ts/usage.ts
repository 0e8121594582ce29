// Consumer: type-checks a small TypeScript use of the package against its .d.ts (strict).
import { enumLabels, validateAddress, validateField, validateJson, version } from "ctxh";
import type { EnumLabel, Issue, Report, ValidateOptions, VersionInfo } from "ctxh";

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

// @ts-expect-error: lang is "vi" | "en"
validateAddress({}, { lang: "fr" });
// @ts-expect-error: the kind is a RecordKind
validateJson("person", "{}", undefined);

export { ok, where, severity };
