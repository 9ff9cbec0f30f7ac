#!/usr/bin/env node
// A small, dependency-free static file server for the built atlas (dist/).
//
//   npm run serve                    → http://127.0.0.1:4321/
//   PORT=8080 npm run serve
//   node scripts/serve.mjs --port 8080 --host 0.0.0.0 --root dist
//
// Tests import { startServer } and use port 0 (a free port).
//
// Why not `astro preview` (Vite's preview server, sirv + @polka/compression): it serves a project's
// configured outDir, not any folder (the tests serve a snapshot of dist/, the benchmark a copy), and
// it compresses on the fly as a stream, brotli first when offered, without a Content-Length. The
// benchmark's byte counts are those of a gzip-serving static host, read from an exact
// Content-Length (Playwright cannot see a worker script's body): here every text file is gzip -9 with
// its length. sirv alone compresses nothing on the fly (only precompressed .gz/.br files).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

/** Content types by file extension (lower case, without the dot). */
export const MIME_TYPES = {
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  cjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  topojson: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
  pbf: 'application/x-protobuf',
  mvt: 'application/vnd.mapbox-vector-tile',
  pmtiles: 'application/octet-stream',
  // Pagefind's index files are binary fragments.
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pagefind: 'application/octet-stream',
  zip: 'application/zip',
  gz: 'application/gzip',
};

/** Types worth compressing on the fly (everything text-like, plus wasm). */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|manifest\+json|javascript|xml|rss\+xml|wasm)|image\/svg\+xml)/;

export const contentType = (path) => MIME_TYPES[extname(path).slice(1).toLowerCase()] ?? 'application/octet-stream';

const statOrNull = (path) => stat(path).catch(() => null);

/**
 * Starts a static server over `root`.
 * @param {{ root?: string, port?: number, host?: string, log?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, host: string, root: string, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', log = false } = {}) {
  const base = resolve(root);
  const rootStat = await statOrNull(base);
  if (!rootStat?.isDirectory()) throw new Error(`serve: ${base} is not a directory (run \`npm run build\` first)`);

  const server = createServer((req, res) => {
    handle(base, req, res).catch((error) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('500 Internal Server Error\n');
      } else res.destroy(error);
      console.error(`serve: ${req.method} ${req.url}: ${error?.stack ?? error}`);
    });
    if (log) res.on('finish', () => console.log(`${res.statusCode} ${req.method} ${req.url}`));
  });
  // Connections kept alive by a browser must not keep close() waiting.
  server.keepAliveTimeout = 2000;

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    host,
    root: base,
    server,
    close: () =>
      new Promise((ok, fail) => {
        server.close((error) => (error ? fail(error) : ok()));
        server.closeAllConnections?.();
      }),
  };
}

async function handle(base, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('405 Method Not Allowed\n');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(req, res, 400, null, 'text/plain; charset=utf-8', Buffer.from('400 Bad Request\n'));
  }
  // Stay inside the root: resolve and compare, refuse NUL bytes.
  const target = resolve(join(base, pathname));
  if (pathname.includes('\0') || (target !== base && !target.startsWith(base + sep))) {
    return notFound(base, req, res);
  }

  let file = target;
  let info = await statOrNull(file);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Moved to ${url.pathname}/\n`);
      return;
    }
    file = join(target, 'index.html');
    info = await statOrNull(file);
  }
  if (!info?.isFile()) return notFound(base, req, res);

  return sendFile(req, res, 200, file, info);
}

async function notFound(base, req, res) {
  // As static hosts do: the nearest 404.html up the path, so a missing `/ru/…` page answers with
  // the Russian edition's 404 page (`/ru/404.html`) and any other with `/404.html`.
  const folders = new URL(req.url, 'http://x').pathname.split('/').filter(Boolean).slice(0, -1);
  for (let depth = folders.length; depth >= 0; depth--) {
    const page = join(base, ...folders.slice(0, depth), '404.html');
    if (!page.startsWith(base)) continue;
    const info = await statOrNull(page);
    if (info?.isFile()) return sendFile(req, res, 404, page, info);
  }
  return send(req, res, 404, null, 'text/plain; charset=utf-8', Buffer.from('404 Not Found\n'));
}

const acceptsGzip = (req) =>
  String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .some((part) => {
      const [coding, ...params] = part.trim().toLowerCase().split(';');
      if (coding !== 'gzip' && coding !== '*') return false;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return q === undefined || Number(q.slice(2)) > 0;
    });

async function sendFile(req, res, status, file, info) {
  const type = contentType(file);
  const headers = {
    'content-type': type,
    'last-modified': info.mtime.toUTCString(),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  // Small text files: read, compress, send with an exact length (byte measurements use it).
  if (COMPRESSIBLE.test(type)) {
    headers.vary = 'Accept-Encoding';
    if (!acceptsGzip(req)) return send(req, res, status, headers, type, await readFile(file));
    headers['content-encoding'] = 'gzip';
    return send(req, res, status, headers, type, await gzipped(file, info));
  }
  headers['content-length'] = String(info.size);
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', (error) => res.destroy(error))
    .pipe(res);
}

/**
 * A file's gzip body (level 9, compressed in memory so Content-Length is the exact number of bytes
 * on the wire), kept until the file changes: compressing MapLibre or a map's data anew on every
 * request would cost more than serving it.
 */
const gzipCache = new Map();
async function gzipped(file, info) {
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.body;
  const body = await gzip(await readFile(file), { level: 9 });
  gzipCache.set(file, { mtimeMs: info.mtimeMs, size: info.size, body });
  return body;
}

async function send(req, res, status, headers, type, body) {
  const h = { 'content-type': type, ...(headers ?? {}) };
  h['content-length'] = String(body.length);
  res.writeHead(status, h);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [key, inline] = arg.startsWith('--') ? arg.slice(2).split('=', 2) : [null, null];
    const value = () => inline ?? argv[++i];
    if (key === 'port' || key === 'p') options.port = Number(value());
    else if (key === 'host') options.host = value();
    else if (key === 'root' || key === 'dir') options.root = value();
    else if (key === 'log') options.log = true;
    else if (key === 'help' || arg === '-h') {
      console.log('usage: node scripts/serve.mjs [--port N] [--host 127.0.0.1] [--root dist] [--log]   (PORT env also works)');
      process.exit(0);
    } else if (!arg.startsWith('-')) options.root = arg;
    else {
      console.error(`serve: unknown option ${arg}`);
      process.exit(2);
    }
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const port = args.port ?? (process.env.PORT ? Number(process.env.PORT) : 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: invalid port ${args.port ?? process.env.PORT}`);
    process.exit(2);
  }
  const root = args.root ?? fileURLToPath(new URL('../dist', import.meta.url));
  try {
    const { url, close } = await startServer({ root, port, host: args.host ?? process.env.HOST ?? '127.0.0.1', log: args.log ?? false });
    console.log(`Kazakhstan Border Atlas: serving ${root} at ${url}  (Ctrl+C to stop)`);
    const stop = () => close().finally(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(error?.code === 'EADDRINUSE' ? `serve: port ${port} is in use; try PORT=<other> npm run serve` : String(error?.message ?? error));
    process.exit(1);
  }
}
