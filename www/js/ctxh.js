// Loads the ctxh WebAssembly package (web target, served at /pkg/web/) once, with the legacy
// units (a separate file, /pkg/ctxh_legacy.bin): the demo's code set select offers both eras.
import init, * as ctxh from "../pkg/web/ctxh.js";

let ready;

/** Resolves to the ctxh module after the .wasm is instantiated and the legacy units loaded. */
export function loadCtxh() {
  ready ??= init()
    .then(() => ctxh.loadLegacy())
    .then(() => ctxh);
  return ready;
}
