// Shows what the wasm module says about itself: crate, ruleset and code set versions.
import { byTestId } from "./dom.js";
import { onLangChange, t } from "./i18n.js";

/** Fills the version facts from `ctxh.version()`. */
export function mountVersionPanel(ctxh) {
  const info = ctxh.version();
  byTestId("crate-version").textContent = info.crateVersion;
  byTestId("ruleset-version").textContent = info.rulesetVersion;
  byTestId("code-sets").textContent = info.codeSets.join(", ");
  onLangChange(() => {
    byTestId("engine").textContent = info.wasm ? t("engineWasm") : t("engineNative");
  });
}
