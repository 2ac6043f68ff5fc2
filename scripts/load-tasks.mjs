// `node scripts/load-tasks.mjs [--dir dist] [--runs 3] [pages…]`: a quick load-cost check on a few
// representative pages of an existing build (no rebuild): the page's HTML in bytes (raw and gzip,
// with its inlined CSS), the number of elements, the longest task and the blocking time (sum of each
// task's time over 50 ms) from load to two seconds after, at 4× CPU slowdown, and Lighthouse's total
// blocking time on its mobile profile (the median of --runs runs). `npm run budget` measures every page.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { findBrowser } from './find-browser.mjs';
import { loadTasks } from './lib/load-tasks.mjs';

const BASE = '/forward-step-by-step/';
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg('dir', 'dist');
const runs = Number(arg('runs', 3));
const port = Number(arg('port', 4561));
const debugPort = port + 1000;
const named = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const pages = named.length ? named : ['en/', 'en/neuron/', 'en/loss/', 'zh-cn/network/'];
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, BASE, OUT_DIR: dir }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: [...flags, `--remote-debugging-port=${debugPort}`] });

async function lighthouseTbt(url) {
  const values = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    values.push(result.lhr.audits['total-blocking-time'].numericValue);
  }
  values.sort((a, b) => a - b);
  return { median: values[Math.floor((values.length - 1) / 2)], all: values };
}

const rows = [];
try {
  for (const path of pages) {
    const html = readFileSync(`${dir}/${path}index.html`);
    const url = `http://localhost:${port}${BASE}${path}`;
    const tasks = [];
    for (let i = 0; i < runs; i++) tasks.push(await loadTasks(browser, url));
    tasks.sort((a, b) => a.longest - b.longest);
    const mid = tasks[Math.floor((runs - 1) / 2)];
    const lh = await lighthouseTbt(url);
    rows.push({ path, raw: html.length, gzip: gzipSync(html, { level: 9 }).length, elements: mid.elements, longest: mid.longest, blocking: mid.blocking, lhTbt: lh.median, lhRuns: lh.all });
    console.error(`measured /${path}`);
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`| page | HTML raw / gzip | elements | longest task 4× (median of ${runs}) | blocking 4× | Lighthouse TBT median (runs) |`);
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| /${r.path} | ${(r.raw / 1024).toFixed(1)} / ${(r.gzip / 1024).toFixed(1)} KB | ${r.elements} | ${r.longest.toFixed(0)} ms | ${r.blocking.toFixed(0)} ms | ${r.lhTbt.toFixed(0)} ms (${r.lhRuns.map((v) => v.toFixed(0)).join(', ')}) |`);
}
