// Consumer: a CommonJS script requiring the installed package by name (both entries).
const ctxh = require("ctxh");
const { computeIndicators } = require("ctxh/indicators");

const report = ctxh.validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
const indicators = computeIndicators({ scope: { codeSet: "2025", provinceCodes: ["01"] } }, { asOf: "2026-01-01" });
console.log(JSON.stringify({ version: ctxh.version(), report, indicators: indicators.indicators.length, hasIndicators: "computeIndicators" in ctxh }));
