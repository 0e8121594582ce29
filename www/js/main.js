// Entry point of the demo portal page: loads the wasm ruleset, then mounts the components.
import { mountAddressForm } from "./address-form.js";
import { loadCtxh } from "./ctxh.js";
import { byTestId } from "./dom.js";
import { applyStaticTexts, t } from "./i18n.js";
import { renderReport } from "./issue-list.js";
import { mountLangSwitch } from "./lang-switch.js";
import { mountVersionPanel } from "./version-panel.js";

async function main() {
  applyStaticTexts();
  const status = byTestId("load-status");
  mountLangSwitch(byTestId("lang-switch"));
  let ctxh;
  try {
    ctxh = await loadCtxh();
  } catch (err) {
    status.dataset.i18n = "loadFailed";
    status.textContent = t("loadFailed");
    status.classList.add("failed");
    console.error(err);
    return;
  }
  status.dataset.i18n = "loaded";
  status.textContent = t("loaded");
  status.hidden = true;

  mountVersionPanel(ctxh);
  const out = { verdict: byTestId("verdict"), list: byTestId("issues") };
  mountAddressForm(document.getElementById("address-form"), ctxh, (report) => renderReport(report, out));
  document.body.dataset.ready = "true";
}

main();
