// The vi/en buttons in the top bar.
import { LANGS, onLangChange, setLang } from "./i18n.js";

/** Wires the `[data-lang]` buttons inside `root`. */
export function mountLangSwitch(root) {
  for (const button of root.querySelectorAll("button[data-lang]")) {
    if (!LANGS.includes(button.dataset.lang)) continue;
    button.addEventListener("click", () => setLang(button.dataset.lang));
  }
  onLangChange((lang) => {
    for (const button of root.querySelectorAll("button[data-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
    }
  });
}
