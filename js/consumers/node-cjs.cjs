// Consumer: a CommonJS script requiring the installed package by name (both entries).
const ctxh = require("ctxh");
const { computeIndicators, validateBatch } = require("ctxh/full");

const report = ctxh.validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
const indicators = computeIndicators({ scope: { codeSet: "2025", provinceCodes: ["01"] } }, { asOf: "2026-01-01" });
const batch = validateBatch("address", '[{"codeSet":"2025"},{"codeSet":"2025","provinceCode":"01","wardCode":"00004"}]');
console.log(JSON.stringify({
  version: ctxh.version(), report, indicators: indicators.indicators.length, rows: batch.totals.rows,
  mainHasCollections: "computeIndicators" in ctxh || "validateBatch" in ctxh,
}));
