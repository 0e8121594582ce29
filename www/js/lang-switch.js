// The vi/en buttons in the top bar.
import { LANGS, lang, onLangChange, setLang } from "./i18n.js";

/** Wires the `[data-lang]` buttons inside `root`. */
export function mountLangSwitch(root) {
  const buttons = [...root.querySelectorAll("button[data-lang]")].filter((b) => LANGS.includes(b.dataset.lang));
  const show = (current) => {
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.lang === current));
  };
  for (const button of buttons) button.addEventListener("click", () => setLang(button.dataset.lang));
  onLangChange(show);
  show(lang());
}
