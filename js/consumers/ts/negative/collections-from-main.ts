// Must NOT compile: batches and indicators are in "ctxh/full", not the main entry (TS2305).
import { validateBatch } from "ctxh";

export const report = validateBatch("staff", "[]");
