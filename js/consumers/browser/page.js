// Consumer: a plain <script type="module"> page, no bundler: the "ctxh/web" build, init first;
// then the form kit of the same build ("ctxh/web/forms") on a form of the page.
import init, { loadLegacy, validateAddress, version } from "/ctxh/web/ctxh.js";
import { bindForm } from "/ctxh/web/forms/index.js";

await init();
const report = validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
document.getElementById("codes").textContent = report.issues.map((i) => `${i.pathText}:${i.code}`).join(" ");
document.getElementById("version").textContent = version().crateVersion;
await loadLegacy(); // ctxh_legacy.bin, next to the package's code
document.getElementById("codeSets").textContent = version().codeSets.join(",");
const form = bindForm(document.getElementById("form"), "address", { lang: "en" });
document.getElementById("formCodes").textContent = form.validate().issues.map((i) => `${i.pathText}:${i.code}`).join(" ");
document.body.dataset.ready = "true";
