// Chapter 3's 2-2-1 widget: each unit as a picture over the input plane. Sampled pixels equal the
// library's forwardTrace through the colour scale, the dot sits at X, edges show sign and size, the
// pictures follow edits, and axe finds nothing. Both locales.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatNumber, forwardTrace } from '../../src/forward/index.ts';
import { example221 } from '../../src/chapters/examples.ts';
import { gridPoint, valueColour } from '../../components/kit/heatmap.ts';
import { PICTURE_GRID, PLANE, defaultInputs, hiddenScale, specFrom, type Values } from '../../components/network-221/model.ts';
import { edgeWidth } from '../../components/network-221/draw.ts';
import { locales } from './site.ts';
import { widgetAxeTests } from './widget-axe.ts';

const units = [
  { unit: 'h0', layer: 1, index: 0 },
  { unit: 'h1', layer: 1, index: 1 },
  { unit: 'out', layer: 2, index: 0 },
] as const;
/** Grid pixels sampled in every picture: corners, the middle and a few scattered points. */
const samples: [number, number][] = [[0, 0], [PICTURE_GRID - 1, 0], [0, PICTURE_GRID - 1], [PICTURE_GRID - 1, PICTURE_GRID - 1],
  [30, 30], [45, 12], [8, 50], [22, 37], [52, 41]];

async function open(page: Page, locale: string): Promise<Locator> {
  await page.goto(`${locale}/network/`);
  const root = page.locator('[data-network221]');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

/** The expected colour scale of each picture, from forwardTrace over the whole grid. */
function scales(v: Values): Record<string, [number, number]> {
  const hidden: number[] = [];
  for (let j = 0; j < PICTURE_GRID; j++) {
    for (let i = 0; i < PICTURE_GRID; i++) hidden.push(...forwardTrace(specFrom(v), gridPoint(i, j, PICTURE_GRID, PLANE)).a[1]);
  }
  const m = hiddenScale(hidden);
  return { h0: [-m, m], h1: [-m, m], out: [0, 1] };
}

async function expectPictures(root: Locator, v: Values) {
  const expectedScales = scales(v);
  for (const { unit, layer, index } of units) {
    const canvas = root.locator(`[data-picture="${unit}"] canvas`);
    await expect(canvas).toHaveAttribute('data-hi', String(expectedScales[unit][1]));
    await expect(canvas).toHaveAttribute('data-lo', String(expectedScales[unit][0]));
    const rgb = await canvas.evaluate((c: HTMLCanvasElement, ps) => {
      const ctx = c.getContext('2d')!;
      return ps.map(([i, j]) => [...ctx.getImageData(i, j, 1, 1).data.slice(0, 3)]);
    }, samples);
    const [lo, hi] = expectedScales[unit];
    samples.forEach(([i, j], k) => {
      const a = forwardTrace(specFrom(v), gridPoint(i, j, PICTURE_GRID, PLANE)).a[layer][index];
      const want = valueColour(a, lo, hi);
      expect(rgb[k].every((c, ch) => Math.abs(c - want[ch]) <= 3), `${unit} at (${i}, ${j}), a = ${a}: ${rgb[k]} vs ${want}`).toBe(true);
    });
  }
}

async function expectDot(root: Locator, x: [number, number]) {
  for (const { unit } of units) {
    const box = (await root.locator(`[data-picture="${unit}"] canvas`).boundingBox())!;
    const dot = (await root.locator(`[data-picture="${unit}"] [data-dot]`).boundingBox())!;
    const span = PLANE.hi - PLANE.lo;
    const wantX = box.x + ((x[0] - PLANE.lo) / span) * box.width;
    const wantY = box.y + ((PLANE.hi - x[1]) / span) * box.height;
    expect(Math.abs(dot.x + dot.width / 2 - wantX), `${unit}: dot x`).toBeLessThanOrEqual(1);
    expect(Math.abs(dot.y + dot.height / 2 - wantY), `${unit}: dot y`).toBeLessThanOrEqual(1);
  }
}

for (const locale of locales) {
  test.describe(`2-2-1 units as pictures (${locale})`, () => {
    test('sampled pixels of each unit’s picture equal forwardTrace at that point through the colour scale, before and after edits', async ({ page }) => {
      const root = await open(page, locale);
      const v = defaultInputs();
      await expectPictures(root, v);
      // Turn h1 around and move X: every picture is redrawn from the new network.
      await root.locator('#n221-W1_0_0').fill('-0.8');
      await root.locator('#n221-b2_0').fill('0.5');
      await root.locator('#n221-x_1').fill('-1.25');
      await expectPictures(root, { ...v, W1_0_0: -0.8, b2_0: 0.5, x_1: -1.25 });
    });

    test('the dot sits at X on every picture and follows the input', async ({ page }) => {
      const root = await open(page, locale);
      await expectDot(root, [example221.X[0], example221.X[1]]);
      await root.locator('#n221-x_0').fill('-1.5');
      await root.locator('#n221-x_1').fill('1.75');
      await expect(root.locator('[data-picture="out"] [data-dot]')).toHaveAttribute('cx', String(((-1.5 - PLANE.lo) / (PLANE.hi - PLANE.lo)) * 100));
      await expectDot(root, [-1.5, 1.75]);
    });

    test('each picture is an image whose name says what it shows and the value at X, in the page’s language', async ({ page }) => {
      const root = await open(page, locale);
      const t = forwardTrace(specFrom(defaultInputs()), example221.X);
      const f = (x: number) => formatNumber(x);
      const stop = locale === 'en' ? '.' : '。';
      const pics = root.locator('[data-picture] [role="img"]');
      await expect(pics).toHaveCount(3);
      await expect(pics.nth(0)).toHaveAttribute('aria-label', new RegExp(`^h1.*a = ${f(t.a[1][0]).replace('.', '\\.')}${stop}$`));
      await expect(pics.nth(1)).toHaveAttribute('aria-label', new RegExp(`^h2.*a = ${f(t.a[1][1]).replace('.', '\\.')}${stop}$`));
      const outName = locale === 'en' ? 'out' : '输出';
      await expect(pics.nth(2)).toHaveAttribute('aria-label', new RegExp(`^${outName}.*a2 = ${f(t.a[2][0]).replace('.', '\\.')}${stop}$`));
      if (locale === 'zh-cn') await expect(pics.nth(2)).toHaveAttribute('aria-label', /输出/);
      await root.locator('#n221-x_0').fill('2');
      const t2 = forwardTrace(specFrom({ ...defaultInputs(), x_0: 2 }), [2, example221.X[1]]);
      await expect(pics.nth(2)).toHaveAttribute('aria-label', new RegExp(`a2 = ${f(t2.a[2][0]).replace('.', '\\.')}${stop}$`));
    });

    test('edges show the weight’s sign by colour and its size by width, and follow edits', async ({ page }) => {
      const root = await open(page, locale);
      const stroke = (k: string) => root.locator(`g.edge[data-k="${k}"] line`).evaluate((l) => {
        const s = getComputedStyle(l);
        return { colour: s.stroke, width: parseFloat(s.strokeWidth) };
      });
      const pos = await stroke('W1_0_1');
      const neg = await stroke('W1_1_1');
      await expect(root.locator('g.edge[data-k="W1_1_1"]')).toHaveAttribute('data-sign', 'neg');
      await expect(root.locator('g.edge[data-k="W1_0_1"]')).toHaveAttribute('data-sign', 'pos');
      expect(pos.colour).not.toBe(neg.colour);
      expect(pos.width).toBeCloseTo(edgeWidth(example221.W1[0][1]), 5);
      expect(neg.width).toBeCloseTo(edgeWidth(example221.W1[1][1]), 5);
      await root.locator('#n221-W1_0_1').fill('-1');
      await root.locator('#n221-W1_0_1').evaluate((el) => (el as HTMLInputElement).blur());
      await expect(root.locator('g.edge.is-hot')).toHaveCount(0);
      await expect(root.locator('g.edge[data-k="W1_0_1"]')).toHaveAttribute('data-sign', 'neg');
      const turned = await stroke('W1_0_1');
      expect(turned.colour).toBe(neg.colour);
      expect(turned.width).toBeCloseTo(edgeWidth(-1), 5);
    });

    widgetAxeTests(`${locale}/network/`, ['[data-network221]']);
  });
}
