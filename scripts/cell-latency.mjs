// Measures how fast a reader's first Run answers: serves the built site (scripts/serve.mjs, OUT_DIR
// and BASE as for the build), opens a chapter page with cells in Chromium over several cold page
// loads (fresh browser context each time), clicks Run on the first unedited cell and reads the
// time from the click to its first output (performance marks nb-run-click → nb-first-output).
// Prints the median and the gzip sizes of the notebook's chunks.
// Usage: OUT_DIR=dist BASE=/forward-step-by-step/ node scripts/cell-latency.mjs [--port 4420] [--runs 7] [--page en/rules-to-learning/]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', 4420));
const runs = Number(arg('runs', 7));
const pagePath = arg('page', 'en/rules-to-learning/');
const outDir = process.env.OUT_DIR ?? 'dist';
const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited with ${code} (is port ${port} taken? use --port)`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}${base}${pagePath}`, { waitUntil: 'load' });
    await page.locator('nb-cell[data-index="0"] [data-act="run"]').click({ noWaitAfter: true });
    await page.locator('nb-cell[data-index="0"]').and(page.locator('[data-state="done"]')).waitFor({ timeout: 20_000 });
    const ms = await page.evaluate(() => {
      const click = performance.getEntriesByName('nb-run-click')[0];
      const out = performance.getEntriesByName('nb-first-output')[0];
      return out.startTime - click.startTime;
    });
    times.push(ms);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first Run → first output on /${pagePath}, ${runs} cold loads: median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);

const dir = join(outDir, '_astro');
const chunks = readdirSync(dir).filter((f) => /^(NotebookCell\.astro.*|controller\.|worker-|editor\.|compile\.|preload-helper\.).*\.js$/.test(f));
console.log('notebook chunks (bytes, gzip -9):');
for (const f of chunks) {
  const buf = readFileSync(join(dir, f));
  console.log(`  ${f.padEnd(60)} ${String(buf.length).padStart(7)}  gzip ${String(gzipSync(buf, { level: 9 }).length).padStart(6)}`);
}
