// Search: the index holds what a reader reads (prose, headings, figure captions), not code cells,
// exercise answers or widget controls; a term finds its chapter first in each edition; the search
// dialog speaks the page's language.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages } from './site.ts';

const outDir = process.env.OUT_DIR ?? 'dist';

/** Pagefind splits Chinese into words with zero-width spaces: texts are compared without any spacing. */
const flat = (text: string) => text.replace(/[\s\u200b]+/g, '');

interface Fragment { url: string; content: string; meta: { title: string } }

/** Every page's indexed text, read from Pagefind's fragment files (gzip'd JSON after a signature). */
function indexedPages(): Fragment[] {
  const dir = `${outDir}/pagefind/fragment`;
  return readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(`${dir}/${name}`)).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
  });
}

/** The visible text of the elements of a built page whose opening tag matches `open` (one level deep, no nesting of the same tag). */
function textsOf(html: string, open: RegExp, tag: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(open)) {
    const start = match.index! + match[0].length;
    const end = html.indexOf(`</${tag}>`, start);
    texts.push(html.slice(start, end).replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ').replace(/\s+/g, ' ').trim());
  }
  return texts.filter(Boolean);
}

test('the index has every page of both editions and none of their cells, answers or widget controls', () => {
  const fragments = indexedPages();
  const pages = builtPages();
  expect(fragments.length).toBe(pages.length);
  for (const f of fragments) {
    expect(f.content, f.url).not.toMatch(/▶|RunEdit|Reset\s*Copy|Run all cells|Reset all cells|运行全部|重置全部/);
  }
  let checked = 0;
  for (const path of pages) {
    const html = readFileSync(`${outDir}/${path}index.html`, 'utf8');
    const fragment = fragments.find((f) => f.url.endsWith(`/${path}`));
    expect(fragment, path).toBeDefined();
    // The worked solutions and hints (inside the exercises' <details>) and every cell's code.
    const hidden = [
      ...textsOf(html, /<details class="fw-exercise-more[^"]*"[^>]*><summary[^>]*>[^<]*<\/summary>/g, 'details'),
      ...textsOf(html, /<div class="nb-code[^"]*"[^>]*>/g, 'div'),
    ].filter((t) => t.length >= 24);
    for (const text of hidden) {
      expect(flat(fragment!.content), `${path}: ${text.slice(0, 60)}`).not.toContain(flat(text).slice(0, 40));
      checked++;
    }
    // Headings are indexed.
    for (const heading of textsOf(html, /<div class="sl-heading-wrapper level-h2[^"]*"><h2 id="[^"]+"[^>]*>/g, 'h2')) expect(flat(fragment!.content)).toContain(flat(heading));
  }
  expect(checked).toBeGreaterThan(10);
});

async function searchFor(page: Page, term: string) {
  await page.locator('site-search > button').first().click();
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.fill(term);
  const first = page.locator('#starlight__search .pagefind-ui__result').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  return page.locator('#starlight__search');
}

for (const { path, term, chapter } of [
  { path: 'en/', term: 'cross-entropy', chapter: 'en/loss/' },
  { path: 'zh-cn/', term: '交叉熵', chapter: 'zh-cn/loss/' },
  { path: 'en/', term: 'activation function', chapter: 'en/neuron/' },
  { path: 'zh-cn/', term: '激活函数', chapter: 'zh-cn/neuron/' },
]) {
  test(`searching /${path} for "${term}" lists ${chapter} first, with no toolbar text`, async ({ page }) => {
    await page.goto(path);
    const dialog = await searchFor(page, term);
    const first = dialog.locator('.pagefind-ui__result').first();
    await expect(first.locator('a.pagefind-ui__result-link').first()).toHaveAttribute('href', new RegExp(`/${chapter}(#|$)`));
    const text = await dialog.locator('.pagefind-ui__results').innerText();
    expect(text).not.toMatch(/▶|\bRun\b|\bReset\b|运行|重置/);
  });
}

test('the zh search dialog counts its results in Chinese', async ({ page }) => {
  await page.goto('zh-cn/');
  const dialog = await searchFor(page, '神经元');
  await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/^“神经元”共有 \d+ 个结果$/);
});

// Pagefind's UI (about 94 KB of script, a Svelte tree and 14.5 KB of styles) is built when the dialog first
// opens, not in an idle task after every load, and its styles are not inlined in every page
// (components/search/pagefind-on-open.ts); Ctrl+K opens it with focus in the field, styled.
for (const { path, term } of [{ path: 'en/loss/', term: 'softmax' }, { path: 'zh-cn/neuron/', term: '偏置' }]) {
  test(`/${path} loads no search UI until the dialog opens; Ctrl+K then builds it with focus in its field`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => { if (/ui-core|pagefind-ui\.|pagefind\.js|pagefind-entry/.test(r.url())) requested.push(r.url()); });
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(await response!.text()).not.toContain('.pagefind-ui__result.svelte-');
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
    expect(requested).toEqual([]);
    expect(await page.locator('#starlight__search').innerHTML()).toBe('');
    // Pointing at the button fetches the UI and its styles ahead, but applies no stylesheet (that restyles the page).
    const applied = () => page.evaluate(() => [...document.styleSheets].filter((s) => s.href?.includes('pagefind-ui')).length);
    await page.locator('site-search > button').first().hover();
    await expect.poll(() => requested.filter((url) => /ui-core|pagefind-ui\./.test(url)).length).toBe(2);
    expect(await applied()).toBe(0);
    await page.keyboard.press('Control+k');
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await expect(input).toBeFocused();
    await page.keyboard.type(term);
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
    expect(await applied()).toBe(1);
    // The open dialog, results and all, passes axe (its field named, not only titled).
    expect(await axeViolations(page, (axe) => axe.include('site-search dialog'))).toEqual([]);
    // Pagefind's own rules apply (a result is a flex row), under Starlight's (its results have no list bullet).
    const result = page.locator('#starlight__search .pagefind-ui__result').first();
    expect(await result.evaluate((el) => [getComputedStyle(el).display, getComputedStyle(el).listStyleType])).toEqual(['flex', 'none']);
  });
}
