// Consumer: a Node ES module importing the installed package by name.
import ctxh, { validateAddress, version } from "ctxh";

const report = validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
if (ctxh.validateAddress !== validateAddress) throw new Error("default and named imports differ");
console.log(JSON.stringify({ version: version(), report }));
