// What every page of the demo does: its texts in the chosen language, the language switch, the
// WebAssembly ruleset (the package's main web build, served at /pkg/web/, or the full one at
// /pkg/full/web/ for the bulk check and the dashboard), the versions in the footer,
// then the page's own part. `body[data-ready]` tells the browser tests it is done.
import { byTestId } from "./dom.js";
import { applyStaticTexts, onLangChange, t } from "./i18n.js";
import { mountLangSwitch } from "./lang-switch.js";

/** The reference date of the page: `?asOf=YYYY-MM-DD`, or null (today in Vietnam). */
export function asOfParam() {
  const asked = new URLSearchParams(location.search).get("asOf");
  return asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : null;
}

/** The main entry ("ctxh/web"): what the form pages load. */
const mainEntry = () => import("../pkg/web/ctxh.js");

/** The full entry ("ctxh/full/web"): the main entry's functions, batches and indicators, in a
 * larger module that only the bulk check (its page and its worker) and the dashboard load. */
export const fullEntry = () => import("../pkg/full/web/ctxh.js");

/** Loads the ruleset (`entry`: imports the package entry the page uses), then runs
 * `mount(ctxh)`. */
export async function startPage(mount, entry = mainEntry) {
  applyStaticTexts();
  mountLangSwitch(byTestId("lang-switch"));
  const status = byTestId("load-status");
  let ctxh;
  try {
    ctxh = await entry();
    await ctxh.default();
  } catch (err) {
    status.textContent = t("loadFailed");
    status.classList.add("failed");
    console.error(err);
    return;
  }
  status.hidden = true;
  const info = ctxh.version();
  const footer = byTestId("footer-text");
  const showFooter = () => (footer.textContent = t("footer", { crate: info.crateVersion, ruleset: info.rulesetVersion }));
  showFooter();
  onLangChange(showFooter);
  await mount(ctxh);
  performance.mark("ctxh-demo-ready");
  document.body.dataset.ready = "true";
}
