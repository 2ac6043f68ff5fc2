// Serves the built site (dist/) the way GitHub Pages does: under the base path, directory indexes,
// text compressed with gzip when the client accepts it, and the site's 404.html for anything missing. Usage: node scripts/serve.mjs [--port N]
// The base path is read from BASE (default '/'), the same variable the build uses.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.OUT_DIR ?? 'dist');
const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.PORT ?? 4321);

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.ttf': 'font/ttf', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream',
};

// Text types are sent gzip-compressed, as GitHub Pages sends them; binary formats are already compressed.
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
const gzipped = new Map(); // file → { body, compressed }, compressed once per version of the file

async function resolveFile(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if (await stat(index).catch(() => null)) return index;
  }
  return null;
}

const server = createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (urlPath === '/' && base !== '/') {
    res.writeHead(302, { location: base }).end();
    return;
  }
  // A directory without its trailing slash is redirected, as GitHub Pages does.
  if (!urlPath.endsWith('/') && !extname(urlPath)) {
    const dir = await resolveFile(`${urlPath}/`);
    if (dir) {
      res.writeHead(301, { location: `${urlPath}/` }).end();
      return;
    }
  }
  const file = await resolveFile(urlPath);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html')).catch(() => Buffer.from('Not found'));
  const type = file ? types[extname(file)] ?? 'application/octet-stream' : 'text/html; charset=utf-8';
  // Hashed build assets never change under their name; pages are always revalidated.
  const cache = file && file.includes(`${join(root, '_astro')}/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const headers = { 'content-type': type, 'cache-control': cache };
  let payload = body;
  const ext = file ? extname(file) : '.html';
  if (compressible.has(ext)) {
    headers.vary = 'accept-encoding';
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      // A rebuild may change a file while the server runs: compress again when its content changed.
      const key = file ?? '404';
      if (!gzipped.get(key)?.body.equals(body)) gzipped.set(key, { body, compressed: gzipSync(body, { level: 9 }) });
      payload = gzipped.get(key).compressed;
      headers['content-encoding'] = 'gzip';
    }
  }
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
