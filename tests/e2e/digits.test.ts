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

    test('a digit drawn before or while the reader\'s code arrives is read as if drawn after', async ({ browser }) => {
      // A seven in strokes (the first runs off the pad's edge), then a stroke that leaves the widget and is released outside it (top left of
      // the window), then the pointer passing over the pad with no button down, which must draw nothing.
      // The code may arrive before the first stroke, in the middle of it (the button still down), or
      // after everything: all three must read the same.
      const read = async (arrives: 'first' | 'mid-stroke' | 'last'): Promise<string[]> => {
        const context = await browser.newContext({ serviceWorkers: 'block', baseURL: test.info().project.use.baseURL });
        try {
          const page = await context.newPage();
          const scripts = await holdScripts(page);
          await page.goto(`${locale}/digits/`);
          const root = page.locator('[data-digit-reader]');
          await root.scrollIntoViewIfNeeded();
          await expect(root).not.toHaveAttribute('data-ready', 'true');
          const box = (await root.locator('[data-pad]').boundingBox())!;
          const at = (x: number, y: number) => page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 4 });
          const start = async () => {
            if (arrives !== 'first') scripts.release();
            await expect(root).toHaveAttribute('data-ready', 'true');
          };
          if (arrives === 'first') await root.locator('button').first().focus();
          else scripts.hold();
          if (arrives === 'first') await start();
          await at(0.3, 0.25);
          await page.mouse.down();
          await at(0.7, 0.25);
          if (arrives === 'mid-stroke') {
            await expect(root).not.toHaveAttribute('data-ready', 'true');
            await start();
          }
          await at(0.45, 0.8);
          // On past the pad's right edge, and released there: a pad that holds the pointer still draws it.
          await at(1.3, 0.8);
          await page.mouse.up();
          await at(0.35, 0.5);
          await page.mouse.down();
          await at(0.65, 0.5);
          await page.mouse.up();
          await at(0.5, 0.85);
          await page.mouse.down();
          await page.mouse.move(4, 4, { steps: 6 });
          await page.mouse.up();
          await at(0.2, 0.6);
          await at(0.8, 0.6);
          if (arrives === 'last') {
            await expect(root).not.toHaveAttribute('data-ready', 'true');
            await start();
          }
          await expect(root.locator('[data-source]')).toHaveText(t.drawn);
          await root.locator('[data-reveal]').click();
          return await probabilities(root);
        } finally {
          await context.close();
        }
      };
      const first = await read('first');
      expect(first).toHaveLength(10);
      expect(await read('last')).toEqual(first);
      expect(await read('mid-stroke')).toEqual(first);
    });

    test('a reader whose code did not arrive (offline) gets it on the next touch', async ({ browser }) => {
      const context = await browser.newContext({ serviceWorkers: 'block', baseURL: test.info().project.use.baseURL });
      try {
        const page = await context.newPage();
        await page.goto(`${locale}/digits/`);
        const root = page.locator('[data-digit-reader]');
        await root.scrollIntoViewIfNeeded();
        await context.setOffline(true);
        const failed = page.waitForEvent('requestfailed', (r) => r.url().includes('/_astro/'));
        await root.locator('button').first().focus();
        // The import fails: the widget stays as the build drew it.
        await failed;
        await expect(root).not.toHaveAttribute('data-ready', 'true');
        await expect(root.locator('[data-pad]')).toBeVisible();
        await context.setOffline(false);
        // The reader's next touch (here a focus, once the failure has been handled) loads it.
        const buttons = root.locator('button');
        let touch = 0;
        await expect(async () => {
          await buttons.nth(++touch % 2).focus();
          await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 1000 });
        }).toPass({ timeout: 10_000 });
        await root.locator('[data-next]').click();
        await root.locator('[data-reveal]').click();
        await expect(root.locator('[data-predicted]')).toHaveText(/^[0-9]$/);
      } finally {
        await context.close();
      }
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
