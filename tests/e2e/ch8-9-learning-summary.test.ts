// Chapters 8 (what learning means) and 9 (summary): the tables and the recap show the library's
// numbers, the loss falls as the weight moves the right way, and the summary links back to every chapter.
import { expect, test, type Page } from '@playwright/test';
import { expectExerciseGrades } from './exercise.ts';
import { binaryCrossEntropy, forward, forwardTrace, formatNumber } from '../../src/forward/index.ts';
import { example221, example221Network } from '../../src/chapters/examples.ts';
import { chapterNumber, chapterSlugs } from '../../src/chapters/index.ts';
import { locales } from './site.ts';

const f4 = (v: number) => formatNumber(v, 4);

/** Output and loss (label 1) of the 2-2-1 example with output weight j set to w. */
function withWeight(w: number, j = 0): { p: number; loss: number } {
  const net = example221Network();
  net.layers[1].W[0][j] = w;
  const p = forward(net, example221.X)[0];
  return { p, loss: binaryCrossEntropy(p, 1) };
}

async function rows(page: Page, table: string): Promise<string[][]> {
  return page.locator(`[data-table="${table}"] tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
}


for (const locale of locales) {
  test.describe(`chapters ${chapterNumber('learning')} and ${chapterNumber('summary')} in ${locale}`, () => {
    test('moving the first output weight upwards lowers the loss, as the library computes it', async ({ page }) => {
      await page.goto(`${locale}/learning/`);
      const start = example221.W2[0][0];
      const scan = await rows(page, 'scan');
      expect(scan.length).toBeGreaterThanOrEqual(4);
      let previous = Infinity;
      for (const [weight, p, loss] of scan) {
        const w = Number(weight.replace(/[^0-9.\-]/g, ''));
        const expected = withWeight(w);
        expect(p).toBe(f4(expected.p));
        expect(loss).toBe(f4(expected.loss));
        expect(expected.loss).toBeLessThan(previous);
        previous = expected.loss;
      }
      expect(scan.map((r) => r[0]).some((w) => w.startsWith(formatNumber(start)))).toBe(true);

      // The trial-and-error loop: each round keeps the better neighbour, and the loss falls every round.
      const climb = await rows(page, 'climb');
      expect(climb[0][1]).toBe(formatNumber(start));
      for (let i = 0; i < climb.length; i++) {
        const expected = withWeight(Number(climb[i][1]));
        expect(climb[i][2]).toBe(f4(expected.p));
        expect(climb[i][3]).toBe(f4(expected.loss));
        if (i > 0) expect(Number(climb[i][3])).toBeLessThan(Number(climb[i - 1][3]));
      }

      // The weight behind the switched-off hidden neuron cannot change this loss.
      const other = withWeight(example221.W2[0][1] + 1, 1);
      expect(other.loss).toBe(withWeight(start).loss);
      await expect(page.locator('main')).toContainText(f4(other.loss));
      await expectExerciseGrades(page, 'ex-learning-loss', withWeight(1.5).loss);
    });

    test('the summary recaps the 2-2-1 forward pass with the library values and links back to every chapter', async ({ page }) => {
      await page.goto(`${locale}/summary/`);
      const trace = forwardTrace(example221Network(), example221.X);
      const out = trace.a[2][0];
      const main = page.locator('main');
      await expect(main).toContainText(f4(out));
      await expect(main).toContainText(f4(binaryCrossEntropy(out, 1)));
      // The article's truncated 0.598 is corrected to the rounded value.
      await expect(main).toContainText(formatNumber(out, 3));
      await expect(main).toContainText(formatNumber(Math.trunc(out * 1000) / 1000));
      for (const slug of chapterSlugs.filter((s) => s !== 'summary')) {
        await expect(main.locator(`a[href="../${slug}/"]`).first()).toBeVisible();
      }
      if (chapterSlugs.includes('loss')) await expect(main.locator('a[href="../loss/#stability-lab"]')).toHaveCount(1);
      const swapped = [...example221.X].reverse();
      await expectExerciseGrades(page, 'ex-summary-swap', forward(example221Network(), swapped)[0]);
    });
  });
}
