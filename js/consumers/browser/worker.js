// Consumer: a module Web Worker using the "ctxh/web" build (init once, then validate messages).
import init, { loadLegacy, validateAddress, version } from "/ctxh/web/ctxh.js";

const ready = init().then(() => loadLegacy());
self.addEventListener("message", async ({ data }) => {
  try {
    await ready;
    self.postMessage({
      version: version().crateVersion,
      codeSets: version().codeSets.join(","),
      report: validateAddress(data.record, data.options),
    });
  } catch (e) {
    self.postMessage({ error: String(e) });
  }
});
