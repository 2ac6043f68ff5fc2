// The "forward-code" chapter: the forward pass in code. Every expected number is computed here with the library.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectExerciseGrades } from './exercise.ts';
import {
  buildNetwork, createRng, crossEntropy, crossEntropyFromLogits, formatMatrix, formatNumber, formatVector, forward, forwardTrace,
  initSmallRandom, softmax, type ActivationName,
} from '../../src/forward/index.ts';
import { chapterNumber } from '../../src/chapters/index.ts';
import { exLossLabel } from '../../src/chapters/forward-code.ts';
import { locales } from './site.ts';

/** The labels the cells print before their values, in each edition's language. */
const cellLabels = {
  en: { byHand: 'by hand: ', forward: 'forward: ', fromP: 'loss from p: ', fromLogits: 'loss from logits: ' },
  'zh-cn': { byHand: '手算：', forward: '库函数：', fromP: '由 p 算出的损失：', fromLogits: '由 logits 算出的损失：' },
} as const;
const f = (x: number) => formatNumber(x);
// The chapter's classifier and inputs (data, as the page's cells write them).
const sizes = [4, 8, 8, 3];
const acts: ActivationName[] = ['relu', 'relu', 'identity'];
const net = buildNetwork(sizes, acts, { init: 'he', seed: 7 });
const samples = [
  { x: [1, 0.5, -0.5, 2], label: 2 },
  { x: [0.2, -1, 1.5, 0], label: 0 },
  { x: [-1.2, 0.3, 0.8, -0.4], label: 1 },
];
const probs = samples.map((s) => softmax(forward(net, s.x)));
const losses = samples.map((s, i) => crossEntropy(probs[i], s.label));

for (const locale of locales) {
  test.describe(`chapter ${chapterNumber('forward-code')} (${locale})`, () => {
    const said = cellLabels[locale];
    test.beforeEach(async ({ page }) => {
      await page.goto(`${locale}/forward-code/`);
    });

    test('the initialisation cell shows the seeded small-random weights and the zero matrix', async ({ page }) => {
      const W = initSmallRandom(3, 4, createRng(42));
      const out = output(page, 1);
      await expect(out).toContainText(formatMatrix(W.toArray(), 3));
      await expect(out).toContainText(formatMatrix([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]));
      await expect(page.locator('main')).toContainText(formatVector(W.row(0)));
    });

    test('the hand-written layer loop agrees with forward, in the cell and in the build-time trace table', async ({ page }) => {
      const logits = forward(net, samples[0].x);
      await expect(output(page, 3)).toContainText(`${said.byHand}${formatVector(logits)}`);
      await expect(output(page, 3)).toContainText(`${said.forward}${formatVector(logits)}`);
      const trace = forwardTrace(net, samples[0].x);
      const table = page.locator('main table').first();
      for (const a of trace.a) await expect(table).toContainText(formatVector(a));
    });

    test('the loss cell and the prose give the library’s cross-entropy for the first input', async ({ page }) => {
      const logits = forward(net, samples[0].x);
      await expect(output(page, 4)).toContainText(formatVector(probs[0]));
      await expect(output(page, 4)).toContainText(`${said.fromP}${f(losses[0])}`);
      await expect(output(page, 4)).toContainText(`${said.fromLogits}${f(crossEntropyFromLogits(logits, samples[0].label))}`);
      const main = page.locator('main');
      await expect(main).toContainText(formatVector(probs[0]));
      await expect(main.locator('.katex').filter({ hasText: `${f(probs[0][samples[0].label])}≈${f(losses[0])}` })).toHaveCount(1);
    });

    test('the classifier runs on three inputs with the library’s probabilities and losses, in the cell and in the table', async ({ page }) => {
      const out = output(page, 5);
      for (let i = 0; i < samples.length; i++) await expect(out).toContainText(`${formatVector(samples[i].x)} → ${formatVector(probs[i])}`);
      const mean = losses.reduce((s, l) => s + l, 0) / losses.length;
      await expect(out).toContainText(f(mean));
      const rows = page.locator('main table').nth(1).locator('tbody tr');
      await expect(rows).toHaveCount(samples.length);
      for (let i = 0; i < samples.length; i++) {
        await expect(rows.nth(i)).toContainText(formatVector(probs[i]));
        await expect(rows.nth(i).locator('[data-loss]')).toHaveText(f(losses[i]));
      }
      await expect(page.locator('main')).toContainText(f(mean));
    });

    test('the prose counts the parameters and the uniform-guess loss with the library', async ({ page }) => {
      const perLayer = net.layers.map((l) => l.W.length * l.W[0].length + l.b.length);
      const main = page.locator('main');
      await expect(main).toContainText(`${perLayer.join(' + ')} = ${perLayer.reduce((a, b) => a + b, 0)}`);
      const uniform = softmax(forward(buildNetwork(sizes, acts, { init: 'zeros' }), samples[0].x));
      await expect(main).toContainText(f(crossEntropy(uniform, 0)));
    });

    test('every cell still shows its build output after running in the browser', async ({ page }) => {
      await page.locator('[data-act="run-all"]').click();
      const cells = page.locator('nb-cell');
      for (let i = 0; i < (await cells.count()); i++) await expect(cells.nth(i)).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
      await expect(output(page, 3)).toContainText(`${said.byHand}${formatVector(forward(net, samples[0].x))}`);
      await expect(output(page, 5)).toContainText(`${formatVector(samples[2].x)} → ${formatVector(probs[2])}`);
    });

    test('the exercises grade right and wrong answers', async ({ page }) => {
      const exSizes = [3, 5, 2];
      const params = buildNetwork(exSizes, 'relu').layers.reduce((n, l) => n + l.W.length * l.W[0].length + l.b.length, 0);
      const zero = softmax(forward(buildNetwork(sizes, acts, { init: 'zeros' }), samples[0].x))[0];
      // The third input scored against the exercise's class instead of its label.
      const otherLoss = crossEntropy(probs[2], exLossLabel);
      for (const [id, answer] of [['ex-params', params], ['ex-loss', otherLoss], ['ex-zero', zero]] as const) {
        // The hint and the worked solution are both there, folded away until the reader opens them.
        await expect(page.locator(`section:has(#${id}-q) details`)).toHaveCount(2);
        await expectExerciseGrades(page, id, answer, 1);
      }
      await expect(page.locator('main')).toContainText(formatVector(exSizes));
    });
  });
}

// Helpers

/** The output area of code cell n (counting from 1, as the page labels them). */
function output(page: Page, n: number): Locator {
  return page.locator(`#cell-${n} [data-output]`);
}
