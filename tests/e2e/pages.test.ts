import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site.ts';
import { axeViolationsInBothThemes } from './axe.ts';

const pages = builtPages();

/** Pages outside the sitemap that readers still see: the 404 pages and the offline pages the service worker serves. */
const unlisted = ['en/404/', 'zh-cn/404/', 'en/offline/', 'zh-cn/offline/'];
const widths = [1280, 360] as const;

/**
 * One load per width: axe on the whole page in the light theme, then again after the reader's switch
 * to the dark theme (Starlight's own setting: the attribute on <html> and the stored choice), and no
 * console error in either.
 */
function axeTest(path: string, width: number) {
  test(`has no console errors and no axe violations in the light and dark themes at ${width} px`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height: 800 });
    await useTheme(page, 'light');
    await page.goto(path);
    expect(await axeViolationsInBothThemes(page, (axe) => axe
      // Starlight's search button shows "Ctrl K" beside its label "Search": axe-core 4.14's
      // label-content-name-mismatch flags that node only; every other node is checked.
      .exclude('site-search > button'))).toEqual([]);
    expect(errors).toEqual([]);
  });
}

for (const path of unlisted) {
  test.describe(`page /${path}`, () => {
    for (const width of widths) axeTest(path, width);
  });
}

for (const path of pages) {
  test.describe(`page /${path}`, () => {
    for (const width of widths) axeTest(path, width);

    test('at 360 px: does not scroll sideways, every slider, button, select and text field in the content is at least 24×24 px, and no line breaks where it must not', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      // WCAG 2.5.8 (target size): checkboxes and radios are left out, their labels widen what a finger hits.
      const small = await page.locator('main').evaluate((m) => [...m.querySelectorAll('input[type=range], input[type=text], input:not([type]), button, select, textarea')]
        .filter((e) => e.checkVisibility() && !e.closest('.expressive-code .copy'))
        .map((e) => ({ html: e.outerHTML.slice(0, 100), box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 24 || box.width < 24)
        .map(({ html, box }) => `${html} ${Math.round(box.width)}×${Math.round(box.height)}`));
      expect(small).toEqual([]);
      // Lines that must not break (src/build/line-breaks.ts), with every hint and solution open: no line
      // starts with Chinese closing punctuation, and no number in e-notation is split over two lines.
      await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('main details').forEach((d) => (d.open = true)));
      const breaks = await page.locator('main .sl-markdown-content').first().evaluate((root) => {
        const found: string[] = [];
        const skip = '.katex-mathml, .fw-after-formula, pre, code, script, style, svg, textarea';
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement!.closest(skip) || !n.parentElement!.checkVisibility() ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
        const rectOf = (node: Text, from: number, to: number) => { const r = document.createRange(); r.setStart(node, from); r.setEnd(node, to); return r; };
        let before: DOMRect | null = null; // the last piece of content drawn before the current text node
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          const prevEl = n.previousSibling instanceof Element ? n.previousSibling : null;
          const boxes = prevEl ? [...prevEl.querySelectorAll('.katex-html .base'), prevEl].filter((e) => e.getClientRects().length) : [];
          if (boxes.length) { const rects = boxes[0].getClientRects(); before = rects[rects.length - 1]; }
          for (const m of n.data.matchAll(/[。，、；：？！）」』”]/g)) {
            const i = m.index!;
            const mark = rectOf(n, i, i + 1).getBoundingClientRect();
            let prev: DOMRect | null = before;
            for (let j = i - 1; j >= 0; j--) if (n.data[j].trim()) { prev = rectOf(n, j, j + 1).getBoundingClientRect(); break; }
            if (prev && mark.width > 0 && mark.left < prev.right - 1 && mark.top > prev.top + 2) found.push(`"${m[0]}" starts a line: …${n.data.slice(Math.max(0, i - 8), i + 8)}…`);
          }
          for (const m of n.data.matchAll(/\d+(?:\.\d+)?e[-+−]?\d+/g)) {
            if (rectOf(n, m.index!, m.index! + m[0].length).getClientRects().length > 1) found.push(`${m[0]} is split over two lines`);
          }
          const rects = rectOf(n, 0, n.data.length).getClientRects();
          if (rects.length) before = rects[rects.length - 1];
        }
        return found;
      });
      expect(breaks).toEqual([]);
    });

    test('is fully readable with JavaScript disabled', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const main = page.locator('main');
      await expect(main.locator('h1').first()).toBeVisible();
      const text = (await main.innerText()).trim();
      expect(text.length).toBeGreaterThan(200);
      expect(text).not.toContain('NaN');
      // No value box, output or table cell is shown empty before a script fills it.
      const empty = await main.evaluate((m) => [...m.querySelectorAll('input[readonly], textarea[readonly], output, td, th')]
        .filter((e) => e.checkVisibility() && !(e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement ? e.value : e.textContent ?? '').trim())
        .map((e) => e.outerHTML.slice(0, 120)));
      expect(empty).toEqual([]);
      // Math and code are rendered at build time, so they are there without any script.
      const mathInSource = await (await context.request.get(page.url())).text();
      const expectedMath = (mathInSource.match(/class="katex"/g) ?? []).length;
      expect(await main.locator('.katex').count()).toBe(expectedMath);
      await context.close();
    });

    test('every formula is in the accessibility tree as math', async ({ browser }) => {
      // Without scripts the page holds exactly the formulas the build wrote (widgets write theirs later).
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      // Formulas inside closed <details> (hints, solutions) are hidden until opened: open them all.
      await page.locator('details').evaluateAll((all) => all.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
      const formulas = await page.locator('.katex').count();
      const cdp = await context.newCDPSession(page);
      type AxNode = { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value?: unknown }; childIds?: string[] };
      const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: AxNode[] };
      // Chromium names a <math> element's role 'MathMLMath' (an internal role that platforms expose as math).
      const math = nodes.filter((n) => !n.ignored && ['math', 'MathMLMath'].includes(n.role?.value ?? ''));
      expect(math.length).toBe(formulas);
      // Each math node has content a screen reader can read (not an empty shell).
      expect(math.filter((n) => !n.childIds?.length)).toEqual([]);
      // A letter reaches a screen reader as typed ("y", not U+1D466 "𝑦", the mathematical italic the browser's
      // own stylesheet would draw for a one-letter <mi>, which no text font has: one font-fallback lookup each).
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const textOf = (n: AxNode): string => n.role?.value === 'StaticText' ? String(n.name?.value ?? '') : (n.childIds ?? []).map((id) => byId.get(id)).map((c) => (c ? textOf(c) : '')).join('');
      const mathText = math.map(textOf).join(' ');
      expect(mathText.trim().length > 0).toBe(formulas > 0);
      expect([...mathText].filter((c) => /[\u{1D400}-\u{1D7FF}]/u.test(c))).toEqual([]);
      // The formulas' visible copy stays hidden from assistive technology, so nothing is read twice.
      expect(await page.locator('.katex-html:not([aria-hidden="true"])').count()).toBe(0);
      await context.close();
    });

    test('every region that scrolls sideways at 360 px is a labelled keyboard stop with a focus ring', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      // Display formulas scroll whenever they are wider than the column: each one is a stop, named in the page's language.
      const label = path.startsWith('zh-cn/') ? '公式' : 'Formula';
      for (const formula of await page.locator('main .katex-display').all()) {
        await expect(formula).toHaveAttribute('tabindex', '0');
        await expect(formula).toHaveAttribute('aria-label', label);
      }
      // Whatever actually scrolls at this width (formulas, tables, outputs) can be reached and is named.
      const scrollers = await page.locator('main').evaluate((main) => [...main.querySelectorAll('*')]
        .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
        // A code block (Expressive Code's <pre>, made a stop by Expressive Code itself) is read as the code it holds.
        .map((e) => ({ html: e.outerHTML.slice(0, 120), tabindex: e.getAttribute('tabindex'), named: Boolean(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.matches('.expressive-code pre')) })));
      expect(scrollers.filter((s) => s.tabindex !== '0' || !s.named).map((s) => s.html)).toEqual([]);
      const first = page.locator('main .katex-display').first();
      if (await first.count()) {
        await first.focus();
        await expect(first).toBeFocused();
        expect(await first.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe('none');
      }
    });
  });
}

test('the language switch leads from every page to its counterpart and back', async ({ page }) => {
  for (const path of pages.filter((p) => p.startsWith('en/'))) {
    const counterpart = path.replace(/^en\//, 'zh-cn/');
    await page.goto(path);
    await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
    await expect(page).toHaveURL(new RegExp(`/${counterpart}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.waitForLoadState('load'); // the menu's script must be running before it is used
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await expect(page).toHaveURL(new RegExp(`/${path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

test('the language switch opens the other edition at the same section', async ({ page }) => {
  test.setTimeout(300_000); // three page loads for each of 18 chapter pages
  let checked = 0;
  for (const path of pages.filter((p) => p.split('/').filter(Boolean).length > 1 && !p.includes('404'))) {
    const other = path.startsWith('en/') ? path.replace(/^en\//, 'zh-cn/') : path.replace(/^zh-cn\//, 'en/');
    const ours = await page.goto(path).then(() => page.locator('main :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id)));
    const theirs = await page.goto(other).then(() => page.locator('main :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id)));
    expect(theirs.length, `${path} and ${other} have as many sections`).toBe(ours.length);
    const i = Math.min(2, ours.length - 1);
    if (i < 0) continue;
    await page.goto(`${path}#${encodeURIComponent(ours[i])}`);
    await page.waitForLoadState('load');
    await page.locator('starlight-lang-select select').first().selectOption({ index: path.startsWith('en/') ? 1 : 0 });
    await expect(page).toHaveURL(new RegExp(`/${other}#`));
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(theirs[i]);
    await expect(page.locator(`[id="${theirs[i]}"]`)).toBeInViewport();
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(16);
});

test('every English page has a Chinese counterpart and the reverse', () => {
  const en = pages.filter((p) => p.startsWith('en/')).map((p) => p.slice(3)).sort();
  const zh = pages.filter((p) => p.startsWith('zh-cn/')).map((p) => p.slice(6)).sort();
  expect(zh).toEqual(en);
});

test('math is rendered at build time and no math JavaScript is loaded', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('en/rules-to-learning/');
  await expect(page.locator('.katex-display').first()).toBeVisible();
  expect(await page.locator('main .katex').count()).toBeGreaterThanOrEqual(3);
  expect(scripts.filter((s) => /katex|mathjax/i.test(s))).toEqual([]);
});

test('the 404 page exists in both languages', async ({ page, request }) => {
  const missing = await request.get('no-such-page/');
  expect(missing.status()).toBe(404);
  const body = await missing.text();
  expect(body).toContain('Page not found');
  expect(body).toContain('页面不存在');
  for (const [path, lang, text] of [['en/404/', 'en', 'Page not found'], ['zh-cn/404/', 'zh-CN', '页面不存在']] as const) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toContainText(text);
  }
});

// Helpers

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}
