// Consumer: a Node ES module importing the installed package by name (both entries).
import ctxh, { validateAddress, version } from "ctxh";
import { computeIndicators } from "ctxh/indicators";

const report = validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
if (ctxh.validateAddress !== validateAddress) throw new Error("default and named imports differ");
const indicators = computeIndicators({ scope: { codeSet: "2025", provinceCodes: ["01"] } }, { asOf: "2026-01-01" });
console.log(JSON.stringify({ version: version(), report, indicators: indicators.indicators.length, hasIndicators: "computeIndicators" in ctxh }));
