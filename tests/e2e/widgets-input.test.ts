// Widgets take what readers type and never lose a first touch. Typing is judged when the reader
// pauses or leaves a field, not mid-number; fractions, full-width digits and signs, the Unicode minus
// and a decimal comma are numbers; a click or a value typed before a widget's script runs counts.
// Both locales, at phone and desktop width. Every expected number comes from the library.
import { expect, test, type Page } from '@playwright/test';
import { formatNumber, neuron } from '../../src/forward/index.ts';
import { weatherNeuron } from '../../src/chapters/examples.ts';
import { ui } from '../../components/kit/messages.ts';
import { locales } from './site.ts';

const f = (x: number) => formatNumber(x);
const widths = [360, 1280];

/** The explorer's z line for weights w (inputs and bias at their defaults, sample 0). */
function zLine(w: number[]): string {
  const { bias: b, samples } = weatherNeuron;
  const x = samples[0].x;
  const { z } = neuron(w, b, x, 'sigmoid');
  const term = (v: number, first: boolean) => (first ? (v < 0 ? `−${f(-v)}` : f(v)) : v < 0 ? ` − ${f(-v)}` : ` + ${f(v)}`);
  const factor = (v: number) => (v < 0 ? `(${f(v)})` : f(v));
  return `z = ${w.map((wi, i) => `${term(wi, i === 0)} × ${factor(x[i])}`).join('')}${term(b, false)} = ${f(z)}`;
}

async function openExplorer(page: Page, locale: string) {
  await page.goto(`${locale}/neuron/`);
  const root = page.locator('[data-neuron-explorer]');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

for (const locale of locales) {
  const messages = ui(locale);
  for (const width of widths) {
    test.describe(`number typing (${locale}, ${width} px)`, () => {
      test.use({ viewport: { width, height: 800 } });

      test('a field is not judged mid-number: "-" alone waits for the reader to leave the field', async ({ page }) => {
        const root = await openExplorer(page, locale);
        const field = page.locator('#nx-w1');
        // Synchronously after a key press that leaves no number, nothing is flagged
        // (one key typed after the number: '0.7' becomes '0.7a').
        const flaggedAtOnce = await field.evaluate((el: HTMLInputElement) => {
          el.value += 'a';
          el.dispatchEvent(new Event('input', { bubbles: true }));
          return el.getAttribute('aria-invalid');
        });
        expect(flaggedAtOnce).not.toBe('true');
        // After a pause it is.
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(root.locator('#nx-w1-msg')).toContainText(messages.notNumber(`${weatherNeuron.weights[0]}a`));
        // The start of a negative number is not an error while the reader is typing it…
        await field.fill('');
        await field.pressSequentially('-');
        await page.waitForTimeout(900);
        await expect(field).toHaveAttribute('aria-invalid', 'false');
        await expect(root.locator('#nx-w1-msg')).toHaveText('');
        // …and finishing it gives the number.
        await field.pressSequentially('0.25');
        const w = [-0.25, weatherNeuron.weights[1], weatherNeuron.weights[2]];
        await expect(root.locator('[data-formula-z]')).toHaveText(zLine(w));
        // Left unfinished, it is judged when the reader leaves the field.
        await field.fill('-');
        await field.press('Tab');
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(root.locator('[data-formula-z]')).toHaveText(zLine(w));
      });

      test('fractions, full-width digits and signs, the Unicode minus and a decimal comma are read as numbers', async ({ page }) => {
        const root = await openExplorer(page, locale);
        const field = page.locator('#nx-w1');
        const rest = [weatherNeuron.weights[1], weatherNeuron.weights[2]];
        for (const [typed, value] of [['1/4', 0.25], ['０.４', 0.4], ['－０.５', -0.5], ['−0.3', -0.3], ['0,6', 0.6], ['-2/5', -0.4]] as const) {
          await field.fill(typed);
          await expect(root.locator('[data-formula-z]'), typed).toHaveText(zLine([value, ...rest]));
          await expect(field).toHaveAttribute('aria-invalid', 'false');
        }
      });

      test('what cannot be read as one number is refused with a message that says why', async ({ page }) => {
        const root = await openExplorer(page, locale);
        const field = page.locator('#nx-w1');
        for (const [typed, message] of [['1,000', messages.ambiguousComma('1,000')], ['1/0', messages.zeroDenominator], ['1e308', messages.outOfRange('-100', '100')]] as const) {
          await field.fill(typed);
          await field.press('Tab');
          await expect(root.locator('#nx-w1-msg'), typed).toContainText(message);
          await expect(root.locator('[data-formula-z]')).not.toContainText('NaN');
        }
      });

      test('every widget number field lets a phone type a minus sign (no decimal-only keypad)', async ({ page }) => {
        for (const path of ['neuron/', 'network/', 'loss/', 'pitfalls/', 'approximation/', 'rules-to-learning/']) {
          await page.goto(`${locale}/${path}`);
          const modes = await page.locator('[data-number-field] input[type=text]').evaluateAll((els) => els.map((el) => el.getAttribute('inputmode')));
          expect(modes.length, path).toBeGreaterThan(0);
          for (const mode of modes) expect(['decimal', 'numeric']).not.toContain(mode);
        }
      });
    });
  }

  test.describe(`the first touch (${locale})`, () => {
    test('a click made while the CPU is 4× slower, right after scrolling to a widget, takes effect', async ({ page }) => {
      await page.goto(`${locale}/neuron/`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const root = page.locator('[data-neuron-explorer]');
      const sample = root.locator('[data-sample]').nth(2);
      await sample.scrollIntoViewIfNeeded();
      await sample.click();
      const x = weatherNeuron.samples[2].x;
      for (let i = 0; i < x.length; i++) await expect(page.locator(`#nx-x${i + 1}`)).toHaveValue(String(x[i]));
      const { z } = neuron(weatherNeuron.weights, weatherNeuron.bias, x, 'sigmoid');
      await expect(root.locator('[data-z]')).toHaveText(f(z));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    });

    test('a key press on a step button before the widget started takes effect', async ({ page }) => {
      await page.goto(`${locale}/network/`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const root = page.locator('[data-network221]');
      const next = root.locator('[data-next]');
      await next.scrollIntoViewIfNeeded();
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(root.locator('[data-step]').nth(1)).toBeVisible();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    });

    test('a value typed before the script runs is judged like any other: 1e308 gives a message, never NaN', async ({ page }) => {
      const held: Array<() => void> = [];
      let holding = false;
      await page.route('**/_astro/**/*.js', async (route) => {
        if (!holding) return route.continue();
        await new Promise<void>((resolve) => held.push(resolve));
        await route.continue();
      });
      await page.goto(`${locale}/neuron/`, { waitUntil: 'load' });
      holding = true;
      const root = page.locator('[data-neuron-explorer]');
      const field = page.locator('#nx-w1');
      await field.scrollIntoViewIfNeeded();
      await field.fill('1e308');
      await expect(root).not.toHaveAttribute('data-ready', 'true');
      holding = false;
      for (const release of held.splice(0)) release();
      await expect(root).toHaveAttribute('data-ready', 'true');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(root.locator('#nx-w1-msg')).toContainText(messages.outOfRange('-100', '100'));
      await expect(root.locator('[data-formula-z]')).toHaveText(zLine([...weatherNeuron.weights]));
      await expect(root).not.toContainText('NaN');
    });
  });
}
