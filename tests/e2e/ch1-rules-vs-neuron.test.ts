// The "rules-to-learning" chapter: rules versus a neuron. Scores are computed here with the library's neuron().
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatNumber, neuron } from '../../src/forward/index.ts';
import { features, givenWeights, mailSets, threshold } from '../../components/rules-vs-neuron/model.ts';
import { chapterNumber } from '../../src/chapters/index.ts';
import { badValues, locales } from './site.ts';


for (const lang of locales) {
  test.describe(`chapter ${chapterNumber('rules-to-learning')} (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`${lang}/rules-to-learning/`);
      await widget(page).scrollIntoViewIfNeeded();
      await expect(widget(page)).toHaveAttribute('data-ready', 'true');
    });

    test('the neuron scores every message as the library computes it', async ({ page }) => {
      const set = mailSets[lang];
      const { weights, bias } = givenWeights;
      const scores = widget(page).locator('[data-score]');
      await expect(scores).toHaveCount(set.mails.length);
      for (const [i, mail] of set.mails.entries()) {
        await expect(scores.nth(i)).toHaveText(formatNumber(neuron(weights, bias, features(mail, set), 'sigmoid').a, 3));
      }
    });

    test('the default keyword rules flag the real bank notice and miss the reworded scam', async ({ page }) => {
      const rules = widget(page).locator('[data-rules-verdict]');
      await expect(rules.nth(1)).toHaveAttribute('data-state', 'bad'); // the bank notice
      await expect(rules.nth(2)).toHaveAttribute('data-state', 'bad'); // the parcel scam
      await expect(widget(page).locator('[data-neuron-verdict][data-state="bad"]')).toHaveCount(0);
    });

    test('toggling a rule changes the rule verdicts and the summary', async ({ page }) => {
      const w = widget(page);
      const summary = await w.locator('[data-summary]').innerText();
      await w.locator('input[value="link"]').check();
      await expect(w.locator('[data-rules-verdict]').nth(2)).toHaveAttribute('data-state', 'ok');
      await expect(w.locator('[data-rules-verdict]').nth(4)).toHaveAttribute('data-state', 'bad'); // the newsletter
      await expect(w.locator('[data-summary]')).not.toHaveText(summary);
      await w.locator('input[value="link"]').press('Space');
      await expect(w.locator('[data-summary]')).toHaveText(summary);
    });

    test('moving a weight changes the scores to the library values, gradually', async ({ page }) => {
      const set = mailSets[lang];
      const weights: number[] = [...givenWeights.weights];
      weights[1] = -0.5;
      await page.locator('#rvn-w1').fill('-0.5');
      const scores = widget(page).locator('[data-score]');
      const verdicts = widget(page).locator('[data-neuron-verdict]');
      for (const [i, mail] of set.mails.entries()) {
        const score = neuron(weights, givenWeights.bias, features(mail, set), 'sigmoid').a;
        await expect(scores.nth(i)).toHaveText(formatNumber(score, 3));
        await expect(verdicts.nth(i)).toHaveAttribute('data-state', (score >= threshold) === mail.spam ? 'ok' : 'bad');
      }
      await widget(page).locator('[data-reset]').click();
      await expect(widget(page).locator('[data-neuron-verdict][data-state="bad"]')).toHaveCount(0);
    });

    test('every weight field rejects bad values with a message and keeps the last good scores', async ({ page }) => {
      const before = await widget(page).locator('[data-score]').allInnerTexts();
      for (const id of ['rvn-w0', 'rvn-w1', 'rvn-w2', 'rvn-w3', 'rvn-b']) {
        const input = page.locator(`#${id}`);
        const original = await input.inputValue();
        for (const bad of badValues) {
          await input.fill(bad);
          await expect(page.locator(`#${id}-msg`)).not.toBeEmpty();
        }
        expect(await widget(page).locator('[data-score]').allInnerTexts()).toEqual(before);
        await input.fill(original);
      }
      await expect(widget(page)).not.toContainText('NaN');
    });
  });
}

// Helpers

function widget(page: Page): Locator {
  return page.locator('[data-rules-vs-neuron]');
}
