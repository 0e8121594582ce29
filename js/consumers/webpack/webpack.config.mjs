// The webpack 5 consumer's configuration: the bundler build of the package imports its .wasm as
// an ES module, which webpack 5 bundles with `experiments.asyncWebAssembly` (no loader, no
// plugin). Used by consumers.test.mjs through webpack's Node API (no webpack-cli).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export default {
  mode: "production",
  context: here,
  entry: "./main.js",
  output: { path: join(here, "dist"), filename: "main.js", clean: true },
  experiments: { asyncWebAssembly: true },
  // The .wasm is over webpack's 244 KB raw hint; its gzip size is what the README states.
  performance: { hints: false },
};
