//! TypeScript declarations for the values that cross the boundary.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_CONTRACT: &'static str = r#"
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
"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_MODEL: &'static str = include_str!("model.d.ts");
