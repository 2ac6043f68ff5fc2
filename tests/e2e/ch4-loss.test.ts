// The "loss" chapter: loss functions and softmax. Every expected number is computed here with the library.
import { expect, test, type Locator } from '@playwright/test';
import { expectExerciseGrades } from './exercise.ts';
import { crossEntropy, formatNumber, formatVector, mse, neuron, softmax, softmaxNaive, softmaxSteps } from '../../src/forward/index.ts';
import { crossEntropyExamples, stabilityLogits } from '../../src/chapters/examples.ts';
import { msePoints, mseStart } from '../../components/mse-widget/model.ts';
import { labStart } from '../../components/stability-lab/model.ts';
import { softmaxStart } from '../../components/softmax-widget/model.ts';
import { chapterNumber } from '../../src/chapters/index.ts';
import { exLogits, mseExercise } from '../../src/chapters/loss.ts';
import { badValues, locales } from './site.ts';

const f3 = (x: number) => formatNumber(x, 3);
const f4 = (x: number) => formatNumber(x, 4);
const ce = crossEntropyExamples;

/** The MSE of the line (w, b) over the widget's points, computed by the library. */
function lineLoss(w: number, b: number): number {
  const preds = msePoints.map((p) => neuron([w], b, [p.x], 'identity').a);
  return mse(preds, msePoints.map((p) => p.y));
}

for (const locale of locales) {
  test.describe(`chapter ${chapterNumber('loss')} (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`${locale}/loss/`);
    });

    test('the prose gives −log 0.7 and −log 0.4 for the article’s two predictions, as the library computes them', async ({ page }) => {
      const text = await page.locator('main').textContent();
      const good = crossEntropy(ce.good, ce.label);
      const bad = crossEntropy(ce.bad, ce.label);
      expect(good).toBeCloseTo(-Math.log(ce.good[0]), 12);
      const math = page.locator('main .katex-display');
      await expect(math.filter({ hasText: `${formatNumber(ce.good[0])}≈${f4(good)}` })).toHaveCount(1);
      await expect(math.filter({ hasText: `${formatNumber(ce.bad[0])}≈${f4(bad)}` })).toHaveCount(1);
      expect(text).toContain(formatVector(ce.good));
      expect(text).toContain(formatVector(ce.bad));
      expect(text).toContain(formatNumber(bad / good, 2));
    });

    test('the prose shows the stable softmax of the overflow logits, step by step', async ({ page }) => {
      const text = (await page.locator('main').textContent()) ?? '';
      const steps = softmaxSteps(stabilityLogits);
      expect(text).toContain(formatVector(steps.shifted));
      expect(text).toContain(formatVector(steps.exps, 4));
      expect(text).toContain(f4(steps.sum));
      for (const p of softmax(stabilityLogits)) expect(text).toContain(f4(p));
    });

    test('the stability lab has a heading with the id other chapters link to', async ({ page }) => {
      const anchor = page.locator('#stability-lab');
      await expect(anchor).toHaveCount(1);
      await expect(page.locator('h2:has(#stability-lab), h2#stability-lab')).toHaveCount(1);
    });

    test('the MSE widget starts at the library’s loss and its mean follows w and b', async ({ page }) => {
      const box = page.locator('[data-mse-widget]');
      await box.scrollIntoViewIfNeeded();
      await expect(box.locator('[data-mse]')).toHaveText(f3(lineLoss(mseStart.w, mseStart.b)));
      await box.locator('#mse-w').fill('0.8');
      await expect(box.locator('[data-mse]')).toHaveText(f3(lineLoss(0.8, mseStart.b)));
      await box.locator('#mse-b').fill('0.5');
      await expect(box.locator('[data-mse]')).toHaveText(f3(lineLoss(0.8, 0.5)));
      const preds = msePoints.map((p) => neuron([0.8], 0.5, [p.x], 'identity').a);
      for (let i = 0; i < msePoints.length; i++) {
        await expect(box.locator(`[data-pred="${i}"]`)).toHaveText(f3(preds[i]));
        await expect(box.locator(`[data-sq="${i}"]`)).toHaveText(f3(mse([preds[i]], [msePoints[i].y])));
      }
      // The slider drives the same computation.
      await box.locator('input[type=range]').first().fill('1');
      await expect(box.locator('[data-mse]')).toHaveText(f3(lineLoss(1, 0.5)));
      await box.locator('[data-reset]').click();
      await expect(box.locator('[data-mse]')).toHaveText(f3(lineLoss(mseStart.w, mseStart.b)));
      await expect(box.locator('#mse-w')).toHaveValue(String(mseStart.w));
    });

    test('the cross-entropy distribution stays normalised when a probability moves, and the loss follows', async ({ page }) => {
      const box = page.locator('[data-ce-widget]');
      await box.scrollIntoViewIfNeeded();
      await expect(box.locator('[data-loss]')).toHaveText(f3(crossEntropy(ce.good, ce.label)));
      await box.locator('#ce-p1').fill('0.4');
      // The other two keep their 2 : 1 ratio and share 0.6.
      const p = [0.4, (ce.good[1] / (ce.good[1] + ce.good[2])) * 0.6, (ce.good[2] / (ce.good[1] + ce.good[2])) * 0.6];
      await expect(box.locator('#ce-p2')).toHaveValue(formatNumber(p[1], 4));
      await expect(box.locator('#ce-p3')).toHaveValue(formatNumber(p[2], 4));
      await expect(box.locator('[data-sum]')).toHaveText('1');
      const shown = await Promise.all([1, 2, 3].map(async (i) => Number(await box.locator(`#ce-p${i}`).inputValue())));
      expect(shown.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 3);
      await expect(box.locator('[data-loss]')).toHaveText(f3(crossEntropy(p, 0)));
      // A slider works the same way.
      await box.locator('input[type=range]').nth(2).fill('0.5');
      // A slider's value is shown at once and the others follow on the next frame: wait for that frame.
      const values = () => Promise.all([1, 2, 3].map(async (i) => Number(await box.locator(`#ce-p${i}`).inputValue())));
      await expect.poll(async () => Math.abs((await values()).reduce((s, v) => s + v, 0) - 1)).toBeLessThan(5e-4);
      await expect(box.locator('[data-sum]')).toHaveText('1');
      const after = await values();
      expect(after[2]).toBe(0.5);
      expect(after.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 3);
      // Another true class: the loss is −log of that class's probability.
      await box.locator('input[type=radio]').nth(2).check();
      await expect(box.locator('[data-onehot]')).toHaveText(formatVector([0, 0, 1]));
      await expect(box.locator('[data-pk]')).toHaveText(f3(0.5));
      await expect(box.locator('[data-loss]')).toHaveText(f3(crossEntropy([after[0], after[1], 0.5], 2)));
    });

    test('the cross-entropy presets load the article’s predictions and their losses', async ({ page }) => {
      const box = page.locator('[data-ce-widget]');
      await box.scrollIntoViewIfNeeded();
      await box.locator('[data-preset="bad"]').click();
      await expect(box.locator('[data-loss]')).toHaveText(f3(crossEntropy(ce.bad, ce.label)));
      await expect(box.locator('#ce-p1')).toHaveValue(String(ce.bad[0]));
      await box.locator('[data-preset="good"]').click();
      await expect(box.locator('[data-loss]')).toHaveText(f3(crossEntropy(ce.good, ce.label)));
      // Certainty in the wrong class: clipped, finite, flagged.
      await box.locator('#ce-p2').fill('1');
      await expect(box.locator('[data-loss]')).toHaveText(f3(crossEntropy([0, 1, 0], 0)));
      await expect(box.locator('[data-clip]')).toBeVisible();
    });

    test('the softmax bars and the plugged-in formula follow the logits', async ({ page }) => {
      const box = page.locator('[data-softmax-widget]');
      await box.scrollIntoViewIfNeeded();
      const check = async (z: number[]) => {
        const s = softmaxSteps(z);
        await expect(box.locator('[data-max]')).toHaveText(f3(s.max));
        await expect(box.locator('[data-sum]')).toHaveText(f3(s.sum));
        for (let i = 0; i < z.length; i++) {
          await expect(box.locator(`[data-prob="${i}"]`)).toHaveText(f3(s.probs[i]));
          await expect(box.locator(`[data-bar-label="${i}"]`)).toHaveText(f3(s.probs[i]));
          await expect(box.locator(`[data-shifted="${i}"]`)).toHaveText(f3(s.shifted[i]));
          await expect(box.locator(`[data-exp="${i}"]`)).toHaveText(f3(s.exps[i]));
          const width = Number(await box.locator(`[data-bar="${i}"]`).getAttribute('width'));
          expect(width / 190).toBeCloseTo(s.probs[i], 6);
        }
      };
      await check([...softmaxStart]);
      await box.locator('#sm-z3').fill('4');
      await check([softmaxStart[0], softmaxStart[1], 4]);
      await box.locator('input[type=range]').first().fill('-2');
      await check([-2, softmaxStart[1], 4]);
      await box.locator('[data-reset]').click();
      await check([...softmaxStart]);
    });

    test('the stability lab flags the textbook softmax’s NaN at [1000, 1001, 1002] while the stable one is right', async ({ page }) => {
      const box = page.locator('[data-stability-lab]');
      await box.scrollIntoViewIfNeeded();
      await expect(box.locator('[data-badge]')).toBeHidden();
      const small = softmax(labStart);
      for (let i = 0; i < 3; i++) {
        await expect(box.locator(`[data-naive-p="${i}"]`)).toHaveText(f4(softmaxNaive(labStart)[i]));
        await expect(box.locator(`[data-stable-p="${i}"]`)).toHaveText(f4(small[i]));
      }
      await box.locator('[data-preset]').click();
      const naive = softmaxNaive(stabilityLogits);
      const stable = softmaxSteps(stabilityLogits);
      await expect(box.locator('[data-badge]')).toBeVisible();
      await expect(box.locator('[data-badge]')).toContainText(`e^${stabilityLogits[0]} = ${formatNumber(Infinity)}`);
      await expect(box.locator('[data-badge]')).toContainText(formatNumber(NaN));
      await expect(box.locator('[data-naive]')).toHaveAttribute('data-state', 'failed');
      for (let i = 0; i < 3; i++) {
        await expect(box.locator(`[data-naive-p="${i}"]`)).toHaveText(formatNumber(naive[i]));
        await expect(box.locator(`[data-naive-p="${i}"]`)).toHaveClass(/fw-lab-nonfinite/);
        await expect(box.locator(`[data-naive-exp="${i}"]`)).toHaveText(formatNumber(Infinity));
        await expect(box.locator(`[data-stable-p="${i}"]`)).toHaveText(f4(stable.probs[i]));
        await expect(box.locator(`[data-shifted="${i}"]`)).toHaveText(f4(stable.shifted[i]));
        await expect(box.locator(`[data-exp="${i}"]`)).toHaveText(f4(stable.exps[i]));
      }
      await expect(box.locator('[data-max]')).toHaveText(f4(stable.max));
      await expect(box.locator('[data-stable-total]')).toHaveText('1');
      expect(await box.locator('[data-stable]').textContent()).not.toContain('NaN');
    });

    test('pushing the logits up breaks the textbook softmax exactly when e^z overflows', async ({ page }) => {
      const box = page.locator('[data-stability-lab]');
      await box.scrollIntoViewIfNeeded();
      const push = box.locator('[data-push]');
      let z = [...labStart];
      for (let k = 0; k < 10; k++) {
        await push.click();
        z = z.map((v) => v + 100);
        const failed = softmaxNaive(z).some((p) => !Number.isFinite(p));
        await expect(box.locator('#lab-z3')).toHaveValue(String(z[2]));
        if (failed) await expect(box.locator('[data-badge]')).toBeVisible();
        else await expect(box.locator('[data-badge]')).toBeHidden();
        const stable = softmax(z);
        for (let i = 0; i < 3; i++) await expect(box.locator(`[data-stable-p="${i}"]`)).toHaveText(f4(stable[i]));
      }
      // Very negative logits underflow instead: every e^z is 0, and 0 / 0 is flagged too.
      for (const i of [1, 2, 3]) await box.locator(`#lab-z${i}`).fill(String(-1000 - i));
      await expect(box.locator('[data-badge]')).toBeVisible();
      const low = softmax([-1001, -1002, -1003]);
      for (let i = 0; i < 3; i++) await expect(box.locator(`[data-stable-p="${i}"]`)).toHaveText(f4(low[i]));
      await box.locator('[data-reset]').click();
      await expect(box.locator('[data-badge]')).toBeHidden();
    });

    test('every widget field rejects bad input with a message, keeps its last value and never shows NaN', async ({ page }) => {
      const cases: [string, string, Locator][] = [
        ['[data-mse-widget]', '#mse-w', page.locator('[data-mse]')],
        ['[data-ce-widget]', '#ce-p1', page.locator('[data-ce-widget] [data-loss]')],
        ['[data-softmax-widget]', '#sm-z1', page.locator('[data-prob="0"]')],
        ['[data-stability-lab]', '#lab-z1', page.locator('[data-stable-p="0"]')],
      ];
      for (const [widgetSel, fieldSel, output] of cases) {
        const box = page.locator(widgetSel);
        await box.scrollIntoViewIfNeeded();
        const before = await output.textContent();
        const field = box.locator(fieldSel);
        const message = box.locator(`${fieldSel}-msg`);
        for (const bad of badValues) {
          await field.fill(bad);
          await expect(message, `${fieldSel} ← "${bad}"`).not.toBeEmpty();
          // The message says what to type, without naming NaN or Infinity.
          await expect(message).not.toContainText(/\b(NaN|Infinity)\b/);
          await expect(field).toHaveAttribute('aria-invalid', 'true');
          await expect(output).toHaveText(before!);
          expect(await shownText(box)).not.toContain('NaN');
        }
      }
    });

    test('the exercises grade right and wrong answers', async ({ page }) => {
      const ex = [
        ['ex-ce-second', crossEntropy(ce.bad, 1)],
        ['ex-stable-p3', softmaxSteps(exLogits).probs[2]],
        ['ex-mse-start', lineLoss(mseExercise.w, mseExercise.b)],
      ] as const;
      for (const [id, answer] of ex) {
        // The hint and the worked solution are both there, folded away until the reader opens them.
        await expect(page.locator(`section:has(#${id}-q) details`)).toHaveCount(2);
        await expectExerciseGrades(page, id, answer);
      }
    });

    test('a reader can work the stable-softmax and MSE exercises out with the lab and the widget', async ({ page }) => {
      // The lab, given the exercise's logits, shows the third class's probability.
      const lab = page.locator('[data-stability-lab]');
      await lab.scrollIntoViewIfNeeded();
      for (let i = 0; i < exLogits.length; i++) await lab.locator(`#lab-z${i + 1}`).fill(String(exLogits[i]));
      await expect(lab.locator('[data-stable-p="2"]')).toHaveText(f4(softmaxSteps(exLogits).probs[2]));
      // The MSE widget, set to the exercise's line, shows its loss.
      const box = page.locator('[data-mse-widget]');
      await box.scrollIntoViewIfNeeded();
      await box.locator('#mse-w').fill(String(mseExercise.w));
      await box.locator('#mse-b').fill(String(mseExercise.b));
      await expect(box.locator('[data-mse]')).toHaveText(f3(lineLoss(mseExercise.w, mseExercise.b)));
    });
  });
}

// Helpers

/** A widget's visible text, without the fields' own error messages (checked on their own). */
async function shownText(box: Locator): Promise<string> {
  return box.evaluate((el) => {
    const messages = [...el.querySelectorAll<HTMLElement>('[data-message]')];
    messages.forEach((m) => { m.style.display = 'none'; });
    const text = (el as HTMLElement).innerText;
    messages.forEach((m) => { m.style.display = ''; });
    return text;
  });
}
