// Offline after the first visit: the service worker (src/build/service-worker.ts) precaches the
// shell and every widget and notebook chunk and keeps each page a reader opens, the very first one
// included, so that page works without a connection: prose, widgets, code cells (worker and editor)
// and search. A page not saved gets the edition's offline page, which lists the saved ones. A deploy
// shows on the next load, the saved pages are fetched again to match its chunks, a quiet notice says
// so, and a browser that blocks service workers still gets a working site.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
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


const OFFLINE_TITLE = { en: 'You are offline', 'zh-cn': '你现在处于离线状态' } as const;
const NOTICE = { en: 'This site was updated', 'zh-cn': '本站已更新' } as const;
const DISMISS = { en: 'Dismiss', 'zh-cn': '关闭' } as const;

/** URLs in the pages cache, relative to the site's path. */
async function savedPages(page: Page): Promise<string[]> {
  return page.evaluate(async (b) => {
    const keys = await (await caches.open('fw-pages')).keys();
    return keys.map((r) => new URL(r.url).pathname.slice(b.length)).sort();
  }, base);
}

for (const edition of ['en', 'zh-cn'] as const) {
  test(`${edition}: the first page opened, and the root, are kept offline`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${edition}/neuron/`);
    const title = (await page.locator('main h1').first().innerText()).trim();
    await waitForServiceWorker(page);
    expect(await savedPages(page)).toEqual(['', `${edition}/neuron/`]);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('main h1').first()).toHaveText(title);
    // The root picks an edition; its page is kept too.
    const root = await page.goto('./');
    expect(root?.status()).toBe(200);
    await context.close();
  });

  test(`${edition}: offline, a page not saved gets the ${edition} offline page, listing the saved pages`, async ({ browser }) => {
    expect(builtPages()).not.toContain(`${edition}/offline/`); // kept out of the sitemap
    const html = readFileSync(`${outDir}/${edition}/offline/index.html`, 'utf8');
    expect(html).not.toContain('data-pagefind-body'); // and out of the search index
    expect(html).toContain('name="robots" content="noindex"');
    const other = edition === 'en' ? 'zh-cn' : 'en';
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(`${edition}/neuron/`);
    const neuronTitle = (await page.title()).replace(/ \| .*$/, '');
    await waitForServiceWorker(page);
    await page.goto(`${other}/loss/`);
    await context.setOffline(true);

    const expectOfflinePage = async (lang: 'en' | 'zh-cn') => {
      await expect(page.locator('h1').first()).toHaveText(OFFLINE_TITLE[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh-cn' ? 'zh-CN' : 'en');
      const links = page.locator('#fw-saved-pages ul a');
      await expect(links).toHaveCount(2);
      // This edition's pages first; the other edition's carry their language.
      await expect(links.first()).toHaveAttribute('href', new RegExp(`${lang}/${lang === edition ? 'neuron' : 'loss'}/$`));
      await expect(links.nth(1)).toHaveAttribute('lang', lang === 'zh-cn' ? 'en' : 'zh-CN');
      await expect(page.locator('#fw-saved-pages [data-none]')).toBeHidden();
    };
    // A page never visited, typed in.
    await page.goto(`${edition}/depth/`);
    await expectOfflinePage(edition);
    await page.screenshot({ path: test.info().outputPath(`offline-${edition}-1280.png`), fullPage: true });
    // An address that does not exist, in this edition and outside both.
    await page.goto(`${edition}/no-such-page/`);
    await expectOfflinePage(edition);
    await page.goto('no-such-page/');
    await expectOfflinePage('en');
    // The list leads back to a saved page.
    await page.goto(`${edition}/depth/`);
    await page.locator('#fw-saved-pages ul a').first().click();
    await expect(page).toHaveURL(new RegExp(`${edition}/neuron/$`));
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(await page.title()).toContain(neuronTitle);
    // A sidebar link to a page not saved.
    await page.locator(`.sidebar-content a[href="${base}${edition}/batches/"]`).click();
    await expect(page).toHaveURL(new RegExp(`${edition}/batches/$`));
    await expectOfflinePage(edition);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: test.info().outputPath(`offline-${edition}-360.png`), fullPage: true });
    await context.setOffline(false);
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(p))).toEqual([]);
    await context.close();
  });

  test(`${edition}: offline with nothing saved, the offline page says so`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${edition}/neuron/`);
    await waitForServiceWorker(page);
    await page.evaluate(() => caches.delete('fw-pages'));
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1').first()).toHaveText(OFFLINE_TITLE[edition]);
    await expect(page.locator('#fw-saved-pages [data-none]')).toBeVisible();
    await expect(page.locator('#fw-saved-pages ul')).toBeHidden();
    await context.close();
  });
}

/** A copy of the build on its own server, so the build can change under a reader. */
async function withOwnServer(portOffset: number, run: (dir: string, origin: string) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'fw-offline-'));
  cpSync(outDir, dir, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 4400) + portOffset;
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, BASE: base, OUT_DIR: dir }, stdio: 'ignore' });
  try {
    const origin = `http://localhost:${port}`;
    await expect.poll(() => fetch(`${origin}${base}en/`).then((r) => r.status).catch(() => 0)).toBe(200);
    await run(dir, origin);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every text file of a build, for renaming a chunk everywhere it is named. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js|css|json)$/.test(f)).map((f) => join(dir, f));
}

async function newReader(browser: Browser, origin: string, width: number) {
  const context = await browser.newContext({ baseURL: `${origin}${base}`, viewport: { width, height: 740 } });
  // Records what the notice's status region held when it was inserted.
  await context.addInitScript(() => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n instanceof HTMLElement && n.id === 'fw-update-notice') {
          (window as unknown as { fwNoticeAtInsert: string }).fwNoticeAtInsert = n.querySelector('[role="status"]')?.textContent ?? 'missing';
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return context;
}

for (const [i, edition] of (['en', 'zh-cn'] as const).entries()) {
  test(`${edition}: after a new build, the next load is new, a quiet notice says so, and pages saved before still work offline`, async ({ browser }) => {
    test.setTimeout(150_000);
    await withOwnServer(1 + i, async (dir, origin) => {
      const context = await newReader(browser, origin, 360);
      const page = await context.newPage();
      const problems = collectProblems(page);
      // Online, the reader reads three pages: all are saved.
      await page.goto(`${edition}/neuron/`);
      await waitForServiceWorker(page);
      for (const path of [`${edition}/rules-to-learning/`, `${edition}/loss/`, `${edition}/neuron/`]) await page.goto(path);
      await expect.poll(() => savedPages(page)).toEqual(['', `${edition}/loss/`, `${edition}/neuron/`, `${edition}/rules-to-learning/`]);
      const title = (await page.locator('main h1').first().innerText()).trim();
      const swBefore = readFileSync(join(dir, 'sw.js'), 'utf8');

      // The new build: the page's title changes, a widget chunk of rules-to-learning gets a new name (the
      // old one is gone), one saved page no longer exists, and the service worker is written again.
      const pageFile = join(dir, `${edition}/neuron/index.html`);
      writeFileSync(pageFile, readFileSync(pageFile, 'utf8').replaceAll(title, `${title} (revised)`));
      const chunk = /\/_astro\/(RulesVsNeuron[^"/]+\.js)"/.exec(readFileSync(join(dir, `${edition}/rules-to-learning/index.html`), 'utf8'))![1];
      const renamed = chunk.replace(/\.js$/, 'v2.js');
      for (const file of textFiles(dir)) {
        const text = readFileSync(file, 'utf8');
        if (text.includes(chunk)) writeFileSync(file, text.replaceAll(chunk, renamed));
      }
      renameSync(join(dir, '_astro', chunk), join(dir, '_astro', renamed));
      rmSync(join(dir, `${edition}/loss`), { recursive: true });
      await writeServiceWorker(dir, base);
      expect(readFileSync(join(dir, 'sw.js'), 'utf8')).not.toBe(swBefore);

      await page.reload();
      await expect(page.locator('main h1').first()).toHaveText(`${title} (revised)`);
      // The new service worker takes over and says so, without reloading the page or taking focus.
      const notice = page.locator('#fw-update-notice [role="status"]');
      await expect(notice).toContainText(NOTICE[edition], { timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { fwNoticeAtInsert: string }).fwNoticeAtInsert)).toBe('');
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      await expect(page.locator('main h1').first()).toHaveText(`${title} (revised)`);
      // Right after the skip link: Dismiss is the second Tab stop.
      await page.keyboard.press('Tab');
      await expect(page.locator('.sl-skip-link')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.locator('#fw-update-notice button')).toBeFocused();
      await expect(page.locator('#fw-update-notice button')).toHaveText(DISMISS[edition]);
      // At 360 px it never covers the end of the page.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const next = page.locator('.pagination-links a[rel="next"]');
      const [nextBox, noticeBox] = [await next.boundingBox(), await page.locator('#fw-update-notice').boundingBox()];
      expect(nextBox!.y + nextBox!.height).toBeLessThanOrEqual(noticeBox!.y);
      await page.screenshot({ path: test.info().outputPath(`notice-${edition}-360.png`) });
      // Escape dismisses it, and the padding it added goes with it.
      await page.keyboard.press('Escape');
      await expect(page.locator('#fw-update-notice')).toHaveCount(0);
      expect(await page.evaluate(() => document.body.style.paddingBottom)).toBe('');

      // The saved pages were fetched again: the one gone is dropped, the others name the new chunk.
      expect(await savedPages(page)).toEqual(['', `${edition}/neuron/`, `${edition}/rules-to-learning/`]);
      // Offline, with the browser's HTTP cache emptied (GitHub Pages lets it keep pages 10 minutes).
      await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('main h1').first()).toHaveText(`${title} (revised)`);
      await page.goto(`${edition}/rules-to-learning/`);
      expect(await page.content()).toContain(renamed);
      const widgets = await page.locator(widgetSelector).all();
      expect(widgets.length).toBeGreaterThan(0);
      for (const widget of widgets) await useWidget(widget);
      await page.goto(`${edition}/loss/`);
      await expect(page.locator('h1').first()).toHaveText(OFFLINE_TITLE[edition]);
      await context.setOffline(false);
      expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(p))).toEqual([]);
      await context.close();
    });
  });
}

test('the notice, dismissed with its button, is gone', async ({ browser }) => {
  test.setTimeout(120_000);
  await withOwnServer(3, async (dir, origin) => {
    const context = await newReader(browser, origin, 1280);
    const page = await context.newPage();
    await page.goto('en/neuron/');
    await waitForServiceWorker(page);
    writeFileSync(join(dir, 'favicon.svg'), readFileSync(join(dir, 'favicon.svg'), 'utf8').replace('</svg>', '<!-- revised --></svg>'));
    await writeServiceWorker(dir, base);
    await page.reload();
    await expect(page.locator('#fw-update-notice [role="status"]')).toContainText(NOTICE.en, { timeout: 30_000 });
    // Clear of the sidebars at 1280 px.
    const notice = (await page.locator('#fw-update-notice').boundingBox())!;
    const sidebar = (await page.locator('.sidebar-pane').boundingBox())!;
    expect(notice.x).toBeGreaterThanOrEqual(sidebar.x + sidebar.width);
    await page.locator('#fw-update-notice button').click();
    await expect(page.locator('#fw-update-notice')).toHaveCount(0);
    await context.close();
  });
});
