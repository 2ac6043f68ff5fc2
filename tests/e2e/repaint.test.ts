// A widget's change is drawn again on its own: each block of a page's text is a paint layer of its own
// (isolation: isolate), and moving a widget's slider changes nothing outside that widget. Together these
// keep the browser from walking the whole document for every step of a drag (the frame figures are in
// `npm run frames`; no test here asserts a time).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './site.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const widgetPages = builtPages().filter((p) => readFileSync(`${outDir}/${p}index.html`, 'utf8').includes('type="range"'));

test('the pages with sliders are found', () => {
  expect(widgetPages.length).toBeGreaterThanOrEqual(12);
});

for (const path of widgetPages) {
  for (const width of [1280, 360]) {
    test(`/${path} at ${width} px: every block is its own paint layer, and a slider changes only its own widget`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const blocks = await page.locator('.sl-markdown-content > *').evaluateAll((all) =>
        all.map((el) => ({ tag: el.tagName, isolation: getComputedStyle(el).isolation })));
      expect(blocks.length).toBeGreaterThan(5);
      expect(blocks.filter((b) => b.isolation !== 'isolate')).toEqual([]);

      // Each widget (its root is marked data-ready once started) is moved by its first visible slider.
      const sliders = page.locator('main input[type=range]');
      const count = await sliders.count();
      const seen = new Set<string>();
      for (let i = 0; i < count; i++) {
        const slider = sliders.nth(i);
        if (!(await slider.isVisible())) continue;
        await slider.scrollIntoViewIfNeeded();
        await slider.focus(); // starts the widget, as a reader's first touch does
        await page.waitForTimeout(800); // lets it, and any widget near it, start
        const key = await slider.evaluate((s, n) => {
          const root = s.closest<HTMLElement>('[data-ready]');
          if (!root || root.dataset.repaintSeen) return null;
          root.dataset.repaintSeen = String(n);
          return root.tagName + n;
        }, i);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        await slider.evaluate((s) => {
          const root = s.closest('[data-ready]')!;
          const w = window as unknown as { __outside: string[]; __watch?: MutationObserver };
          w.__watch?.disconnect();
          w.__outside = [];
          w.__watch = new MutationObserver((records) => {
            for (const r of records) {
              const el = r.target instanceof Element ? r.target : r.target.parentElement;
              if (el && !root.contains(el)) w.__outside.push(`${r.type} on ${el.tagName}.${el.getAttribute('class')}`);
            }
          });
          w.__watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        const [min, max] = await slider.evaluate((s: HTMLInputElement) => [Number(s.min), Number(s.max)]);
        for (const f of [0.2, 0.7, 0.45]) await slider.fill(String(min + f * (max - min)));
        await page.waitForTimeout(100);
        expect(await page.evaluate(() => (window as unknown as { __outside: string[] }).__outside)).toEqual([]);
      }
      expect(seen.size).toBeGreaterThan(0);
    });
  }
}
