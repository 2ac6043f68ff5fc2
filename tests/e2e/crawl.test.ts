import { expect, test } from '@playwright/test';

// Crawls the built site from both home pages, following every internal link, script, stylesheet,
// image and font (fonts are found inside the stylesheets), and fetches each one once.
test('a crawl of every page finds no broken link, script, style, image or font', async ({ request, baseURL }) => {
  const root = new URL(baseURL!);
  const queue = [new URL('en/', root).href, new URL('zh-cn/', root).href];
  const seen = new Set<string>(queue);
  const broken: string[] = [];
  const referrers = new Map<string, string>();
  let pages = 0;

  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url);
    if (response.status() !== 200) {
      broken.push(`${response.status()} ${url} (from ${referrers.get(url) ?? 'start'})`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    const found: string[] = [];
    if (type.includes('text/html')) {
      pages += 1;
      const html = await response.text();
      for (const m of html.matchAll(/\s(?:href|src)="([^"#]+)[^"]*"/g)) found.push(m[1]);
      for (const m of html.matchAll(/\ssrcset="([^"]+)"/g)) found.push(...m[1].split(',').map((s) => s.trim().split(/\s+/)[0]));
    } else if (type.includes('text/css')) {
      const css = await response.text();
      for (const m of css.matchAll(/url\((['"]?)([^'")]+)\1\)/g)) if (!m[2].startsWith('data:')) found.push(m[2]);
    }
    for (const link of found) {
      const target = new URL(link.replaceAll('&amp;', '&'), url);
      target.hash = '';
      if (target.origin !== root.origin || seen.has(target.href)) continue;
      if (!target.pathname.startsWith(root.pathname)) {
        broken.push(`outside the base path: ${target.href} (from ${url})`);
        continue;
      }
      seen.add(target.href);
      referrers.set(target.href, url);
      queue.push(target.href);
    }
  }
  console.log(`crawled ${seen.size} URLs, ${pages} pages`);
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThanOrEqual(4);
});
