// Consumer: a Node ES module importing the installed package by name (the main entry, the full
// entry and the portal kit).
import ctxh, { validateAddress, version } from "ctxh";
import { computeIndicators, validateBatch } from "ctxh/full";
import { recordFromEntries } from "ctxh/forms"; // the kit's DOM-free part: a posted form → the record

const report = validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
if (ctxh.validateAddress !== validateAddress) throw new Error("default and named imports differ");
const posted = new URLSearchParams("wardCode=00004&provinceCode=01&codeSet=2025");
const fromForm = recordFromEntries("address", posted);
const indicators = computeIndicators({ scope: { codeSet: "2025", provinceCodes: ["01"] } }, { asOf: "2026-01-01" });
const batch = validateBatch("address", '[{"codeSet":"2025"},{"codeSet":"2025","provinceCode":"01","wardCode":"00004"}]');
console.log(JSON.stringify({
  version: version(), report, fromForm, fromFormValid: validateAddress(fromForm).valid,
  indicators: indicators.indicators.length, rows: batch.totals.rows,
  mainHasCollections: "computeIndicators" in ctxh || "validateBatch" in ctxh,
}));
