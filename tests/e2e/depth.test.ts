// The depth chapter: the depth lab switches initialisation and activation and shows the library's
// spread; the prose table and the exercises. Both locales; expected numbers computed here.
import { expect, test } from '@playwright/test';
import { formatNumber } from '../../src/forward/index.ts';
import { DEFAULT_ACTIVATION, DEFAULT_INIT, DEPTH, depthSpreads, exFanIn, exFanOut, exLayer, verdict } from '../../src/chapters/depth.ts';
import { strings } from '../../components/depth-lab/strings.ts';
import { ui } from '../../components/kit/messages.ts';
import { expectExerciseGrades } from './exercise.ts';
import { locales } from './site.ts';
import { startAll, widgetAxeTests } from './widget-axe.ts';

const f = (v: number) => formatNumber(v, 2);

for (const locale of locales) {
  test.describe(`depth (${locale})`, () => {
    const path = `${locale}/depth/`;
    test.beforeEach(async ({ page }) => { await page.goto(path); });

    test('the depth lab shows the library’s spread, first the default and then He with ReLU and large with tanh', async ({ page }) => {
      const lab = page.locator('[data-depth-lab]');
      const stds = lab.locator('[data-part="std"]');
      const expectStds = async (init: 'zeros' | 'small' | 'xavier' | 'he' | 'large', act: 'tanh' | 'sigmoid' | 'relu') => {
        const s = depthSpreads(init, act);
        await expect(stds).toHaveText(s.map((x) => f(x.std)));
        const v = verdict(s);
        await expect(lab.locator('[data-out="verdict"]')).toHaveText(ui(locale).sentences(strings(locale).verdict[v], strings(locale).summary(f(s[1].std), f(s[DEPTH].std))));
        return v;
      };
      expect(await expectStds(DEFAULT_INIT, DEFAULT_ACTIVATION)).toBe('dead'); // rendered at build time
      await startAll(page, ['[data-depth-lab]']);
      await lab.locator('input[value="he"]').check();
      await lab.locator('input[value="relu"]').check();
      expect(await expectStds('he', 'relu')).toBe('steady');
      await lab.locator('input[value="large"]').check();
      expect(await expectStds('large', 'relu')).toBe('growing');
      // The radio groups work from the keyboard.
      await lab.locator('input[value="relu"]').focus();
      await page.keyboard.press('ArrowLeft'); // → sigmoid
      await page.keyboard.press('ArrowLeft'); // → tanh
      expect(await expectStds('large', 'tanh')).toBe('saturated');
      await expect(lab).not.toContainText('NaN');
    });

    test('the prose table shows the std after layers 1 and 10 for every combination', async ({ page }) => {
      const cell = page.locator('main tr[data-init="xavier"] td[data-cell="relu"]');
      const s = depthSpreads('xavier', 'relu');
      await expect(cell).toHaveText(`${f(s[1].std)} → ${f(s[DEPTH].std)}`);
      await expect(page.locator('main tbody tr[data-init]')).toHaveCount(5);
      await expect(page.locator('main a[href="../pitfalls/#5-starting-every-weight-at-zero"], main a[href="../pitfalls/#5-所有权重都从零开始"]')).toHaveCount(1);
    });

    test('the exercises grade right and wrong answers', async ({ page }) => {
      // He with ReLU, read off the lab halfway down (the row the table does not show).
      const he = depthSpreads('he', 'relu')[exLayer].std;
      await expectExerciseGrades(page, 'ex-he-relu', he, 0.1);
      // The lab's two-digit reading is marked right too.
      await page.locator('#ex-he-relu-input').fill(f(he));
      await page.locator('#ex-he-relu-input').press('Enter');
      await expect(page.locator('#ex-he-relu-result')).toHaveAttribute('data-state', 'correct');
      await expect(page.locator('section:has(#ex-gain-q) details')).toHaveCount(2);
      await expect(page.locator('section:has(#ex-he-relu-q) details')).toHaveCount(2);
      // Xavier on the exercise's non-square layer: n_in · 2/(n_in + n_out).
      await expectExerciseGrades(page, 'ex-gain', (exFanIn * 2) / (exFanIn + exFanOut), 0.5);
    });

    widgetAxeTests(path, ['[data-depth-lab]']);
  });
}
