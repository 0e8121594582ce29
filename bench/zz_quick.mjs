// Temporary quick measurement (not committed).
import { createRequire } from "node:module";
import { ajvValidator, AS_OF } from "./schemas.mjs";
import { PROVINCES, staffRecords } from "./records.mjs";
const require = createRequire(import.meta.url);
const full = require(process.argv[2] || "../pkg/full/node/ctxh.js");
const ctxh = require("../pkg/node/ctxh.js");
const N = 100000;
const wardLists = PROVINCES.map((p) => ctxh.communes("2025", p).map((c) => c.code));
const wards = new Map(PROVINCES.map((p, i) => [p, new Set(wardLists[i])]));
const { records } = staffRecords(N, 42, wardLists);
const texts = records.map((r) => JSON.stringify(r));
const ndjson = texts.join("\n");
const ajv = ajvValidator(wards);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function speed(name, fn) { fn(); const t = []; for (let r = 0; r < 5; r++) { const s = process.hrtime.bigint(); fn(); t.push(Number(process.hrtime.bigint() - s) / 1e9); } const m = N / median(t) / 1e6; console.log(name, m.toFixed(3)); return m; }
const p = speed("JSON.parse", () => texts.map((t) => JSON.parse(t) !== null));
const a = speed("ajv text", () => texts.map((t) => !ajv(JSON.parse(t))));
const b = speed("ctxh batch", () => full.validateBatch("staff", ndjson, { asOf: AS_OF, format: "ndjson", maxIssues: 1e9 }).totals.invalid);
console.log(`batch/ajv ${(b / a).toFixed(2)}  batch/parse ${(b / p).toFixed(2)}`);
