// The "approximation" chapter (approximating functions): the widget's network, errors and table are the library's,
// and the error falls as the number of hidden units grows, for every target.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectExerciseGrades } from './exercise.ts';
import { fitReluInterpolant, formatVector, forward, maxError, meanAbsError } from '../../src/forward/index.ts';
import {
  DOMAIN, START_UNITS, TABLE_UNITS, errorText, makeTarget, starterPoints, sortPoints, targetFunctions, type Point, type TargetId,
} from '../../components/approximation-widget/model.ts';
import { pathOf } from '../../components/approximation-widget/draw.ts';
import { chapterNumber } from '../../src/chapters/index.ts';
import { badValues, locales } from './site.ts';

import { strings } from '../../components/approximation-widget/strings.ts';

/** An error as the widget shows it in `locale`: 3 digits, or 0 with its tolerance when it is rounding. */
const shownIn = (locale: string) => (v: number) => errorText(v, strings(locale).zeroUpTo);

/** The errors the library gives for a target and N, computed here from the library's own functions. */
function errors(id: TargetId, n: number, points: Point[] = starterPoints()): { max: number; mean: number } {
  let fn: (x: number) => number;
  let domain: [number, number];
  if (id === 'points') {
    const sorted = sortPoints(points);
    const through = fitReluInterpolant(sorted, sorted.length - 1, DOMAIN).net;
    fn = (x) => forward(through, [x])[0];
    domain = [sorted[0][0], sorted[sorted.length - 1][0]];
  } else {
    fn = targetFunctions[id];
    domain = DOMAIN;
  }
  const { net } = fitReluInterpolant(fn, n, domain);
  return { max: maxError(net, fn, domain), mean: meanAbsError(net, fn, domain) };
}

async function open(page: Page, locale: string): Promise<Locator> {
  await page.goto(`${locale}/approximation/`);
  const root = page.locator('[data-approximation]');
  await root.scrollIntoViewIfNeeded();
  return root;
}

async function tableColumn(root: Locator, name: 'table-max' | 'table-mean'): Promise<string[]> {
  return (await root.locator(`[data-out="${name}"]`).allTextContents()).map((t) => t.trim());
}

for (const locale of locales) {
  const f = shownIn(locale);
  test.describe(`chapter ${chapterNumber('approximation')} in ${locale}`, () => {
    test('the first paint shows sin x with the library network, its errors and the error table', async ({ page }) => {
      const root = await open(page, locale);
      const start = errors('sin', START_UNITS);
      await expect(root.locator('[data-out="max"]')).toHaveText(f(start.max));
      await expect(root.locator('[data-out="mean"]')).toHaveText(f(start.mean));
      expect(await tableColumn(root, 'table-max')).toEqual(TABLE_UNITS.map((n) => f(errors('sin', n).max)));
      expect(await tableColumn(root, 'table-mean')).toEqual(TABLE_UNITS.map((n) => f(errors('sin', n).mean)));
      const sin = makeTarget('sin', [])!;
      const { net, knots } = fitReluInterpolant(Math.sin, START_UNITS, DOMAIN);
      const curve = knots.map((k) => [k, forward(net, [k])[0]] as Point);
      await expect(root.locator('[data-path="net"]')).toHaveAttribute('d', pathOf(curve));
      expect(sin.domain).toEqual(DOMAIN);
    });

    for (const id of ['sin', 'abs', 'step'] as const) {
      test(`the error for ${id} falls as N grows and matches the library at every N`, async ({ page }) => {
        const root = await open(page, locale);
        await root.locator(`input[name="ap-target"][value="${id}"]`).check();
        const small = errors(id, 1);
        const large = errors(id, 64);
        // Every target: the mean error falls from 1 to 64 units; for sin and |x| the largest error too.
        expect(large.mean).toBeLessThan(small.mean);
        if (id !== 'step') expect(large.max).toBeLessThan(small.max);
        for (const n of [1, 3, 16, 64]) {
          await root.locator('#ap-n').fill(String(n));
          await expect(root.locator('[data-out="max"]')).toHaveText(f(errors(id, n).max));
          await expect(root.locator('[data-out="mean"]')).toHaveText(f(errors(id, n).mean));
        }
        const means = TABLE_UNITS.map((n) => errors(id, n).mean);
        await expect.poll(() => tableColumn(root, 'table-mean')).toEqual(means.map(f));
        for (let i = 2; i < means.length; i++) expect(means[i]).toBeLessThanOrEqual(means[i - 1]);
      });
    }

    test('placed points become the target, by click or by the x and y fields, and their error falls with N', async ({ page }) => {
      const root = await open(page, locale);
      await root.locator('input[name="ap-target"][value="points"]').check();
      await expect(root).toHaveAttribute('data-ready', 'true');
      const starter = starterPoints();
      await expect.poll(() => tableColumn(root, 'table-mean')).toEqual(TABLE_UNITS.map((n) => f(errors('points', n, starter).mean)));
      expect(errors('points', 64, starter).mean).toBeLessThan(errors('points', 1, starter).mean);

      await root.getByRole('button', { name: locale === 'en' ? 'Clear points' : '清除所有点' }).click();
      await expect(root.locator('[data-out="max"]')).toHaveText('—');
      await expect(root.locator('[data-out="status"]')).not.toBeEmpty();

      // Keyboard route: type x and y, press "Add point".
      const typed: Point[] = [[-2.5, 0], [-1, 2], [0.5, -1], [2, 1.5], [2.8, 0.5]];
      const add = root.locator('[data-action="add"]');
      for (const [x, y] of typed) {
        await root.locator('#ap-x').fill(String(x));
        await root.locator('#ap-y').fill(String(y));
        await add.click();
      }
      for (const n of [1, 4, 64]) {
        await root.locator('#ap-n').fill(String(n));
        await expect(root.locator('[data-out="mean"]')).toHaveText(f(errors('points', n, typed).mean));
      }
      expect(errors('points', 64, typed).mean).toBeLessThan(errors('points', 1, typed).mean);
      await expect.poll(() => tableColumn(root, 'table-max')).toEqual(TABLE_UNITS.map((n) => f(errors('points', n, typed).max)));

      // Same x twice is refused with a message.
      await root.locator('#ap-x').fill('-1');
      await add.click();
      await expect(root.locator('[data-out="status"]')).toHaveText(locale === 'en' ? /already/ : /已经有/);

      // Pointer route: a click in the plot adds one point and switches to the points target.
      await root.locator('input[name="ap-target"][value="sin"]').check();
      const box = (await root.locator('[data-plot]').boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.3);
      await expect(root.locator('input[name="ap-target"][value="points"]')).toBeChecked();
      await expect(root.locator('[data-out="status"]')).toContainText(String(typed.length + 1));
      await expect(root.locator('[data-path="points"]')).not.toHaveAttribute('d', '');
    });

    test('the number fields reject bad input with a message and never show NaN', async ({ page }) => {
      const root = await open(page, locale);
      for (const field of ['#ap-n', '#ap-x', '#ap-y']) {
        const before = await root.locator('[data-out="max"]').innerText();
        for (const bad of badValues) {
          await root.locator(field).fill(bad);
          await expect(root.locator(field)).toHaveAttribute('aria-invalid', 'true');
          await expect(root.locator(`${field}-msg`)).not.toBeEmpty();
          await expect(root.locator(`${field}-msg`)).not.toContainText(/\b(NaN|Infinity)\b/);
          await expect(root.locator('[data-out="max"]')).toHaveText(before);
          for (const shown of await root.locator('[data-out]').allTextContents()) expect(shown).not.toContain('NaN');
        }
      }
      // A fractional N is rounded to whole units, with a note.
      await root.locator('#ap-n').fill('7.6');
      await expect(root.locator('[data-out="max"]')).toHaveText(f(errors('sin', 8).max));
      await expect(root.locator('[data-out="note"]')).toContainText('8');
    });

    test('the exercises accept the right answers and reject wrong ones', async ({ page }) => {
      await page.goto(`${locale}/approximation/`);
      const five = starterPoints().slice(0, 5);
      const abs = fitReluInterpolant(Math.abs, 2, [-1, 1]);
      const answers: [string, number][] = [
        ['ex-sin-units', errors('sin', 12).max],
        ['ex-five-points', fitReluInterpolant(sortPoints(five), five.length - 1, DOMAIN).net.layers[0].W.length],
        ['ex-abs-weight', abs.net.layers[1].W[0][1]],
      ];
      for (const [id, answer] of answers) await expectExerciseGrades(page, id, answer, 1);
      await expect(page.locator('main')).toContainText(formatVector(abs.knots));
    });
  });
}
