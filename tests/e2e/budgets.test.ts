import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGETS, describeShifts, kb, measurePage } from '../../scripts/lib/page-weight.ts';
import { builtPages } from './site.ts';
import { getManifest } from 'workbox-build';
import { PRECACHE_PATTERNS } from '../../src/build/service-worker.ts';
import { distDir } from './dist.ts';

// Byte budgets and layout stability for every page, measured as a reader's browser loads it
// (gzip sizes of the first visit, before any interaction; layout shift over a second visit and a
// scroll through the page). Timing figures are reported by `npm run budget`, not here.
for (const path of builtPages()) {
  test(`page /${path} stays within its JavaScript budgets, shifts no layout and requests nothing outside the site`, async ({ page, baseURL }) => {
    const weight = await measurePage(page, new URL(path, baseURL).href, { warm: true });
    const own = weight.resources.filter((r) => r.own).map((r) => `${new URL(r.url).pathname} ${kb(r.gzip)}`);
    console.log(`/${path}: JS ${kb(weight.js)} (own ${kb(weight.ownJs)}; ${kb(weight.jsAfterScroll)} after scrolling through), CSS ${kb(weight.css)}, fonts ${kb(weight.fonts)}, images ${kb(weight.images)}, CLS ${weight.cls}`);
    // Every script was counted with its bytes (a body the browser no longer handed out once counted as 0).
    expect(weight.resources.filter((r) => r.kind === 'script' && r.gzip === 0).map((r) => r.url)).toEqual([]);
    expect(weight.ownJs, `own scripts: ${own.join(', ')}`).toBeLessThanOrEqual(BUDGETS.ownJs);
    expect(weight.js).toBeLessThanOrEqual(BUDGETS.allJs);
    expect(weight.cls, `layout shifts:\n${describeShifts(weight.shifts)}`).toBeLessThan(BUDGETS.cls);
    expect(weight.external).toEqual([]);
  });
}

// The budget's Lighthouse runs go through the local server, so it must send what the host sends:
// GitHub Pages compresses text with gzip and leaves already-compressed fonts and images alone.
test('the local server sends pages, styles and scripts gzip-compressed, and fonts as they are', async ({ page }) => {
  const encodings = new Map<string, string>();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!encodings.has(type)) encodings.set(type, response.headers()['content-encoding'] ?? 'none');
  });
  const response = await page.goto('en/neuron/');
  expect(response?.headers()['content-encoding']).toBe('gzip');
  await page.waitForLoadState('networkidle');
  expect(encodings.get('script')).toBe('gzip');
  expect(encodings.get('font')).toBe('none');
  const css = await page.request.get(await page.locator('link[rel="stylesheet"]').first().getAttribute('href') ?? '', { headers: { 'accept-encoding': 'gzip' } });
  expect(css.headers()['content-encoding']).toBe('gzip');
  expect(css.headers()['vary']).toBe('accept-encoding');
  expect((await css.text()).length).toBeGreaterThan(100); // decoded by the client: real CSS text
});

test('the service worker precaches the shell within its byte budget, and what it lists is what the build has', async () => {
  const { count, size, manifestEntries } = await getManifest({ globDirectory: distDir, globPatterns: PRECACHE_PATTERNS, maximumFileSizeToCacheInBytes: 4 * 1024 * 1024 });
  console.log(`service worker precache: ${count} files, ${kb(size)}`);
  expect(size).toBeLessThanOrEqual(BUDGETS.precache);
  // Every chunk a widget or a cell may load later is among them.
  const listed = new Set(manifestEntries.map((e) => e.url));
  const chunks = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
  expect(chunks.filter((f) => !listed.has(`_astro/${f}`))).toEqual([]);
});

// A stylesheet linked from a page's body restyles the whole document when it arrives (src/build/head-stylesheets.ts):
// every page takes its styles from its head, and its code blocks are styled when the page is first drawn.
test('no page links a stylesheet from its body, and code blocks are styled from the head', async ({ page }) => {
  const offenders: string[] = [];
  for (const path of builtPages()) {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const body = html.slice(html.indexOf('<body'));
    if (/<link[^>]*rel="?stylesheet|<style[\s>]/.test(body)) offenders.push(path);
  }
  expect(offenders).toEqual([]);
  const sheets: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'stylesheet') sheets.push(new URL(r.url()).pathname); });
  await page.goto('zh-cn/network/');
  const printOnly = await page.locator('head link[rel="stylesheet"][media="print"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(sheets.filter((s) => !printOnly.includes(s))).toEqual([]); // print styles apart, nothing is fetched to style the page
  const frame = page.locator('.expressive-code .frame').first();
  await frame.scrollIntoViewIfNeeded();
  expect(await frame.evaluate((el) => getComputedStyle(el.querySelector('pre')!).borderTopStyle)).not.toBe('none');
});

// A table is laid out while the page is still arriving: if its columns are sized by rows further
// down, the rows already drawn move when those arrive (70 px on the notation pages, once). Every table
// that starts within the first screen must draw its first row where it stays.
for (const width of [1280, 360]) {
  test(`at ${width} px, a table on the first screen keeps its first row in place when the rest of it arrives`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    let checked = 0;
    for (const path of builtPages()) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => document.fonts.ready);
      const moved = await page.evaluate(() => {
        const tables = [...document.querySelectorAll<HTMLTableElement>('main table')].filter((t) => t.getBoundingClientRect().top < innerHeight);
        // Where each cell of the first row starts (a shift is a start that moves; a cell growing to the
        // right, as the last column does while longer text arrives, moves nothing drawn).
        const boxes = (t: HTMLTableElement) => [...t.tBodies[0].rows[0].cells].map((c) => Math.round(c.getBoundingClientRect().left)).join(' ');
        return tables.map((t) => {
          const whole = boxes(t);
          // The table as the browser first lays it out: its header and first row only.
          const rest = [...t.tBodies[0].rows].slice(1);
          rest.forEach((r) => r.remove());
          const first = boxes(t);
          t.tBodies[0].append(...rest);
          return { whole, first };
        });
      });
      for (const { whole, first } of moved) {
        checked++;
        expect(first, `/${path}: where the first row's cells start with only that row, then with all rows`).toBe(whole);
      }
    }
    expect(checked).toBeGreaterThan(0); // the notation pages open with tables
  });
}
