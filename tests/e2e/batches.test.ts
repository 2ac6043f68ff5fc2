// The batches chapter: the shape widget, the computation graph and the exercises, both locales.
// Every expected number is computed here with the library.
import { expect, test } from '@playwright/test';
import { buildNetwork, forwardBatch, forwardTrace, formatMatrix, formatVector, matVec } from '../../src/forward/index.ts';
import { example221, example221Network } from '../../src/chapters/examples.ts';
import { strings } from '../../components/shape-widget/strings.ts';
import { expectExerciseGrades } from './exercise.ts';
import { locales } from './site.ts';
import { startAll, widgetAxeTests } from './widget-axe.ts';

const params = (sizes: number[]) => buildNetwork(sizes, 'relu').layers.map((l) => l.W.length * l.W[0].length + l.b.length);

for (const locale of locales) {
  test.describe(`batches (${locale})`, () => {
    const path = `${locale}/batches/`;
    test.beforeEach(async ({ page }) => { await page.goto(path); });

    test('the shape widget shows every shape and the parameter count for the chosen sizes', async ({ page }) => {
      await startAll(page, ['[data-shape-widget]']);
      const w = page.locator('[data-shape-widget]');
      await w.locator('#sw-n').fill('7');
      await w.locator('#sw-s1').fill('6');
      const sizes = [3, 6, 4, 2];
      const per = params(sizes);
      await expect(w.locator('[data-out="X"]')).toHaveText('(7, 3)');
      const rows = w.locator('tbody tr');
      for (let l = 1; l < sizes.length; l++) {
        const row = rows.nth(l - 1);
        await expect(row.locator('[data-out="W"]')).toHaveText(`(${sizes[l]}, ${sizes[l - 1]})`);
        await expect(row.locator('[data-out="b"]')).toHaveText(`(${sizes[l]})`);
        await expect(row.locator('[data-out="Z"]')).toHaveText(`(7, ${sizes[l]})`);
        await expect(row.locator('[data-out="A"]')).toHaveText(`(7, ${sizes[l]})`);
        await expect(row.locator('[data-out="params"]')).toHaveText(String(per[l - 1]));
      }
      await expect(w.locator('[data-out="total"]')).toHaveText(String(per.reduce((a, b) => a + b, 0)));
      await expect(w.locator('[data-error-box]')).toBeHidden();
    });

    test('a width mismatch shows the library’s error and a plain explanation', async ({ page }) => {
      await startAll(page, ['[data-shape-widget]']);
      const w = page.locator('[data-shape-widget]');
      await w.locator('#sw-d').fill('2');
      let message = '';
      try { forwardBatch(buildNetwork([3, 5, 4, 2], 'relu'), [[0, 0]]); } catch (e) { message = (e as Error).message; }
      expect(message).toContain('X has 2 columns');
      await expect(w.locator('[data-out="error"]')).toHaveText(message);
      await expect(w.locator('[data-out="verdict"]')).toHaveText(strings(locale).mismatch(2, 3));
      await expect(w.locator('tbody [data-out="Z"]').first()).toHaveText('—');
      // Fixing the width clears the error.
      await w.locator('#sw-s0').fill('2');
      await expect(w.locator('[data-error-box]')).toBeHidden();
      await expect(w.locator('tbody [data-out="W"]').first()).toHaveText('(5, 2)');
      // A size that is not whole is refused with a message, and the last whole value kept.
      await w.locator('#sw-s2').fill('2.5');
      await expect(w.locator('[data-note]')).toHaveText(strings(locale).notWhole(strings(locale).size(2)));
      await expect(w.locator('tbody [data-out="W"]').nth(1)).toHaveText('(4, 5)');
    });

    test('stepping the graph shows forwardTrace’s values in computing order, by button and key', async ({ page }) => {
      await startAll(page, ['[data-computation-graph]']);
      const g = page.locator('[data-computation-graph]');
      const t = forwardTrace(example221Network(), example221.X);
      const expected = [t.a[0], matVec(example221.W1, t.a[0]), t.z[1], t.a[1], matVec(example221.W2, t.a[1]), t.z[2], t.a[2]].map((v) => formatVector(v));
      await expect(g.locator('[data-value="1"]')).toHaveText('?');
      for (let i = 1; i < expected.length; i++) {
        await g.locator('[data-step]').click();
        await expect(g.locator(`[data-value="${i}"]`)).toHaveText(expected[i]);
        await expect(g.locator('[data-status]')).toContainText(expected[i]);
      }
      await expect(g.locator('[data-step]')).toBeDisabled();
      await expect(g.locator('[data-value="6"]')).toHaveText(formatVector(t.a[2]));
      await g.locator('[data-back]').focus();
      await page.keyboard.press('ArrowLeft');
      await expect(g.locator('[data-value="6"]')).toHaveText('?');
      await page.keyboard.press('ArrowRight');
      await expect(g.locator('[data-value="6"]')).toHaveText(expected[6]);
      await g.locator('[data-reset]').click();
      await expect(g.locator('[data-value="2"]')).toHaveText('?');
      await expect(g.locator('[data-value="0"]')).toHaveText(expected[0]);
    });

    test('the batch cell and the prose agree with looping forward', async ({ page }) => {
      const net = buildNetwork([3, 4, 2], ['relu', 'identity'], { init: 'xavier', seed: 5 });
      const X = [[1, 0.5, -0.5], [0.2, -1, 1.5], [-1.2, 0.3, 0.8], [0, 0, 0]];
      const out = formatMatrix(forwardBatch(net, X).toArray());
      await expect(page.locator('main')).toContainText(out);
      const cell = page.locator('#cell-1 [data-output]');
      // The cells print their labels in the page's language (the zh cell says in Chinese why the library refused).
      // A Chinese label ends in a full-width colon with nothing after it; an English one in ": ".
      const said = locale === 'zh-cn'
        ? { batch: '批量：', loop: '循环：', shape: '形状：', refused: '库拒绝了这个批量：列数与第一层的输入个数不一致' }
        : { batch: 'batch: ', loop: 'loop:  ', shape: 'shape: ', refused: 'X has 2 columns but the first layer takes 3 inputs' };
      await expect(cell).toContainText(`${said.batch}${out}`);
      await expect(cell).toContainText(`${said.loop}${out}`);
      await expect(cell).toContainText(`${said.shape}(4, 2)`);
      await expect(page.locator('#cell-2 [data-output]')).toContainText(said.refused);
    });

    test('the exercises grade right and wrong answers', async ({ page }) => {
      const digit = params([784, 16, 16, 10]).reduce((a, b) => a + b, 0);
      const entries = forwardBatch(buildNetwork([5, 8, 3], 'relu'), Array.from({ length: 32 }, () => [0, 0, 0, 0, 0])).data.length;
      const t = forwardTrace(example221Network(), example221.X);
      const kept = [...t.z, ...t.a].reduce((n, v) => n + v.length, 0);
      for (const [id, answer] of [['ex-digit-params', digit], ['ex-batch-entries', entries], ['ex-kept', kept]] as const) {
        await expect(page.locator(`section:has(#${id}-q) details`)).toHaveCount(2);
        await expectExerciseGrades(page, id, answer, 1);
      }
      await expect(page.locator('main')).toContainText(`= ${digit}`);
    });

    widgetAxeTests(path, ['[data-shape-widget]', '[data-computation-graph]']);
  });
}
