// Consumer: a Node ES module importing the installed package by name.
import ctxh, { validateAddress, version } from "ctxh";
import { recordFromEntries } from "ctxh/forms"; // the kit's DOM-free part: a posted form → the record

const report = validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
if (ctxh.validateAddress !== validateAddress) throw new Error("default and named imports differ");
const posted = new URLSearchParams("wardCode=00004&provinceCode=01&codeSet=2025");
const fromForm = recordFromEntries("address", posted);
console.log(JSON.stringify({ version: version(), report, fromForm, fromFormValid: validateAddress(fromForm).valid }));
