// Loads the ctxh WebAssembly package (web target, served at /pkg/web/) once.
import init, * as ctxh from "../pkg/web/ctxh.js";

let ready;

/** Resolves to the ctxh module after the .wasm is compiled and instantiated. */
export function loadCtxh() {
  ready ??= init().then(() => ctxh);
  return ready;
}
