// The site root: it sends each reader to the edition in their browser's language, says its own
// language, title and icon (so no request leaves the site's path), and without scripts offers both editions.
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';

const base = process.env.BASE ?? '/forward-step-by-step/';

const cases = [
  { locale: 'zh-CN', edition: 'zh-cn', lang: 'zh-CN' },
  { locale: 'zh-TW', edition: 'zh-cn', lang: 'zh-CN' },
  { locale: 'en-US', edition: 'en', lang: 'en' },
  { locale: 'fr-FR', edition: 'en', lang: 'en' },
] as const;

for (const { locale, edition, lang } of cases) {
  test(`a reader whose browser prefers ${locale} lands on /${edition}/ with no console error or failed request`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
    await page.goto('./');
    await expect(page).toHaveURL(new RegExp(`${base}${edition}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.waitForLoadState('load');
    expect(problems).toEqual([]);
    await context.close();
  });
}

test('a browser listing English before Chinese gets the English edition', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'en-GB', 'zh-CN'] }));
  const page = await context.newPage();
  await page.goto('./');
  await expect(page).toHaveURL(/\/en\/$/);
  await context.close();
});

test('without scripts the root names its language, title and icon and links to both editions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Forward, Step by Step · 一步步理解前向传播');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${base}favicon.svg`);
  const en = page.getByRole('link', { name: 'Read in English' });
  const zh = page.getByRole('link', { name: '阅读中文版' });
  await expect(en).toHaveAttribute('href', `${base}en/`);
  await expect(zh).toHaveAttribute('href', `${base}zh-cn/`);
  await expect(zh).toHaveAttribute('lang', 'zh-CN');
  await zh.click();
  await expect(page).toHaveURL(/\/zh-cn\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(requests.filter((p) => !p.startsWith(base))).toEqual([]);
  await context.close();
});

for (const { missing, lang, heading, hidden } of [
  { missing: 'zh-cn/no-such-page/', lang: 'zh-CN', heading: '页面不存在', hidden: 'Page not found' },
  { missing: 'en/no-such-page/', lang: 'en', heading: 'Page not found', hidden: '页面不存在' },
] as const) {
  test(`a missing address under /${missing.split('/')[0]}/ gets a 404 page in that language`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('404')) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText(hidden, { exact: true })).toBeHidden();
    await expect(page.getByRole('link').first()).toHaveAttribute('href', `${base}${lang === 'en' ? 'en' : 'zh-cn'}/`);
    expect(await page.locator('body').innerText()).not.toMatch(/\bSearch\b/);
    expect(problems).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the root and the 404 page have no axe violations in the ${colorScheme} scheme at 360 and 1280 px`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    // The root as a reader without scripts sees it (its script would leave at once): served without the script.
    await page.route(new RegExp(`${base}$`), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<script>[\s\S]*?<\/script>/, '') });
    });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['./', 'zh-cn/no-such-page/']) {
        await page.goto(path);
        expect((await axeViolations(page)).map((v) => `${path} ${width}: ${v}`)).toEqual([]);
      }
    }
    await context.close();
  });
}
