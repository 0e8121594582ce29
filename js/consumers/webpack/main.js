// Consumer: a webpack 5 app importing the package by name (bundler target).
import { validateAddress, version } from "ctxh";

const report = validateAddress({ codeSet: "2025", provinceCode: "01" }, { lang: "en", mode: "submit" });
document.getElementById("codes").textContent = report.issues.map((i) => `${i.pathText}:${i.code}`).join(" ");
document.getElementById("version").textContent = version().crateVersion;
document.body.dataset.ready = "true";
