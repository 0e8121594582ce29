// Must NOT compile: the indicator functions are in "ctxh/indicators", not the main entry (TS2305).
import { computeIndicators } from "ctxh";

export const report = computeIndicators({ scope: { codeSet: "2025" } });
