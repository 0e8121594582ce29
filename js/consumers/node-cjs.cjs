// Consumer: a CommonJS script requiring the installed package by name.
const ctxh = require("ctxh");

const report = ctxh.validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
console.log(JSON.stringify({ version: ctxh.version(), report }));
