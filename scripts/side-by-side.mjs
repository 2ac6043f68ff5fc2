// `node scripts/side-by-side.mjs --tfp DIR [--runs 3] [--dir dist]`: this site beside TensorFlow
// Playground, measured the same way in one interleaved run. DIR is Playground's own build: clone
// https://github.com/tensorflow/playground, then `npm install && npm run build` there (DIR = its dist/).
// Both builds are served by scripts/serve.mjs (gzip, as GitHub Pages serves them), each under its own
// sub-path; requests to other hosts (Playground's Google Fonts) are blocked for both, so neither waits
// on the network. For every page, in turn, run after run:
// - Lighthouse on its mobile profile: performance score, first contentful paint, total blocking time,
//   accessibility score, and the JavaScript transferred (gzip);
// - the longest task while loading with the CPU slowed 4×;
// - frame times while a slider is dragged with the CPU slowed 4× (scripts/lib/frames.mjs): on our
//   pages every widget's control in turn, the worst p95 counting; on Playground its noise slider.
// Prints a Markdown table of medians, the one in the README.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { findBrowser } from './find-browser.mjs';
import { WIDGETS, measureWidget } from './lib/frames.mjs';
import { loadTasks } from './lib/load-tasks.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const tfp = arg('tfp');
if (!tfp) {
  console.log('Usage: node scripts/side-by-side.mjs --tfp <TensorFlow Playground dist/> [--runs 3] [--dir dist]');
  process.exit(1);
}
const runs = Number(arg('runs', 3));
const ours = arg('dir', 'dist');
const debugPort = 9555;
const sites = [
  { dir: ours, base: '/forward-step-by-step/', port: 4571 },
  { dir: tfp, base: '/playground/', port: 4572 },
];
const targets = [
  { label: 'TensorFlow Playground', site: 1, path: '', widgets: [{ name: 'noise', root: 'body', control: 'input#noise' }] },
  ...['en/playground/', 'en/neuron/', 'en/loss/', 'zh-cn/network/'].map((path) => ({ label: `/${path}`, site: 0, path, widgets: WIDGETS.filter((w) => w.page === path.replace(/^zh-cn\//, 'en/')) })),
];
const url = (t) => `http://localhost:${sites[t.site].port}${sites[t.site].base}${t.path}`;
const local = (u) => new URL(u).hostname === 'localhost';

const servers = sites.map(({ dir, base, port }) => spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, BASE: base, OUT_DIR: dir }, stdio: 'ignore' }));
await new Promise((resolve) => setTimeout(resolve, 800));
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: [...flags, `--remote-debugging-port=${debugPort}`] });

const blockOtherHosts = (c) => c.route('**/*', (route) => (local(route.request().url()) ? route.continue() : route.abort()));

async function context() {
  const c = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await blockOtherHosts(c);
  return c;
}

async function lighthouseRun(t) {
  const { lhr } = await lighthouse(url(t), {
    port: debugPort, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'],
    blockedUrlPatterns: ['*fonts.googleapis.com*', '*fonts.gstatic.com*', '*google-analytics.com*', '*googletagmanager.com*'],
  });
  const scripts = lhr.audits['resource-summary'].details.items.find((i) => i.resourceType === 'script');
  return {
    perf: Math.round(lhr.categories.performance.score * 100),
    a11y: Math.round(lhr.categories.accessibility.score * 100),
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    js: scripts?.transferSize ?? 0,
  };
}

async function longestLoadTask(t) {
  return (await loadTasks(browser, url(t), { prepare: blockOtherHosts })).longest;
}

async function framesP95(t) {
  let worst = 0;
  for (const widget of t.widgets) {
    const c = await context();
    const page = await c.newPage();
    await page.goto(url(t), { waitUntil: 'load' });
    const row = await measureWidget(page, widget, 4);
    await c.close();
    if (row) worst = Math.max(worst, row.p95);
  }
  return worst;
}

const results = new Map(targets.map((t) => [t, []]));
try {
  for (let run = 0; run < runs; run++) {
    for (const t of targets) {
      const lh = await lighthouseRun(t);
      const longest = await longestLoadTask(t);
      const frames = await framesP95(t);
      results.get(t).push({ ...lh, longest, frames });
      console.error(`run ${run + 1}/${runs}: ${t.label} measured`);
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const m = (rows, key) => median(rows.map((r) => r[key]));
console.log(`\nMedians of ${runs} interleaved runs; Lighthouse mobile profile; "4×" = CPU slowed 4× (CDP).\n`);
console.log('| page | Lighthouse perf | a11y | FCP | TBT | JS (gzip) | longest load task 4× | drag frame p95 4× |');
console.log('|---|---|---|---|---|---|---|---|');
for (const t of targets) {
  const rows = results.get(t);
  console.log(`| ${t.label} | ${m(rows, 'perf')} | ${m(rows, 'a11y')} | ${(m(rows, 'fcp') / 1000).toFixed(2)} s | ${m(rows, 'tbt').toFixed(0)} ms | ${(m(rows, 'js') / 1024).toFixed(1)} KB | ${m(rows, 'longest').toFixed(0)} ms | ${m(rows, 'frames').toFixed(1)} ms |`);
}
