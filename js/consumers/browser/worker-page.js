// Consumer: the page side of a module Web Worker that validates off the main thread.
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.addEventListener("message", ({ data }) => {
  if (data.error) throw new Error(`worker: ${data.error}`);
  document.getElementById("codes").textContent = data.report.issues.map((i) => `${i.pathText}:${i.code}`).join(" ");
  document.getElementById("version").textContent = data.version;
  document.getElementById("codeSets").textContent = data.codeSets;
  document.body.dataset.ready = "true";
});
worker.addEventListener("error", (e) => {
  throw new Error(`worker failed: ${e.message}`);
});
worker.postMessage({ record: { codeSet: "2025", provinceCode: "01" }, options: { lang: "en", mode: "submit" } });
