// `npm run frames`: builds the site under its sub-path (skip with --no-build) and, for every widget with
// a control, moves that control with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), recording
// real frame times: the gaps between requestAnimationFrame callbacks and the long tasks the browser
// reports (PerformanceObserver 'longtask'). Prints one row per widget: frame p50, p95, the longest
// frame and the total long-task time.
// Options: --no-build; --rate N (CPU slowdown, default 4); --json (also print the rows as JSON);
// --compare DIR (measure the built site in DIR and the one in dist/ alternately, widget by widget, so
// that a busy machine slows both alike, and print both figures side by side).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { WIDGETS, measureWidget } from './lib/frames.mjs';

const BASE = '/forward-step-by-step/';
const origin = 'http://localhost:4551';
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RATE = Number(arg('--rate') ?? 4);
const compare = arg('--compare');
const dirs = compare ? [compare, process.env.OUT_DIR ?? 'dist'] : [process.env.OUT_DIR ?? 'dist'];

const browserPath = findBrowser();
if (!browserPath) {
  console.log('No Chromium found: install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, BASE } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A page whose requests under the base are answered from the built site in `dir` (no server needed). */
async function pageServing(browser, dir) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!path.startsWith(BASE)) return route.fulfill({ status: 404 });
    let file = join(dir, decodeURIComponent(path.slice(BASE.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  return context.newPage();
}

const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const rows = [];
try {
  for (const widget of WIDGETS) {
    const row = { name: widget.name, page: widget.page, runs: [] };
    for (const dir of dirs) {
      const page = await pageServing(browser, dir);
      await page.goto(`${origin}${BASE}${widget.page}`, { waitUntil: 'load' });
      row.runs.push(await measureWidget(page, widget, RATE));
      await page.context().close();
    }
    if (row.runs.every(Boolean)) rows.push(row);
  }
} finally {
  await browser.close();
}
const ms = (v) => `${v.toFixed(1)} ms`;
console.log(`\nFrame times while moving each widget's control, CPU ${RATE}× slower (rAF gaps; long tasks = total duration of 'longtask' entries)`);
for (const [i, dir] of dirs.entries()) {
  console.log(`\n${dir}\n`);
  console.log('| widget | page | frames | p50 | p95 | max | long tasks |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { name, page, runs } of rows) {
    const r = runs[i];
    console.log(`| ${name} | /${page} | ${r.frames} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.longTask)} |`);
  }
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
