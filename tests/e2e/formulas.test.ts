// Display formulas are drawn only near the viewport (src/build/rehype-lazy-formulas.ts). Drawn, each
// must keep the height it held before (nothing moves as the reader scrolls onto it) and still scroll
// sideways over its whole width on a phone (paint containment must not cut it at the column).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const pages = builtPages().filter((p) => readFileSync(`${outDir}/${p}index.html`, 'utf8').includes('class="katex-display"'));

test('display formulas are found on the chapter pages of both locales', () => {
  expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(5);
  expect(pages.filter((p) => p.startsWith('zh-cn/')).length).toBe(pages.filter((p) => p.startsWith('en/')).length);
});

for (const path of pages) {
  for (const width of [360, 1280]) {
    test(`/${path} at ${width} px: every display formula is skipped until near, then drawn at its kept height and whole`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const drawings = page.locator('.katex-display > .katex > .katex-html');
      const count = await drawings.count();
      expect(count).toBe(await page.locator('.katex-display').count());
      // Before scrolling: each drawing carries the lazy style, and those three screens down are not drawn.
      const styles = await drawings.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
      expect(styles).toEqual(styles.map(() => 'auto'));
      const far = await drawings.evaluateAll((els) => els
        .filter((el) => el.getBoundingClientRect().top > 3 * innerHeight)
        .map((el) => el.querySelector('.base')!.checkVisibility({ contentVisibilityAuto: true })));
      expect(far.filter((visible) => visible)).toEqual([]);
      // Answers folded in <details> are opened; a formula hidden otherwise (a widget's unused part) is left out.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const shown = await drawings.evaluateAll((els) => els.map((el) => el.closest('.katex-display')!.checkVisibility()));
      expect(shown.filter(Boolean).length).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        if (!shown[i]) continue;
        const drawing = drawings.nth(i);
        await drawing.scrollIntoViewIfNeeded();
        // Drawn once near the viewport (measuring a skipped drawing would read the kept size).
        await expect.poll(() => drawing.evaluate((el) => el.querySelector('.base')!.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
        const m = await drawing.evaluate((el) => {
          const display = el.closest('.katex-display')!;
          const bases = [...el.querySelectorAll('.base')].map((b) => b.getBoundingClientRect());
          const fontSize = parseFloat(getComputedStyle(el).fontSize);
          return {
            height: el.getBoundingClientRect().height,
            kept: parseFloat(getComputedStyle(el).containIntrinsicBlockSize.replace('auto ', '')),
            fontSize,
            inkWidth: Math.max(...bases.map((b) => b.right)) - Math.min(...bases.map((b) => b.left)),
            scrollWidth: display.scrollWidth,
            clientWidth: display.clientWidth,
          };
        });
        // The kept size is the drawing's height (within 0.06 em, about a pixel), so drawing it moves nothing.
        expect(Math.abs(m.height - m.kept), `formula ${i}: drawn ${m.height} px, kept ${m.kept} px`).toBeLessThanOrEqual(0.06 * m.fontSize + 0.5);
        // The scroll region reaches the whole drawing: a wide formula scrolls instead of being cut.
        expect(m.scrollWidth, `formula ${i}: ${m.inkWidth} px of formula in ${m.scrollWidth} px of scroll`).toBeGreaterThanOrEqual(Math.floor(m.inkWidth));
      }
    });
  }
}
