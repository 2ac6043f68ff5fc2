// Offline after the first visit: the service worker (src/build/service-worker.ts) precaches the
// shell and every widget and notebook chunk and keeps each page a reader opens, so that page works
// without a connection: prose, widgets, code cells (worker and editor) and search. A deploy shows
// on the next load, and a browser that blocks service workers still gets a working site.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { WIDGET_ROOTS } from '../../src/build/search-index.ts';
import { writeServiceWorker } from '../../src/build/service-worker.ts';
import { builtPages } from './site.ts';

const base = process.env.BASE ?? '/forward-step-by-step/';
const outDir = process.env.OUT_DIR ?? 'dist';
const widgetSelector = WIDGET_ROOTS.join(', ');

/** Chapter pages of an edition that hold widgets or code cells. */
function interactivePages(edition: 'en' | 'zh-cn'): string[] {
  return builtPages().filter((p) => p.startsWith(`${edition}/`) && p !== `${edition}/`).filter((p) => {
    const html = readFileSync(`${outDir}/${p}index.html`, 'utf8');
    return html.includes('<nb-cell') || WIDGET_ROOTS.some((root) => html.includes(root.slice(1, -1)));
  });
}

function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 30_000 });
}

/** Uses a widget as a reader would: a step of its first slider, or else a click on its first button not already pressed; its content must change. */
async function useWidget(widget: Locator) {
  await widget.scrollIntoViewIfNeeded();
  const slider = widget.locator('input[type="range"]:visible').first();
  const button = widget.locator('button:visible:not([aria-pressed="true"]):not([disabled])').first();
  const before = await widget.innerHTML();
  if (await slider.count()) {
    await slider.focus();
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
  } else {
    await button.click();
  }
  await expect.poll(() => widget.innerHTML(), { timeout: 10_000 }).not.toBe(before);
}

for (const edition of ['en', 'zh-cn'] as const) {
  test(`the ${edition} pages read once work offline: widgets, a code cell, the editor and search`, async ({ page, context }) => {
    test.setTimeout(240_000);
    const problems = collectProblems(page);
    const pages = interactivePages(edition);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    await page.goto(`${edition}/`);
    await waitForServiceWorker(page);
    for (const path of pages) await page.goto(path); // the first visit of each page, online
    await context.setOffline(true);

    let widgets = 0;
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('main h1').first()).toBeVisible();
      const roots = page.locator(widgetSelector);
      for (const widget of await roots.all()) {
        await useWidget(widget);
        widgets++;
      }
    }
    expect(widgets).toBeGreaterThanOrEqual(10);

    // A code cell runs in its worker, and the editor loads on first edit.
    const cellPage = pages.find((p) => readFileSync(`${outDir}/${p}index.html`, 'utf8').includes('<nb-cell'))!;
    await page.goto(cellPage);
    const cell = page.locator('nb-cell').first();
    await cell.scrollIntoViewIfNeeded();
    await cell.locator('[data-act="run"]').click();
    await expect(cell).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await cell.locator('[data-act="edit"]').click();
    await expect(cell.locator('.cm-content')).toBeVisible({ timeout: 20_000 });
    await cell.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('6 * 7');
    await expect(cell.locator('.cm-content')).toHaveText('6 * 7');
    await cell.locator('[data-act="run"]').click();
    await expect(cell.locator('[data-output]')).toHaveText('42', { timeout: 20_000 });

    // Search, from its precached UI and index.
    await page.locator('site-search > button').first().click();
    await page.locator('#starlight__search .pagefind-ui__search-input').fill(edition === 'en' ? 'softmax' : '激活函数');
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });

    await context.setOffline(false);
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
}

test('a browser that blocks service workers gets a working site', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto('en/neuron/');
  await page.waitForLoadState('load');
  for (const widget of await page.locator(widgetSelector).all()) await useWidget(widget);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(problems).toEqual([]);
  await context.close();
});

test('after a new build, the next load shows the new content and a quiet notice', async ({ browser }) => {
  test.setTimeout(120_000);
  // A copy of the build on its own server, so the build can change under a reader.
  const dir = mkdtempSync(join(tmpdir(), 'fw-offline-'));
  cpSync(outDir, dir, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 4400) + 1;
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, BASE: base, OUT_DIR: dir }, stdio: 'ignore' });
  try {
    const origin = `http://localhost:${port}`;
    await expect.poll(() => fetch(`${origin}${base}en/`).then((r) => r.status).catch(() => 0)).toBe(200);
    const context = await browser.newContext({ baseURL: `${origin}${base}` });
    const page = await context.newPage();
    await page.goto('en/neuron/');
    await waitForServiceWorker(page);
    const title = (await page.locator('main h1').first().innerText()).trim();
    const swBefore = readFileSync(join(dir, 'sw.js'), 'utf8');

    // The new build: the page's title and a precached file change, and the service worker is written again.
    const pageFile = join(dir, 'en/neuron/index.html');
    writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replaceAll(title, `${title} (revised)`));
    writeFileSync(join(dir, 'favicon.svg'), readFileSync(join(dir, 'favicon.svg'), 'utf8').replace('</svg>', '<!-- revised --></svg>'));
    await writeServiceWorker(dir, base);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).not.toBe(swBefore);

    await page.reload();
    await expect(page.locator('main h1').first()).toHaveText(`${title} (revised)`);
    // The new service worker takes over and says so, without reloading the page.
    await expect(page.locator('#fw-update-notice[role="status"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('main h1').first()).toHaveText(`${title} (revised)`);
    await page.locator('#fw-update-notice button').click();
    await expect(page.locator('#fw-update-notice')).toHaveCount(0);
    // Offline, the copy kept is the new one.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('main h1').first()).toHaveText(`${title} (revised)`);
    await context.close();
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
