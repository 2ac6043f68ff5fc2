// The neuron-plane widget (mounted on the playground page): its shading is the library's neuron,
// dragging sets w and b to the values shown, it works from the keyboard, and axe finds nothing.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './axe.ts';
import { formatNumber, forward } from '../../src/forward/index.ts';
import { gridPoint, valueColour } from '../../components/kit/heatmap.ts';
import { DOMAIN, GRID, step, valueRange, type PlaneActivation } from '../../components/neuron-plane/model.ts';
import { toSvg } from '../../components/neuron-plane/draw.ts';

const locales = ['en', 'zh-cn'] as const;
const esc = (text: string) => text.replace(/[.]/g, '\\.');

async function open(page: Page, locale: string): Promise<Locator> {
  await page.goto(`${locale}/playground/`);
  const root = page.locator('[data-neuron-plane]');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

async function shown(root: Locator): Promise<{ w1: number; w2: number; b: number }> {
  return {
    w1: Number(await root.locator('input[id$="-w1"]').inputValue()),
    w2: Number(await root.locator('input[id$="-w2"]').inputValue()),
    b: Number(await root.locator('input[id$="-b"]').inputValue()),
  };
}

/** A point in the plane → page coordinates inside the widget's picture. */
async function pagePoint(root: Locator, p: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await root.locator('[data-svg]').boundingBox())!;
  const [sx, sy] = toSvg(p);
  return { x: box.x + (sx / 300) * box.width, y: box.y + (sy / 300) * box.height };
}

for (const locale of locales) {
  test.describe(`neuron plane in ${locale}`, () => {
    test('sampled pixels equal the library’s neuron through the colour scale, for every activation', async ({ page }) => {
      const root = await open(page, locale);
      for (const activation of ['sigmoid', 'step', 'tanh', 'relu', 'identity'] as PlaneActivation[]) {
        await root.locator(`input[type="radio"][value="${activation}"]`).check();
        await expect(root).toHaveAttribute('data-activation', activation);
        const { w1, w2, b } = await shown(root);
        const pts: [number, number][] = [[0, 0], [119, 0], [30, 90], [60, 60], [119, 119], [88, 14]];
        const rgb = await root.locator('canvas').evaluate((c: HTMLCanvasElement, ps) => {
          const ctx = c.getContext('2d')!;
          return ps.map(([i, j]) => [...ctx.getImageData(i, j, 1, 1).data.slice(0, 3)]);
        }, pts);
        const [lo, hi] = valueRange(activation);
        pts.forEach(([i, j], k) => {
          const x = gridPoint(i, j, GRID, DOMAIN);
          const net = (a: 'identity' | 'sigmoid' | 'tanh' | 'relu') => ({ layers: [{ W: [[w1, w2]], b: [b], activation: a }] });
          const a = activation === 'step' ? step(forward(net('identity'), x)[0]) : forward(net(activation), x)[0];
          const expected = valueColour(a, lo, hi);
          expect(rgb[k].every((v, c) => Math.abs(v - expected[c]) <= 3), `${activation} at ${i},${j}: ${rgb[k]} vs ${expected}`).toBe(true);
        });
      }
    });

    test('dragging the line and the arrow sets w and b to the values shown', async ({ page }) => {
      const root = await open(page, locale);
      const start = await shown(root);
      // Grab the line where it crosses x₂ = 0 and drop it through (0.5, 1.5).
      const on: [number, number] = [-start.b / start.w1, 0];
      const from = await pagePoint(root, on);
      const to = await pagePoint(root, [0.5, 1.5]);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
      const afterLine = await shown(root);
      expect(afterLine.w1).toBe(start.w1);
      expect(afterLine.w2).toBe(start.w2);
      expect(afterLine.b).not.toBe(start.b);
      expect(Math.abs(afterLine.w1 * 0.5 + afterLine.w2 * 1.5 + afterLine.b)).toBeLessThan(0.05);
      expect(Number(await root.getAttribute('data-b'))).toBe(afterLine.b);
      // Drag the arrow's tip.
      const tip = (await root.locator('[data-tip]').boundingBox())!;
      await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2);
      await page.mouse.down();
      const dest = await pagePoint(root, [-1, 2]);
      await page.mouse.move(dest.x, dest.y, { steps: 5 });
      await page.mouse.up();
      const afterArrow = await shown(root);
      expect([afterArrow.w1, afterArrow.w2]).not.toEqual([afterLine.w1, afterLine.w2]);
      expect(Number(await root.getAttribute('data-w1'))).toBe(afterArrow.w1);
      expect(Number(await root.getAttribute('data-w2'))).toBe(afterArrow.w2);
      expect(Number(await root.getAttribute('data-b'))).toBe(afterArrow.b);
      await expect(root.locator('[data-handle="arrow"]')).toHaveAttribute('aria-valuetext', new RegExp(`${esc(formatNumber(afterArrow.w1))}.*${esc(formatNumber(afterArrow.w2))}`));
      // The formula shows these numbers.
      await expect(root.locator('[data-out="formula"]')).toContainText(`${formatNumber(afterArrow.w1)}·`);
    });

    test('every control works from the keyboard alone', async ({ page }) => {
      const root = await open(page, locale);
      const start = await shown(root);
      await root.locator('[data-handle="line"]').focus();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect((await shown(root)).b).toBeCloseTo(start.b + 0.2, 10);
      await root.locator('[data-handle="arrow"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      const now = await shown(root);
      expect(now.w1).toBeCloseTo(start.w1 + 0.1, 10);
      expect(now.w2).toBeCloseTo(start.w2 - 0.1, 10);
      await root.locator('input[type="radio"][value="sigmoid"]').focus();
      await page.keyboard.press('ArrowRight');
      await expect(root).toHaveAttribute('data-activation', 'tanh');
      await root.locator('[data-plane]').focus();
      await page.keyboard.press('ArrowLeft');
      await expect(root.locator('[data-out="point"]')).toHaveText('x = (0.75, 1)');
      const { z } = { z: now.w1 * 0.75 + now.w2 * 1 + now.b };
      await expect(root.locator('[data-out="formula"]')).toContainText(`tanh(${formatNumber(z)})`);
      await root.locator('input[id$="-b"]').fill('abc');
      await expect(root.locator('[id$="-b-msg"]')).not.toBeEmpty();
      expect(Number(await root.getAttribute('data-b'))).toBe(now.b);
      await root.locator('input[id$="-b"]').fill('0');
      await expect(root).toHaveAttribute('data-b', '0');
    });

    for (const width of [360, 1280]) {
      test(`axe finds nothing at ${width} px in the light and dark themes`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
        const root = await open(page, locale);
        expect(await axeViolationsInBothThemes(page, (axe) => axe.include('[data-neuron-plane]'))).toEqual([]);
        await expect(root).toBeVisible();
      });
    }
  });
}
