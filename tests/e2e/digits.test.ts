// The digits chapter: the reader's digit is read by the library's forward pass in the browser, with
// the same numbers the library gives in Node; drawing, the empty canvas, keyboard use and axe.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './axe.ts';
import { holdScripts } from './site.ts';
import { formatNumber } from '../../src/forward/index.ts';
import { digitFacts, digitNetwork, digitTests, testImage } from '../../src/chapters/digits.ts';
import { read } from '../../components/digit-reader/model.ts';
import { digitText } from '../../components/digit-reader/strings.ts';

const locales = ['en', 'zh-cn'] as const;
const f = (v: number) => formatNumber(v, 3);
const net = digitNetwork();
const tests = digitTests();

async function open(page: Page, locale: string): Promise<Locator> {
  await page.goto(`${locale}/digits/`);
  const root = page.locator('[data-digit-reader]');
  await root.scrollIntoViewIfNeeded();
  // Heavy, so it starts on the reader's first touch, not on coming near: a focus on its first button.
  await expect(root).not.toHaveAttribute('data-ready', 'true');
  await root.locator('button').first().focus();
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

/** Draws polylines given in [0, 1]² of the drawing box with the mouse. */
async function draw(page: Page, root: Locator, strokes: [number, number][][]): Promise<void> {
  await root.locator('[data-pad]').scrollIntoViewIfNeeded();
  const box = (await root.locator('[data-pad]').boundingBox())!;
  for (const stroke of strokes) {
    const [x0, y0] = stroke[0];
    await page.mouse.move(box.x + x0 * box.width, box.y + y0 * box.height);
    await page.mouse.down();
    for (const [x, y] of stroke.slice(1)) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 4 });
    await page.mouse.up();
  }
}

async function probabilities(root: Locator): Promise<string[]> {
  return (await root.locator('[data-prob]').allTextContents()).map((s) => s.trim());
}

for (const locale of locales) {
  const t = digitText(locale);
  test.describe(`digits chapter in ${locale}`, () => {
    test('the page states the accuracy the library computes on the shipped test digits', async ({ page }) => {
      await page.goto(`${locale}/digits/`);
      const facts = digitFacts();
      await expect(page.locator('main')).toContainText(`${facts.percent}%`);
      await expect(page.locator('main')).toContainText(`${facts.correct}`);
      // The accuracy cell's output, run at build time, is the same count.
      await expect(page.locator('nb-cell').nth(1)).toContainText(`${facts.correct}`);
    });

    test('an empty box gets a plain message and no prediction', async ({ page }) => {
      const root = await open(page, locale);
      await expect(root.locator('[data-message]')).toHaveText(t.empty);
      await expect(root.locator('[data-output]')).toBeHidden();
      await expect(root.locator('[data-reveal]')).toBeHidden();
      await expect(root).not.toContainText('NaN');
    });

    test('test digits picked with the keyboard get the library\'s prediction and probabilities, after a guess', async ({ page }) => {
      const root = await open(page, locale);
      const next = root.locator('[data-next]');
      for (let i = 0; i < 3; i++) {
        await next.focus();
        await page.keyboard.press('Enter');
        await expect(root.locator('[data-source]')).toHaveText(t.testDigit(i + 1, tests.count, tests.labels[i]));
        await expect(root.locator('[data-output]')).toBeHidden();
        await root.locator('[data-reveal]').focus();
        await page.keyboard.press('Enter');
        const r = read(net, testImage(tests, i));
        await expect(root.locator('[data-predicted]')).toHaveText(String(r.predicted));
        expect(await probabilities(root)).toEqual(Array.from(r.probs, f));
        const label = tests.labels[i];
        await expect(root.locator(`input[name="dr-right"][value="${label}"]`)).toBeChecked();
        await expect(root.locator('[data-loss]')).toHaveText(t.loss(label, f(r.probs[label]), f(-Math.log(r.probs[label]))));
      }
      // Choosing another right answer with the keyboard updates the cross-entropy.
      await root.locator('input[name="dr-right"]:checked').focus();
      await page.keyboard.press('ArrowRight');
      const chosen = Number(await root.locator('input[name="dr-right"]:checked').getAttribute('value'));
      const r = read(net, testImage(tests, 2));
      await expect(root.locator('[data-loss]')).toHaveText(t.loss(chosen, f(r.probs[chosen]), f(-Math.log(r.probs[chosen]))));
    });

    test('drawing with the mouse gives a prediction and ten probabilities that sum to 1; clearing empties it', async ({ page }) => {
      const root = await open(page, locale);
      // A seven: a bar across the top and a slanted stroke down.
      await draw(page, root, [[[0.3, 0.25], [0.7, 0.25], [0.45, 0.8]]]);
      await expect(root.locator('[data-source]')).toHaveText(t.drawn);
      await root.locator('[data-reveal]').click();
      const probs = await probabilities(root);
      expect(probs).toHaveLength(10);
      const sum = probs.reduce((s, p) => s + Number(p), 0);
      expect(Math.abs(sum - 1)).toBeLessThan(0.01);
      await expect(root.locator('[data-sum]')).toHaveText(t.sum('1'));
      await expect(root.locator('[data-predicted]')).toHaveText(/^[0-9]$/);
      await expect(root.locator('[data-loss]')).toHaveText(t.pickRight);
      await root.locator('input[name="dr-right"][value="7"]').check();
      await expect(root.locator('[data-loss]')).toContainText('−log p(7)');
      await expect(root).not.toContainText('NaN');
      // A stroke off the right edge: read as far as visible, with a plain message.
      await draw(page, root, [[[0.8, 0.4], [1.2, 0.5]]]);
      await expect(root.locator('[data-message]')).toHaveText(t.edge);
      await root.locator('[data-clear]').click();
      await expect(root.locator('[data-message]')).toHaveText(t.empty);
      await expect(root.locator('[data-output]')).toBeHidden();
    });

    test('a digit drawn while the reader\'s code is still arriving is kept and read as if drawn after', async ({ browser }) => {
      const seven: [number, number][][] = [[[0.3, 0.25], [0.7, 0.25], [0.45, 0.8]], [[0.35, 0.5], [0.65, 0.5]]];
      const readAfterStart = async (early: boolean): Promise<string[]> => {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        // The reader's code is held back while the stroke is drawn, so the whole stroke comes first.
        const scripts = await holdScripts(page);
        await page.goto(`${locale}/digits/`);
        const root = page.locator('[data-digit-reader]');
        await root.scrollIntoViewIfNeeded();
        await expect(root).not.toHaveAttribute('data-ready', 'true');
        // A seven, then a stroke that leaves the widget and is released outside it (top left of the
        // window), then the pointer passes over the pad with no button down: that must draw nothing.
        const drawAll = async () => {
          await draw(page, root, seven);
          const box = (await root.locator('[data-pad]').boundingBox())!;
          await page.mouse.move(box.x + 0.5 * box.width, box.y + 0.85 * box.height);
          await page.mouse.down();
          await page.mouse.move(4, 4, { steps: 6 });
          await page.mouse.up();
          await page.mouse.move(box.x + 0.2 * box.width, box.y + 0.6 * box.height);
          await page.mouse.move(box.x + 0.8 * box.width, box.y + 0.6 * box.height, { steps: 6 });
        };
        if (early) {
          scripts.hold();
          await drawAll();
          await expect(root).not.toHaveAttribute('data-ready', 'true');
          scripts.release();
          await expect(root).toHaveAttribute('data-ready', 'true');
        } else {
          await root.locator('button').first().focus();
          await expect(root).toHaveAttribute('data-ready', 'true');
          await drawAll();
        }
        await expect(root.locator('[data-source]')).toHaveText(t.drawn);
        await root.locator('[data-reveal]').click();
        const probs = await probabilities(root);
        await context.close();
        return probs;
      };
      const after = await readAfterStart(false);
      expect(after).toHaveLength(10);
      expect(await readAfterStart(true)).toEqual(after);
    });

    for (const width of [360, 1280]) {
      test(`axe finds nothing in the widget at ${width} px, light and dark themes, after a reading`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: 'light' });
        await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
        const root = await open(page, locale);
        await root.locator('[data-next]').click();
        await root.locator('[data-reveal]').click();
        await expect(root.locator('[data-predicted]')).toHaveText(/^[0-9]$/);
        expect(await axeViolationsInBothThemes(page, (axe) => axe.include('[data-digit-reader]'))).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
      });
    }
  });
}
