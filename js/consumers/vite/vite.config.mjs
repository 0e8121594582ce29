// The wasm-pack bundler output imports its .wasm as an ES module (the WebAssembly ESM
// integration); vite-plugin-wasm provides it. Top-level await is native with target es2022.
import { defineConfig } from "vite";
import wasm from "vite-plugin-wasm";

export default defineConfig({
  plugins: [wasm()],
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
  logLevel: "warn",
});
