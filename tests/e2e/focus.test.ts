// Every control the site draws itself (an SVG element or canvas made focusable, e.g. the neuron plane's
// line and arrow, the network's edges) shows a clear change when it takes keyboard focus: at least as many
// changed pixels as a 2 px band along both sides of its longest extent (after WCAG 2.4.13's focus-indicator
// area), on both themes, both locales, at 360 and 1280 px. Native controls and scroll regions use outlines, checked in pages.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './site.ts';

const drawn = 'main svg [tabindex], main svg[tabindex], main canvas[tabindex], main [role=slider]:not(input)';

/** Pixels that differ by more than 48 in a colour channel between two PNG screenshots of the same size. */
async function changedPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ([a64, b64]) => {
    const read = async (b64: string) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [pa, pb] = [await read(a64), await read(b64)];
    let n = 0;
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2])) > 48) n++;
    }
    return n;
  }, [a.toString('base64'), b.toString('base64')]);
}

/**
 * The changed area a focus indicator needs, in CSS px²: a 2 px band along both sides of the control's
 * longest extent (for a line, a band along it; for a box, two of its sides). A control whose focus only
 * thickens a stroke by a pixel or recolours a thin edge stays under it.
 */
function ringArea(el: Element): number {
  const r = el.getBoundingClientRect();
  // Only the part inside its drawing shows (a boundary line runs on past the plot's edge).
  const svg = el instanceof SVGElement && el.ownerSVGElement ? el.ownerSVGElement.getBoundingClientRect() : r;
  const width = Math.min(r.right, svg.right) - Math.max(r.left, svg.left);
  const height = Math.min(r.bottom, svg.bottom) - Math.max(r.top, svg.top);
  return 2 * 2 * Math.max(width, height);
}

// Pages whose built HTML has a focusable SVG element or canvas (the others have no self-drawn control).
const pages = builtPages().filter((p) => /<(svg|g|rect|circle|path|line|canvas)\b[^>]*\stabindex=/.test(readFileSync(`${process.env.OUT_DIR ?? 'dist'}/${p}index.html`, 'utf8')));
for (const theme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`${theme} theme, ${width} px: every self-drawn control shows its keyboard focus clearly`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      let checked = 0;
      for (const path of pages) {
        await page.goto(path);
        const count = await page.locator(drawn).count();
        for (let i = 0; i < count; i++) {
          const control = page.locator(drawn).nth(i);
          if (!(await control.isVisible())) continue;
          await control.scrollIntoViewIfNeeded();
          // Wake the widget, then leave focus on the page and make the next focus a keyboard one.
          await control.focus();
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await page.keyboard.press('Shift');
          await page.waitForTimeout(150);
          const box = (await control.boundingBox())!;
          const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 };
          const before = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
          await control.focus();
          await page.waitForTimeout(150);
          const after = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
          const need = await control.evaluate(ringArea);
          const name = `/${path} ${await control.evaluate((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`)}`;
          expect(await changedPixels(page, before, after), `${name}: changed pixels on focus (need ${Math.round(need)})`).toBeGreaterThanOrEqual(need);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(5);
    });
  }
}
