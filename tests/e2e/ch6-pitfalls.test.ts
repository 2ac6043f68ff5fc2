// The "pitfalls" chapter (five pitfalls): every widget shows the library's numbers and its pitfall's effect.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectExerciseGrades } from './exercise.ts';
import { buildNetwork, collapseLinear, forward, forwardTrace, formatNumber, formatVector, logitGradients, sigmoidChainProduct, sigmoidPrime, softmax, softmaxNaive } from '../../src/forward/index.ts';
import { example221, stabilityLogits, weatherNeuron } from '../../src/chapters/examples.ts';
import { DOMAIN, GRID, LINEAR_SEED, bendOfBoundary, linearDemo, planeValues, symmetricScale } from '../../components/pitfall-linear/model.ts';
import { gridPoint, valueColour } from '../../components/kit/heatmap.ts';
import { INIT_SEED, INIT_SIZES, hiddenTable } from '../../components/pitfall-init/model.ts';
import { chapterNumber } from '../../src/chapters/index.ts';
import { chainDepth, chainZ, collapseX } from '../../src/chapters/pitfalls.ts';
import { badValues, holdScripts, locales } from './site.ts';


async function open(page: Page, locale: string): Promise<void> {
  await page.goto(`${locale}/pitfalls/`);
}

/** The hidden activations the widget shows, as its model computes them, with its six digits. */
function hidden(init: 'zeros' | 'small', seed: number): string[][] {
  return hiddenTable(init, seed).rows.map((row) => row.map((v) => formatNumber(v, 6)));
}

async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((t) => t.trim());
}

type Picture = { data: number[]; lo: number; hi: number; size: number };

/** The pixels of pitfall 1's three heatmaps and the colour scale each was painted on. */
async function readPictures(root: Locator): Promise<Record<string, Picture>> {
  return root.evaluate((el) => {
    const out: Record<string, { data: number[]; lo: number; hi: number; size: number }> = {};
    for (const canvas of el.querySelectorAll<HTMLCanvasElement>('canvas[data-canvas]')) {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      out[canvas.dataset.canvas!] = { data: Array.from(data), lo: Number(canvas.dataset.lo), hi: Number(canvas.dataset.hi), size: canvas.width };
    }
    return out;
  });
}

for (const locale of locales) {
  test.describe(`chapter ${chapterNumber('pitfalls')} in ${locale}`, () => {
    test('a linear stack collapses to one layer with the same outputs and the same picture; with ReLU the boundary bends', async ({ page }) => {
      await open(page, locale);
      const root = page.locator('[data-pitfall-linear]');
      await root.scrollIntoViewIfNeeded();
      // The figure's code is heavy: it starts on the reader's first touch. Before that, the build's
      // pictures of the first seed are there (not grey boxes), and nothing has been drawn by the client.
      await page.waitForTimeout(300);
      expect(await root.getAttribute('data-drawn')).toBeNull();
      for (const canvas of await root.locator('canvas').all()) {
        expect(await canvas.evaluate((c) => getComputedStyle(c).backgroundImage)).toMatch(/^url\("data:image\/webp;base64,/);
      }
      await root.getByRole('button').focus();
      for (const seed of [LINEAR_SEED, LINEAR_SEED + 1]) {
        if (seed !== LINEAR_SEED) await root.getByRole('button').click();
        await expect(root.locator('[data-out="seed"]')).toHaveText(String(seed));
        const demo = linearDemo(seed);
        // The collapsed layer is the library's collapseLinear of the stack, and it gives the stack's outputs.
        const merged = collapseLinear(demo.linear.layers);
        await expect(root.locator('[data-out="w1"]')).toHaveText(formatNumber(merged.W[0][0], 4));
        const rows = root.locator('tbody tr');
        await expect(rows).toHaveCount(demo.rows.length);
        for (let i = 0; i < demo.rows.length; i++) {
          const x = demo.rows[i].x;
          const stack = formatNumber(forward(demo.linear, x)[0], 6);
          const single = formatNumber(forward({ layers: [merged] }, x)[0], 6);
          expect(single).toBe(stack);
          await expect(rows.nth(i).locator('[data-out="stack"]')).toHaveText(stack);
          await expect(rows.nth(i).locator('[data-out="collapsed"]')).toHaveText(single);
        }
        // The pictures: each pixel is forward() at its point of the plane, through the colour scale.
        await expect(root).toHaveAttribute('data-drawn', String(seed));
        const pictures = await readPictures(root);
        const nets = { linear: demo.linear, collapsed: { layers: [merged] }, relu: demo.relu };
        // Centred on 0 and reaching the largest |output| (the browser's batch kernel may differ in the last bit).
        for (const key of ['linear', 'relu'] as const) {
          const [lo, hi] = symmetricScale(planeValues(nets[key]));
          expect(pictures[key].lo, key).toBe(-pictures[key].hi);
          expect(pictures[key].hi / hi, key).toBeCloseTo(1, 12);
          expect([pictures.collapsed.lo, pictures.collapsed.hi]).toEqual([pictures.linear.lo, pictures.linear.hi]);
          expect(lo).toBe(-hi);
        }
        for (const [key, net] of Object.entries(nets)) {
          const { data, lo, hi, size } = pictures[key];
          expect(size, key).toBe(GRID);
          for (let p = 0; p < GRID * GRID; p += 37) {
            const i = p % GRID;
            const j = Math.floor(p / GRID);
            const colour = valueColour(forward(net, gridPoint(i, j, GRID, DOMAIN))[0], lo, hi);
            expect([data[4 * p], data[4 * p + 1], data[4 * p + 2], data[4 * p + 3]], `${key} pixel (${i}, ${j})`).toEqual([...colour, 255]);
          }
        }
        // The stack and its collapsed layer draw the same picture, pixel for pixel, with one straight boundary.
        expect(pictures.collapsed.data).toEqual(pictures.linear.data);
        expect(bendOfBoundary(demo.linear)!.bend).toBeLessThan(1e-9);
        // With ReLU the zero set is not a straight line, and the picture differs.
        expect(bendOfBoundary(demo.relu)!.bend).toBeGreaterThan(0.05);
        expect(pictures.relu.data).not.toEqual(pictures.linear.data);
        // Each picture has a text alternative in the page's language.
        for (const key of Object.keys(nets)) await expect(root.locator(`[data-canvas="${key}"]`)).toHaveAttribute('aria-label', locale === 'en' ? /input plane|same plane/ : /平面/);
      }
    });

    test('the sigmoid chain shrinks below one millionth at depth 10 and follows the depth and z fields', async ({ page }) => {
      await open(page, locale);
      const root = page.locator('[data-pitfall-saturation]');
      const product = root.locator('[data-out="product"]');
      expect(sigmoidChainProduct(10)).toBeLessThan(1e-6);
      await expect(product).toHaveText(formatNumber(sigmoidChainProduct(10), 4));
      await expect(root.locator('[data-out="factor"]')).toHaveText(formatNumber(sigmoidPrime(0), 4));
      await expect(root.locator('[data-out="flag"]')).toBeVisible();
      await expect(root.locator('[data-bar]')).toHaveCount(20);
      await expect(root.locator('.pf-bar-on')).toHaveAttribute('data-bar', '9');

      await root.locator('#pf-depth').fill('3');
      await expect(product).toHaveText(formatNumber(sigmoidChainProduct(3), 4));
      await expect(root.locator('[data-out="flag"]')).toBeHidden();
      await expect(root.locator('.pf-bar-on')).toHaveAttribute('data-bar', '2');

      await root.locator('#pf-sat-z').fill('2');
      await expect(product).toHaveText(formatNumber(sigmoidChainProduct(3, 2), 4));
      await expect(root.locator('[data-out="factor"]')).toHaveText(formatNumber(sigmoidPrime(2), 4));

      await root.locator('#pf-depth').fill('4.6');
      await expect(product).toHaveText(formatNumber(sigmoidChainProduct(5, 2), 4));
      await expect(root.locator('[data-out="note"]')).toContainText('5');

      // Moving the depth slider by keyboard works too.
      await root.locator('#pf-depth').fill('10');
      await root.locator('input[type="range"]').first().focus();
      await page.keyboard.press('ArrowRight');
      await expect(product).toHaveText(formatNumber(sigmoidChainProduct(11, 2), 4));
    });

    test('a widget keeps the keystroke made before its code arrived', async ({ browser }) => {
      // No service worker here: it would serve the held-back code from its cache.
      const context = await browser.newContext({ serviceWorkers: 'block', baseURL: test.info().project.use.baseURL });
      const page = await context.newPage();
      // The widget's code is held back while the reader types, so the keystroke comes first.
      const scripts = await holdScripts(page);
      await open(page, locale);
      scripts.hold();
      const root = page.locator('[data-pitfall-saturation]');
      await root.scrollIntoViewIfNeeded();
      await root.locator('#pf-depth').fill('7');
      await expect(root).not.toHaveAttribute('data-ready', 'true');
      scripts.release();
      await expect(root).toHaveAttribute('data-ready', 'true');
      await expect(root.locator('[data-out="product"]')).toHaveText(formatNumber(sigmoidChainProduct(7), 4));
      await context.close();
    });

    test('the MSE gradient vanishes where cross-entropy still pushes at a confidently wrong logit', async ({ page }) => {
      await open(page, locale);
      const root = page.locator('[data-pitfall-loss]');
      const start = logitGradients(-6, 1);
      await expect(root.locator('[data-out="p"]')).toHaveText(formatNumber(start.p, 4));
      await expect(root.locator('[data-out="mse"]')).toHaveText(formatNumber(start.mse, 4));
      await expect(root.locator('[data-out="ce"]')).toHaveText(formatNumber(start.crossEntropy, 4));
      for (const z of [-10, -3, 0, 4]) {
        await root.locator('#pf-logit').fill(String(z));
        const g = logitGradients(z, 1);
        await expect(root.locator('[data-out="mse"]')).toHaveText(formatNumber(g.mse, 4));
        await expect(root.locator('[data-out="ce"]')).toHaveText(formatNumber(g.crossEntropy, 4));
      }
      const far = logitGradients(-10, 1);
      expect(Math.abs(far.mse)).toBeLessThan(1e-4);
      expect(far.crossEntropy).toBeCloseTo(-1, 3);
      await root.locator('#pf-logit').fill('-10');
      const shown = Number(await root.locator('[data-out="mse"]').innerText());
      expect(Math.abs(shown)).toBeLessThan(1e-4);
      expect(Number(await root.locator('[data-out="ce"]').innerText())).toBeCloseTo(-1, 3);
    });

    test('pitfall 2 says what the weights do: σ′(0)·w over ten layers, small and large weights', async ({ page }) => {
      await open(page, locale);
      const main = page.locator('main');
      // The page's weights (data): 0.5 shrinks the correction faster, 6 makes it grow.
      const chain = (w: number) => sigmoidChainProduct(10) * w ** 10;
      await expect(main).toContainText(formatNumber(sigmoidPrime(0) * 0.5, 4));
      await expect(main).toContainText(formatNumber(chain(0.5), 3));
      await expect(main).toContainText(formatNumber(sigmoidPrime(0) * 6, 4));
      await expect(main).toContainText(formatNumber(chain(6), 4));
      await expect(main.locator('.katex').filter({ hasText: `1/σ′(0)=${formatNumber(1 / sigmoidPrime(0))}` })).toHaveCount(1);
    });

    test(`pitfall 4 states the overflow, shows the stable probabilities and sends the reader to the demo in chapter ${chapterNumber('loss')}`, async ({ page }) => {
      await open(page, locale);
      // The softmax-stability demo lives in the loss chapter only; this page links to it.
      expect(Array.from(softmaxNaive(stabilityLogits)).some(Number.isFinite)).toBe(false);
      await expect(page.locator('[data-pitfall-softmax]')).toHaveCount(0);
      await expect(page.locator('main')).toContainText(formatVector(softmax(stabilityLogits), 4));
      await expect(page.locator('main a[href="../loss/#stability-lab"]')).toHaveCount(1);
    });

    test('zero initialisation gives identical hidden outputs and a reseed keeps random ones different', async ({ page }) => {
      await open(page, locale);
      const root = page.locator('[data-pitfall-init]');
      const zeros = hidden('zeros', INIT_SEED);
      expect(new Set(zeros.flat()).size).toBe(1);
      const zeroCells = await texts(root.locator('[data-table="zeros"] [data-cell]'));
      expect(zeroCells).toEqual(zeros.flat());
      await expect(root.locator('[data-table="zeros"] .pf-verdict-same')).toBeVisible();

      const small = root.locator('[data-table="small"]');
      expect(await texts(small.locator('[data-cell]'))).toEqual(hidden('small', INIT_SEED).flat());
      await expect(small.locator('.pf-verdict-differ')).toBeVisible();
      for (const seed of [INIT_SEED + 1, INIT_SEED + 2]) {
        await small.getByRole('button').click();
        await expect(small.locator('[data-out="seed"]')).toHaveText(String(seed));
        const expected = hidden('small', seed);
        for (const row of expected) expect(new Set(row).size).toBeGreaterThan(1);
        expect(await texts(small.locator('[data-cell]'))).toEqual(expected.flat());
        await expect(small.locator('[data-out="verdict"]')).toHaveClass(/pf-verdict-differ/);
      }
    });

    test('every number field rejects bad input with a message and never shows NaN', async ({ page }) => {
      await open(page, locale);
      for (const [widget, field, out] of [
        ['[data-pitfall-saturation]', '#pf-depth', 'product'],
        ['[data-pitfall-saturation]', '#pf-sat-z', 'product'],
        ['[data-pitfall-loss]', '#pf-logit', 'mse'],
      ] as const) {
        const root = page.locator(widget);
        const before = await root.locator(`[data-out="${out}"]`).innerText();
        for (const bad of badValues) {
          await root.locator(field).fill(bad);
          await expect(root.locator(field)).toHaveAttribute('aria-invalid', 'true');
          await expect(root.locator(`${field}-msg`)).not.toBeEmpty();
          await expect(root.locator(`[data-out="${out}"]`)).toHaveText(before);
          // The field's message says what to type, without naming NaN or Infinity; no computed output shows NaN.
          await expect(root.locator(`${field}-msg`)).not.toContainText(/\b(NaN|Infinity)\b/);
          for (const shown of await texts(root.locator('[data-out], svg text'))) expect(shown).not.toContain('NaN');
        }
      }
    });

    test('the exercises accept the right answers and reject wrong ones', async ({ page }) => {
      await open(page, locale);
      const merged = collapseLinear([
        { W: example221.W1.map((r) => [...r]), b: [...example221.b1], activation: 'identity' },
        { W: example221.W2.map((r) => [...r]), b: [...example221.b2], activation: 'identity' },
      ]);
      const answers: [string, number][] = [
        ['ex-collapse', forward({ layers: [merged] }, collapseX)[0]],
        ['ex-chain', sigmoidChainProduct(chainDepth, chainZ)],
        ['ex-mse-grad', logitGradients(-4, 1).mse],
      ];
      for (const [id, answer] of answers) await expectExerciseGrades(page, id, answer, 1);
    });
  });
}
