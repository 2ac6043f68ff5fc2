import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site.ts';

const pages = builtPages();

for (const path of pages) {
  test.describe(`page /${path}`, () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`has no console errors and no axe violations in the ${theme} theme`, async ({ page }) => {
        const errors = collectErrors(page);
        await useTheme(page, theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page })
          // Starlight's search button shows "Ctrl K" beside its label "Search": axe-core 4.14's
          // label-content-name-mismatch flags that node only; every other node is checked.
          .exclude('site-search > button')
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }

    test('does not scroll sideways at 360 px wide', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
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
      // Math and code are rendered at build time, so they are there without any script.
      const mathInSource = await (await context.request.get(page.url())).text();
      const expectedMath = (mathInSource.match(/class="katex"/g) ?? []).length;
      expect(await main.locator('.katex').count()).toBe(expectedMath);
      await context.close();
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

test('the site root sends readers to the English edition', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveURL(/\/en\/$/);
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
