#!/usr/bin/env node
// A small static file server for the demo page and the browser tests (no dependencies).
//
//   node scripts/serve.mjs            serves www/ at /, pkg/ at /pkg/ and the repository's sample
//                                     exports (samples/) at /samples/ on 127.0.0.1:$PORT (8080)
//
// Every response carries the strict Content-Security-Policy that provincial portals use, so the
// demo proves the package works under it. Tests import { startServer } and pass port 0.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; " +
  "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".ndjson": "application/x-ndjson; charset=utf-8",
  ".jsonl": "application/x-ndjson; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** The demo's mounts: www/ at /, the built package at /pkg/, the sample exports at /samples/. */
export const defaultMounts = () => ({
  "/pkg/": join(repoRoot, "pkg"),
  "/samples/": join(repoRoot, "samples"),
  "/": join(repoRoot, "www"),
});

/** Maps a URL path to a file under one of the mounts (longest prefix first), or null. */
function locate(mounts, urlPath) {
  for (const prefix of Object.keys(mounts).sort((a, b) => b.length - a.length)) {
    if (!urlPath.startsWith(prefix)) continue;
    const base = resolve(mounts[prefix]);
    const file = resolve(base, "." + sep + urlPath.slice(prefix.length));
    if (file !== base && !file.startsWith(base + sep)) return null; // escapes the mount
    return file;
  }
  return null;
}

/**
 * Starts the server. `port` 0 picks a free port. Resolves to `{ url, port, server, close() }`.
 * @param {{ port?: number, host?: string, mounts?: Record<string, string>, log?: boolean }} [opts]
 */
export function startServer({ port = 0, host = "127.0.0.1", mounts = defaultMounts(), log = false } = {}) {
  const server = createServer(async (req, res) => {
    const headers = {
      "Content-Security-Policy": CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
    };
    const send = (status, body) => {
      res.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      res.end(req.method === "HEAD" ? undefined : body);
      if (log) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (path.includes("\0")) return send(400, "bad request\n");
    let file = locate(mounts, path);
    if (!file) return send(404, "not found\n");
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith("/")) {
          res.writeHead(301, { ...headers, Location: path + "/" });
          return res.end();
        }
        file = join(file, "index.html");
        info = await stat(file);
      }
      if (!info.isFile()) return send(404, "not found\n");
      res.writeHead(200, {
        ...headers,
        "Content-Type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": info.size,
      });
      if (log) console.log(`200 ${req.method} ${req.url}`);
      if (req.method === "HEAD") return res.end();
      createReadStream(file).on("error", () => res.destroy()).pipe(res);
    } catch {
      send(404, "not found\n");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        server,
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections(); // browsers keep connections alive
          }),
      });
    });
  });
}

// Run as a program: serve the demo until interrupted.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
    process.exit(2);
  }
  try {
    const { url, close } = await startServer({ port, log: Boolean(process.env.CTXH_SERVE_LOG) });
    console.log(`\n  ctxh demo: ${url}   (www/ at /, pkg/ at /pkg/, samples/ at /samples/; Ctrl+C to stop)\n`);
    const stop = () => close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (e) {
    console.error(`cannot listen on 127.0.0.1:${port}: ${e.code ?? e.message}${e.code === "EADDRINUSE" ? " (set PORT=another port)" : ""}`);
    process.exit(1);
  }
}
