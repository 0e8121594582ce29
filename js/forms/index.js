// ctxh/forms: the portal kit. Binds the package's rules to the forms a portal already has: no
// framework, plain ES modules over the core entry next to it (`../ctxh.js`: the bundler build
// for "ctxh/forms", the web build for "ctxh/web/forms", which needs `await init()` first).
export { bindForm } from "./bind-form.js";
export { bindAddress, fold } from "./address.js";
export { fillCodeLists, fillSelect, fillChoices } from "./code-lists.js";
export { makeCombobox } from "./combobox.js";
export { coerce, fieldShape, parsePath, pathText, recordFromEntries } from "./paths.js";
export { TEXTS, textsFor } from "./texts.js";
