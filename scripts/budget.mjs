// `npm run budget`: builds the site under a sub-path, serves it, and for every page in both locales
// prints one table: bytes loaded before interaction (gzip), Lighthouse scores (mobile profile),
// LCP and CLS, the p95 redraw time while a slider is dragged (pages with widgets) and the median
// time from Run to the first output on a cold page (pages with code cells), the real frame p95 while
// each widget is moved and the longest task while the page loads (both with the CPU slowed 4×), and
// Lighthouse's total blocking time; then the service worker's precache size. It ends with the pages
// that miss a budget, and writes the same report to reports/budget.md. Pages named as arguments are
// measured alone (their report still goes to reports/budget.md).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { findBrowser } from './find-browser.mjs';
import { BUDGETS, kb, measurePage } from './lib/page-weight.ts';
import { builtPagesIn } from './lib/pages.ts';
import { pageFrameP95 } from './lib/frames.mjs';
import { loadTasks } from './lib/load-tasks.mjs';
import { getManifest } from 'workbox-build';
import { PRECACHE_PATTERNS } from '../src/build/service-worker.ts';

const BASE = '/forward-step-by-step/';
const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const PORT = Number(process.env.BUDGET_PORT ?? 4470);
const DEBUG_PORT = Number(process.env.BUDGET_DEBUG_PORT ?? 9333);
const LIGHTHOUSE_MIN = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const TIMING_BUDGETS = { redrawP95: 16, firstOutput: 300, tbt: 50 };
// Lighthouse's performance score moves by several points between runs on a busy machine (its total
// blocking time follows the CPU); as Lighthouse's own guidance advises, the report takes the median run.
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const origin = `http://localhost:${PORT}`;

const browserPath = findBrowser();
if (!browserPath) {
  console.log('No Chromium found: install one (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  console.log(`Building with BASE=${BASE} into ${OUT_DIR} …`);
  const build = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, BASE, OUT_DIR } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { env: { ...process.env, BASE, OUT_DIR }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));

const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const browser = await chromium.launch({ executablePath: browserPath, args: [...flags, `--remote-debugging-port=${DEBUG_PORT}`] });
// Pages named on the command line (e.g. `npm run budget -- --no-build en/neuron/ zh-cn/loss/`), or every page.
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const pages = named.length ? builtPagesIn(OUT_DIR, BASE).filter((p) => named.includes(p)) : builtPagesIn(OUT_DIR, BASE);
const rows = [];
const misses = [];

try {
  for (const path of pages) {
    const url = `${origin}${BASE}${path}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const weight = await measurePage(page, url);
    const redraw = await sliderRedrawP95(page);
    await context.close();
    // Real frame times (not script time) while each widget on the page is moved, CPU 4× slower.
    const frameP95 = await pageFrameP95(browser, `${origin}${BASE}`, path);
    const firstOutput = await cellFirstOutputMedian(url);
    const longestLoad = await longestLoadTaskMedian(url);
    const lh = await lighthouseMedian(url);
    const row = { path, ...weight, redraw, frameP95, firstOutput, longestLoad, ...lh };
    rows.push(row);
    const miss = [];
    if (weight.ownJs > BUDGETS.ownJs) miss.push(`own JS ${kb(weight.ownJs)} > ${kb(BUDGETS.ownJs)}`);
    if (weight.js > BUDGETS.allJs) miss.push(`all JS ${kb(weight.js)} > ${kb(BUDGETS.allJs)}`);
    if (weight.cls >= BUDGETS.cls) miss.push(`CLS ${weight.cls}`);
    if (lh.cls >= 0.0005) miss.push(`Lighthouse CLS ${lh.cls.toFixed(3)}`);
    for (const [category, min] of Object.entries(LIGHTHOUSE_MIN)) {
      if (lh.scores[category] < min) miss.push(`Lighthouse ${category} ${lh.scores[category]} < ${min}`);
    }
    if (redraw !== null && redraw >= TIMING_BUDGETS.redrawP95) miss.push(`redraw p95 ${redraw.toFixed(1)} ms`);
    if (firstOutput !== null && firstOutput >= TIMING_BUDGETS.firstOutput) miss.push(`first cell output ${firstOutput.toFixed(0)} ms`);
    if (lh.tbt > TIMING_BUDGETS.tbt) miss.push(`Lighthouse TBT ${lh.tbt.toFixed(0)} ms`);
    if (weight.external.length) miss.push(`requests outside the site: ${weight.external.join(', ')}`);
    if (miss.length) misses.push(`/${path}: ${miss.join('; ')}`);
    console.log(`measured /${path}`);
  }
} finally {
  await browser.close();
  server.kill();
}

const precache = await getManifest({ globDirectory: OUT_DIR, globPatterns: PRECACHE_PATTERNS, maximumFileSizeToCacheInBytes: 4 * 1024 * 1024 });
if (precache.size > BUDGETS.precache) misses.push(`service worker precache ${kb(precache.size)} > ${kb(BUDGETS.precache)}`);
const header = ['page', 'JS (own)', 'CSS', 'fonts', 'images', 'perf (runs)', 'a11y', 'BP', 'SEO', 'LCP', 'CLS', 'TBT', 'longest load task (4×)', 'redraw p95', 'frame p95 (4×)', 'Run→output'];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| /${r.path} | ${kb(r.js)} (${kb(r.ownJs)}) | ${kb(r.css)} | ${kb(r.fonts)} | ${kb(r.images)} | ${r.scores.performance} (${r.perfRange}) | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${r.tbt.toFixed(0)} ms | ${r.longestLoad.toFixed(0)} ms | ${r.redraw === null ? '–' : `${r.redraw.toFixed(1)} ms`} | ${r.frameP95 === null ? '–' : `${r.frameP95.toFixed(1)} ms`} | ${r.firstOutput === null ? '–' : `${r.firstOutput.toFixed(0)} ms`} |`),
];
const budgets = `Budgets: own JS ≤ ${kb(BUDGETS.ownJs)}, all JS ≤ ${kb(BUDGETS.allJs)} (gzip, before interaction); CLS 0 (Lighthouse, three decimals); Lighthouse performance ≥ 95 (mobile; the median of ${LIGHTHOUSE_RUNS} runs, each run's score in brackets), accessibility, best practices and SEO = 100; Lighthouse TBT ≤ ${TIMING_BUDGETS.tbt} ms (the median run's); slider redraw p95 < ${TIMING_BUDGETS.redrawP95} ms; first cell output < ${TIMING_BUDGETS.firstOutput} ms. Frame p95 and the longest load task are reported (target: one frame, 16.7 ms, and no task over 100 ms).`;
const verdict = misses.length ? `Pages over budget:\n${misses.map((m) => `- ${m}`).join('\n')}` : 'Pages over budget: none.';
const report = `# Budget report\n\nMeasured ${new Date().toISOString().slice(0, 10)} by \`npm run budget\` on ${pages.length} pages, Chromium ${browser.version()}, served under ${BASE}.\n\n${table.join('\n')}\n\nService worker precache: ${precache.count} files, ${kb(precache.size)} uncompressed (budget ${kb(BUDGETS.precache)}).\n\n${budgets}\n\n${verdict}\n`;
console.log(`\n${report}`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/budget.md', report);
process.exit(misses.length ? 1 : 0);

// Helpers

/** Runs Lighthouse LIGHTHOUSE_RUNS times and returns the run with the median performance score, plus every run's score. */
async function lighthouseMedian(url) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(url));
  runs.sort((a, b) => a.scores.performance - b.scores.performance);
  const median = runs[Math.floor((runs.length - 1) / 2)];
  return { ...median, perfRange: runs.map((r) => r.scores.performance).join(', ') };
}

/** Lighthouse on the mobile profile (its default), through the already running Chromium. */
async function lighthouseScores(url) {
  const result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: Object.keys(LIGHTHOUSE_MIN) });
  const lhr = result.lhr;
  const scores = Object.fromEntries(Object.keys(LIGHTHOUSE_MIN).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  return { scores, lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN, cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0, tbt: lhr.audits['total-blocking-time']?.numericValue ?? 0 };
}

/** The longest task (ms) from navigation to two seconds after load, CPU slowed 4×: the median of three cold loads. */
async function longestLoadTaskMedian(url, runs = 3) {
  const values = [];
  for (let i = 0; i < runs; i++) values.push((await loadTasks(browser, url)).longest);
  values.sort((a, b) => a - b);
  return values[Math.floor((values.length - 1) / 2)];
}

/** Drags every slider on the page across its range and returns the p95 of the `fw-redraw` measures (ms), or null. */
async function sliderRedrawP95(page) {
  const sliders = page.locator('input[type="range"]');
  const count = await sliders.count();
  if (count === 0) return null;
  await page.evaluate(() => performance.clearMeasures('fw-redraw'));
  for (let i = 0; i < count; i++) {
    const slider = sliders.nth(i);
    if (!(await slider.isVisible())) continue; // e.g. the playground's rows for layers not in use
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) continue;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 30; step++) await page.mouse.move(box.x + 2 + ((box.width - 4) * step) / 30, box.y + box.height / 2);
    await page.mouse.up();
  }
  const durations = await page.evaluate(() => performance.getEntriesByName('fw-redraw').map((e) => e.duration));
  if (durations.length === 0) return null;
  durations.sort((a, b) => a - b);
  return durations[Math.min(durations.length - 1, Math.floor(durations.length * 0.95))];
}

/** Median over cold loads of the time from clicking the first cell's Run to its first output (ms), or null. */
async function cellFirstOutputMedian(url, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const cell = page.locator('nb-cell[data-index="0"]');
    if ((await cell.count()) === 0) {
      await context.close();
      return null;
    }
    // The cell marks the click (nb-run-click) and its first output (nb-first-output) itself.
    await cell.locator('[data-act="run"]').click({ noWaitAfter: true });
    await page.locator('nb-cell[data-index="0"][data-state="done"]').waitFor({ timeout: 20_000 });
    times.push(await page.evaluate(() => {
      const click = performance.getEntriesByName('nb-run-click')[0];
      const output = performance.getEntriesByName('nb-first-output')[0];
      return output.startTime - click.startTime;
    }));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
