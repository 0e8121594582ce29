// Consumer: a Vite app importing the package by name (bundler target).
import { loadLegacy, validateAddress, version } from "ctxh";
import { bindForm } from "ctxh/forms"; // the form kit, over the same instance of the bundler build

const report = validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
document.getElementById("codes").textContent = report.issues.map((i) => `${i.pathText}:${i.code}`).join(" ");
document.getElementById("version").textContent = version().crateVersion;
// The legacy units are a separate file the bundler emits; fetched on demand.
await loadLegacy();
document.getElementById("codeSets").textContent = version().codeSets.join(",");
const form = bindForm(document.getElementById("form"), "address", { lang: "en" });
document.getElementById("formCodes").textContent = form.validate().issues.map((i) => `${i.pathText}:${i.code}`).join(" ");
document.body.dataset.ready = "true";
