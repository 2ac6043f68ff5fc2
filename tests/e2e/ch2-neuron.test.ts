// The "neuron" chapter: the neuron explorer, the activation gallery, the link to the collapse of linear layers, cells and
// exercises. Every expected number is computed here with the library.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { activationNames, collapseLinear, formatNumber, forward, getActivation, neuron, relu, sigmoid, type ActivationName } from '../../src/forward/index.ts';
import { example221, weatherNeuron } from '../../src/chapters/examples.ts';
import { chapterNumber } from '../../src/chapters/index.ts';
import { exDay } from '../../src/chapters/neuron.ts';
import { badValues, locales } from './site.ts';

const f = (x: number) => formatNumber(x);
const galleryNames: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'gelu'];

for (const locale of locales) {
  test.describe(`chapter ${chapterNumber('neuron')} (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`${locale}/neuron/`);
    });

    test('the neuron explorer starts on the weather example with its formula and output', async ({ page }) => {
      const { weights: w, bias: b, samples } = weatherNeuron;
      const x = samples[0].x;
      const { z, a } = neuron(w, b, x, 'sigmoid');
      const e = explorer(page);
      await ready(e);
      await expect(e.locator('[data-formula-z]')).toHaveText(
        `z = ${f(w[0])} × ${f(x[0])} + ${f(w[1])} × ${f(x[1])} − ${f(-w[2])} × ${f(x[2])} + ${f(b)} = ${f(z)}`);
      await expect(e.locator('[data-formula-a]')).toHaveText(`a = σ(z) = σ(${f(z)}) = ${f(a)}`);
    });

    test('the explorer formula and output follow its fields and the activation picker', async ({ page }) => {
      const e = explorer(page);
      await ready(e);
      const w = [...weatherNeuron.weights];
      const x = [...weatherNeuron.samples[0].x];
      let b: number = weatherNeuron.bias;
      w[0] = -0.45;
      await page.locator('#nx-w1').fill('-0.45');
      x[2] = 30;
      await page.locator('#nx-x3').fill('30');
      b = 0.35;
      await page.locator('#nx-b').fill('0.35');
      let { z, a } = neuron(w, b, x, 'sigmoid');
      await expect(e.locator('[data-formula-z]')).toHaveText(
        `z = −${f(-w[0])} × ${f(x[0])} + ${f(w[1])} × ${f(x[1])} − ${f(-w[2])} × ${f(x[2])} + ${f(b)} = ${f(z)}`);
      await expect(e.locator('[data-a]')).toHaveText(f(a));
      for (const name of activationNames) {
        await e.locator('select').selectOption(name);
        ({ z, a } = neuron(w, b, x, name));
        await expect(e.locator('[data-z]')).toHaveText(f(z));
        await expect(e.locator('[data-a]'), name).toHaveText(f(a));
      }
      // The slider moves the same value.
      await e.locator('select').selectOption('relu');
      const slider = e.locator('[data-name="w1"] input[type="range"]');
      await slider.fill('0.5');
      w[1] = 0.5;
      ({ z, a } = neuron(w, b, x, 'relu'));
      await expect(page.locator('#nx-w2')).toHaveValue('0.5');
      await expect(e.locator('[data-a]')).toHaveText(f(a));
    });

    test('the example-day buttons load their inputs and Reset restores the start', async ({ page }) => {
      const e = explorer(page);
      await ready(e);
      const { weights: w, bias: b, samples } = weatherNeuron;
      await e.locator('[data-sample]').nth(2).click();
      await expect(page.locator('#nx-x3')).toHaveValue(String(samples[2].x[2]));
      await expect(e.locator('[data-z]')).toHaveText(f(neuron(w, b, samples[2].x).z));
      await e.locator('select').selectOption('tanh');
      await e.locator('[data-reset]').click();
      await expect(e.locator('select')).toHaveValue('sigmoid');
      await expect(e.locator('[data-a]')).toHaveText(f(neuron(w, b, samples[0].x, 'sigmoid').a));
    });

    test('every explorer field rejects bad values with a message and keeps the last good numbers', async ({ page }) => {
      const e = explorer(page);
      await ready(e);
      const good = await e.locator('[data-formula-z]').innerText();
      for (const id of ['nx-x1', 'nx-x2', 'nx-x3', 'nx-w1', 'nx-w2', 'nx-w3', 'nx-b']) {
        const input = page.locator(`#${id}`);
        const original = await input.inputValue();
        for (const bad of badValues) {
          await input.fill(bad);
          await expect(page.locator(`#${id}-msg`), `${id} = ${JSON.stringify(bad)}`).not.toBeEmpty();
          await expect(e.locator('[data-formula-z]')).toHaveText(good);
        }
        await input.fill(original);
        await expect(page.locator(`#${id}-msg`)).toBeEmpty();
      }
      await expect(e).not.toContainText('NaN');
    });

    test('the activation gallery probe shows f(x) and f′(x) from the library', async ({ page }) => {
      const g = gallery(page);
      await ready(g);
      for (const x of [1, -1.3, 2.75, 0]) {
        await page.locator('#gallery-x').fill(String(x));
        for (const name of galleryNames) {
          const card = g.locator(`[data-card="${name}"]`);
          const act = getActivation(name);
          await expect(card.locator('[data-f]'), `${name}(${x})`).toHaveText(f(act.f(x)));
          await expect(card.locator('[data-df]'), `${name}′(${x})`).toHaveText(f(act.df(x)));
          await expect(card.locator('[data-x]').first()).toHaveText(f(x));
        }
      }
      await g.locator('input[type="range"]').fill('-2.5');
      await expect(g.locator('[data-card="tanh"] [data-f]')).toHaveText(f(getActivation('tanh').f(-2.5)));
      await page.locator('#gallery-x').fill('12');
      await expect(g.locator('[data-off]')).toBeVisible();
      await expect(g.locator('[data-card="gelu"] [data-f]')).toHaveText(f(getActivation('gelu').f(12)));
    });

    test('the gallery probe rejects bad values and keeps the last good readings', async ({ page }) => {
      const g = gallery(page);
      await ready(g);
      await page.locator('#gallery-x').fill('0.5');
      for (const bad of badValues) {
        await page.locator('#gallery-x').fill(bad);
        await expect(page.locator('#gallery-x-msg')).not.toBeEmpty();
        await expect(g.locator('[data-card="sigmoid"] [data-f]')).toHaveText(f(sigmoid(0.5)));
      }
      await expect(g).not.toContainText('NaN');
    });

    test('the collapse of linear layers is stated and linked to its one home, pitfall 1', async ({ page }) => {
      const link = page.locator('main a[href*="../pitfalls/#1-"], main a[href*="/pitfalls/#1-"]');
      await expect(link).toHaveCount(1);
      await expect(link).toContainText(String(chapterNumber('pitfalls')));
      await link.click();
      await expect(page).toHaveURL(/\/pitfalls\/#1-/);
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${target}"]`)).toBeVisible();
    });

    test('the code cells evaluate each activation through the library', async ({ page }) => {
      const first = page.locator('.nb-output').first();
      const x = -1.5;
      for (const name of galleryNames) await expect(first).toContainText(`${name}: "${f(getActivation(name).f(x))}"`);
      const second = page.locator('.nb-output').nth(1);
      for (const name of activationNames) {
        const { f: fn, df } = getActivation(name);
        await expect(second).toContainText(`${name}: f(2) = ${f(fn(2))}, f'(2) = ${f(df(2))}`);
      }
    });

    test('the exercises grade a right and a wrong answer', async ({ page }) => {
      const { weights: w, bias: b, samples } = weatherNeuron;
      await gradeExercises(page, {
        'ex-neuron-z': neuron(w, b, exDay.x).z,
        'ex-neuron-sigmoid': sigmoid(-1),
        'ex-neuron-relu': relu(neuron(w, b, samples[2].x).z - 0.7),
      });
    });
  });
}

// Helpers

/** Scrolls a widget into view and waits until its script has bound the fields. */
async function ready(widget: Locator) {
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-ready', 'true');
}

function explorer(page: Page): Locator {
  return page.locator('[data-neuron-explorer]');
}

function gallery(page: Page): Locator {
  return page.locator('[data-activation-gallery]');
}

async function gradeExercises(page: Page, answers: Record<string, number>) {
  for (const [id, answer] of Object.entries(answers)) {
    const box = page.locator(`section[data-exercise]:has(#${id}-input)`);
    expect(Number(await box.getAttribute('data-answer'))).toBeCloseTo(answer, 12);
    const input = page.locator(`#${id}-input`);
    const result = page.locator(`#${id}-result`);
    await input.fill(String(answer + 1));
    await box.locator('button[type="submit"]').click();
    await expect(result).toHaveAttribute('data-state', 'incorrect');
    await input.fill(formatNumber(answer, 6));
    await box.locator('button[type="submit"]').click();
    await expect(result).toHaveAttribute('data-state', 'correct');
  }
}
