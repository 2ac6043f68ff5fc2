import { expect, test } from '@playwright/test';
import { builtPages, publishedUrl } from './site.ts';

const pages = builtPages();
const CJK = /[\u4e00-\u9fff]/;

for (const path of pages) {
  test(`page /${path} has its description, sharing tags, canonical URL and hreflang pair`, async ({ page, request, baseURL }) => {
    await page.goto(path);
    const url = publishedUrl(path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    const zh = path.startsWith('zh-cn/');

    const description = (await meta('meta[name="description"]')) ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(CJK.test(description)).toBe(zh);
    expect(await meta('meta[property="og:description"]')).toBe(description);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[property="og:url"]')).toBe(url);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);

    // The preview image exists and is a PNG of the advertised size.
    const image = (await meta('meta[property="og:image"]'))!;
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const png = await request.get(new URL(new URL(image).pathname, baseURL).href);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect(bytes.readUInt32BE(16)).toBe(Number(await meta('meta[property="og:image:width"]')));
    expect(bytes.readUInt32BE(20)).toBe(Number(await meta('meta[property="og:image:height"]')));

    // hreflang: this page and its counterpart in the other language, both published.
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')] as const),
    );
    const counterpart = zh ? path.replace(/^zh-cn\//, 'en/') : path.replace(/^en\//, 'zh-cn/');
    expect(alternates).toContainEqual(['en', publishedUrl(zh ? counterpart : path)]);
    expect(alternates).toContainEqual(['zh-CN', publishedUrl(zh ? path : counterpart)]);
    expect(pages).toContain(counterpart);
  });
}

test('the sitemap lists every page once, with its hreflang pair, and robots.txt points to it', async ({ request, baseURL }) => {
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1];
  const sitemap = await (await request.get(new URL(new URL(sitemapUrl).pathname, baseURL).href)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const base = new URL(baseURL!).pathname;
  expect(locs.sort()).toEqual(pages.map((p) => `${base}${p}`).sort());
  expect(sitemap.match(/hreflang="zh-CN"/g)?.length).toBe(pages.length);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: `);
  expect(robots).toContain(`${base}sitemap-index.xml`);
});
