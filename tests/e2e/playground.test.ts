// The playground: every picture is the library's forward pass, the link holds the whole state and
// refuses hostile state, every control works from the keyboard, and axe finds nothing.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from './axe.ts';
import { holdScripts } from './site.ts';
import { formatNumber, forward, forwardTrace, softmax } from '../../src/forward/index.ts';
import { gridPoint, mixColour, valueColour } from '../../components/kit/heatmap.ts';
import {
  COARSE, DOMAIN, GRID, defaultState, encodeState, featureValue, initialNetwork, taskKind, type PlayState,
} from '../../components/playground/model.ts';

const locales = ['en', 'zh-cn'] as const;
const samples: [number, number][] = [[0, 0], [99, 0], [12, 77], [50, 50], [99, 99], [63, 21]];

function stateWith(patch: Partial<PlayState>): PlayState {
  const next = { ...defaultState(), ...patch };
  return { ...next, net: initialNetwork(next) };
}

async function open(page: Page, locale: string, state?: PlayState): Promise<Locator> {
  await page.goto(`${locale}/playground/${state ? `#${encodeState(state)}` : ''}`);
  const root = page.locator('[data-playground]');
  if (!state) await root.locator('[data-action="start"]').click();
  await expect(root).toHaveAttribute('data-ready', 'true');
  return root;
}

async function pageState(root: Locator): Promise<PlayState> {
  return root.evaluate((el) => (el as HTMLElement & { playgroundState: () => PlayState }).playgroundState());
}

/** Pixels of a canvas at grid samples, with the scale it published. */
async function pixels(root: Locator, name: string): Promise<{ rgb: number[][]; lo: number; hi: number }> {
  return root.locator(`canvas[data-canvas="${name}"]`).evaluate((c: HTMLCanvasElement, pts) => {
    const ctx = c.getContext('2d')!;
    return {
      rgb: pts.map(([i, j]) => [...ctx.getImageData(i, j, 1, 1).data.slice(0, 3)]),
      lo: Number(c.dataset.lo), hi: Number(c.dataset.hi),
    };
  }, samples);
}

const close = (a: number[], b: number[]) => a.every((v, k) => Math.abs(v - b[k]) <= 3);

async function expectPicturesMatchLibrary(root: Locator): Promise<void> {
  const s = await pageState(root);
  const kind = taskKind(s.task);
  const xs = samples.map(([i, j]) => gridPoint(i, j, GRID, DOMAIN));
  const feats = xs.map(([x1, x2]) => s.features.map((id) => featureValue(id, x1, x2)));
  // The output picture.
  const outPx = await pixels(root, 'output');
  xs.forEach((_, k) => {
    const y = forward(s.net, feats[k]);
    const expected = kind === 'multi' ? mixColour(softmax(y)) : kind === 'binary' ? valueColour(y[0], 0, 1) : valueColour(y[0], -1.5, 1.5);
    expect(close(outPx.rgb[k], expected), `output at ${samples[k]}: ${outPx.rgb[k]} vs ${expected}`).toBe(true);
  });
  if (kind === 'binary') expect([outPx.lo, outPx.hi]).toEqual([0, 1]);
  // Every input feature's and every unit's picture.
  for (let k = 0; k < s.features.length; k++) {
    const px = await pixels(root, `unit-0-${k}`);
    xs.forEach((_, p) => expect(close(px.rgb[p], valueColour(feats[p][k], px.lo, px.hi))).toBe(true));
  }
  for (let l = 1; l <= s.net.layers.length; l++) {
    for (let i = 0; i < s.net.layers[l - 1].W.length; i++) {
      const px = await pixels(root, `unit-${l}-${i}`);
      xs.forEach((_, p) => {
        const trace = forwardTrace(s.net, feats[p]);
        const last = l === s.net.layers.length;
        const v = last && kind === 'multi' ? softmax(trace.z[l])[i] : trace.a[l][i];
        expect(close(px.rgb[p], valueColour(v, px.lo, px.hi)), `unit ${l},${i} at ${samples[p]}`).toBe(true);
      });
    }
  }
}

for (const locale of locales) {
  test.describe(`playground in ${locale}`, () => {
    test('a feature ticked by its label before the playground\'s code arrives stays ticked', async ({ browser }) => {
      const context = await browser.newContext({ serviceWorkers: 'block', baseURL: test.info().project.use.baseURL });
      try {
        const page = await context.newPage();
        const scripts = await holdScripts(page);
        await page.goto(`${locale}/playground/`);
        const root = page.locator('[data-playground]');
        scripts.hold();
        const feature = (await root.locator('input[data-feature]:not(:checked)').first().getAttribute('data-feature'))!;
        const box = root.locator(`input[data-feature="${feature}"]`);
        // The reader clicks the feature's name: the browser ticks the box at once, before any code.
        await box.locator('xpath=ancestor::label').locator('strong').click();
        await expect(box).toBeChecked();
        await expect(root).not.toHaveAttribute('data-ready', 'true');
        scripts.release();
        await expect(root).toHaveAttribute('data-ready', 'true');
        // Replaying that click on the label would tick the box a second time, that is, untick it.
        await expect(box).toBeChecked();
        expect((await pageState(root)).features).toContain(feature);
      } finally {
        await context.close();
      }
    });

    test('a feature ticked while the playground\'s code could not arrive (offline) is kept when it does', async ({ browser }) => {
      const context = await browser.newContext({ serviceWorkers: 'block', baseURL: test.info().project.use.baseURL });
      try {
        const page = await context.newPage();
        await page.goto(`${locale}/playground/`);
        const root = page.locator('[data-playground]');
        const feature = (await root.locator('input[data-feature]:not(:checked)').first().getAttribute('data-feature'))!;
        const box = root.locator(`input[data-feature="${feature}"]`);
        await context.setOffline(true);
        const failed = page.waitForEvent('requestfailed', (r) => r.url().includes('/_astro/'));
        await box.check();
        await failed;
        await expect(root).not.toHaveAttribute('data-ready', 'true');
        await context.setOffline(false);
        // The next touch (once the failure has been handled) loads the code; the tick is still there.
        await expect(async () => {
          await root.locator('[data-action="start"]').focus();
          await root.locator('select').first().focus();
          await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 1000 });
        }).toPass({ timeout: 10_000 });
        await expect(box).toBeChecked();
        expect((await pageState(root)).features).toContain(feature);
      } finally {
        await context.close();
      }
    });

    test('the output and every unit picture are the library’s forward pass, for each kind of task', async ({ page }) => {
      const root = await open(page, locale);
      await expectPicturesMatchLibrary(root);
      for (const s of [
        stateWith({ task: 'blobs', layers: [{ units: 3, activation: 'relu' }] }),
        stateWith({ task: 'surface', features: ['x1', 'x2', 'sinx1'], layers: [{ units: 5, activation: 'gelu' }, { units: 2, activation: 'leakyRelu' }] }),
      ]) {
        await page.goto('about:blank');
        const r = await open(page, locale, s);
        expect(await pageState(r)).toEqual(s);
        await expectPicturesMatchLibrary(r);
      }
    });

    test('dragging a weight draws a coarse preview of the new network, then the full picture once the slider rests', async ({ page }) => {
      const root = await open(page, locale);
      await root.locator('[data-unit="1-0"]').click();
      await root.locator('[data-control="param"]').selectOption('w-0');
      const slider = root.locator('.fw-field:has(#pg-param) input[type=range]');
      await expect(slider).toBeVisible();
      // Record the output picture at the moment the preview is drawn (the preview lasts SETTLE_MS only).
      await root.evaluate((el, pts) => {
        const seen: number[][][] = [];
        (window as unknown as { previews: number[][][] }).previews = seen;
        new MutationObserver(() => {
          if (el.getAttribute('data-preview') !== 'true') return;
          const ctx = el.querySelector<HTMLCanvasElement>('canvas[data-canvas="output"]')!.getContext('2d')!;
          seen.push(pts.map(([i, j]) => [...ctx.getImageData(i, j, 1, 1).data.slice(0, 3)]));
        }).observe(el, { attributes: true, attributeFilter: ['data-preview'] });
      }, samples);
      await slider.fill('2.5');
      // The preview is drawn on the next animation frame (kit/field.ts), which a busy machine can delay:
      // wait for it to be recorded before waiting for the full picture that replaces it.
      await expect.poll(() => page.evaluate(() => (window as unknown as { previews: number[][][] }).previews.length)).toBeGreaterThan(0);
      await expect(root).not.toHaveAttribute('data-preview', /./);
      const previews = await page.evaluate(() => (window as unknown as { previews: number[][][] }).previews);
      expect(previews.length).toBeGreaterThan(0);
      const s = await pageState(root);
      expect(s.net.layers[0].W[0][0]).toBe(2.5);
      // The preview: each COARSE×COARSE block shows the network at its coarse grid point.
      const m = GRID / COARSE;
      samples.forEach(([i, j], k) => {
        const [x1, x2] = gridPoint(Math.floor(i / COARSE), Math.floor(j / COARSE), m, DOMAIN);
        const y = forward(s.net, s.features.map((id) => featureValue(id, x1, x2)));
        expect(close(previews[0][k], valueColour(y[0], 0, 1)), `preview at ${samples[k]}`).toBe(true);
      });
      // Once the slider rests, every picture is the full-grid forward pass.
      await expectPicturesMatchLibrary(root);
    });

    test('the link reproduces the state, and hostile links are refused with a message', async ({ page }) => {
      const root = await open(page, locale);
      await root.locator('#pg-seed').fill('17');
      await root.locator('#pg-noise').fill('0.3');
      // The link follows each change once the reader pauses: wait until it carries both, not the first only.
      const linked = async () => {
        const hash = new URL(await root.locator('[data-out="link"]').inputValue()).hash;
        const state = JSON.parse(decodeURIComponent(hash.slice('#state='.length))) as { seed?: number; noise?: number };
        return [state.seed, state.noise];
      };
      await expect.poll(linked).toEqual([17, 0.3]);
      const link = await root.locator('[data-out="link"]').inputValue();
      const before = await pageState(root);
      const loss = await root.locator('[data-out="train-loss"]').textContent();
      await page.goto('about:blank');
      await page.goto(link);
      const again = page.locator('[data-playground]');
      await expect(again).toHaveAttribute('data-ready', 'true');
      expect(await pageState(again)).toEqual(before);
      await expect(again.locator('[data-out="train-loss"]')).toHaveText(loss!);
      for (const hash of ['#state=%7B', `#state=${'a'.repeat(20001)}`, '#state=%7B%22task%22%3A%22moon%22%7D', '#state=%3Cscript%3Ealert(1)%3C%2Fscript%3E']) {
        await page.goto('about:blank');
        await page.goto(`${locale}/playground/${hash}`);
        const r = page.locator('[data-playground]');
        await expect(r).toHaveAttribute('data-ready', 'true');
        await expect(r.locator('[data-out="problem"]')).not.toBeEmpty();
        expect(await pageState(r)).toEqual(defaultState());
        expect(await page.locator('main').innerText()).not.toContain('NaN');
      }
    });

    test('a classroom link hides the chosen controls until the reader asks for them', async ({ page }) => {
      const root = await open(page, locale, stateWith({ hide: ['network', 'trial'] }));
      await expect(root.locator('fieldset[data-group="network"]')).toBeHidden();
      await expect(root.locator('fieldset[data-group="trial"]')).toBeHidden();
      await expect(root.locator('fieldset[data-group="data"]')).toBeVisible();
      await root.locator('[data-action="show-all"]').click();
      await expect(root.locator('fieldset[data-group="network"]')).toBeVisible();
    });

    test('trial steps never raise the training loss', async ({ page }) => {
      const root = await open(page, locale);
      const loss = async () => Number(await root.locator('[data-out="train-loss"]').textContent());
      let last = await loss();
      for (let k = 0; k < 15; k++) {
        await root.locator('[data-action="trial"]').click();
        const now = await loss();
        expect(now).toBeLessThanOrEqual(last);
        last = now;
      }
      await expect(root.locator('[data-out="trial-status"]')).toContainText('15');
      await root.locator('[data-action="run"]').click();
      await expect(root.locator('[data-out="trial-status"]')).not.toContainText(/\b15\b/);
      await root.locator('[data-action="run"]').click();
      expect(await loss()).toBeLessThanOrEqual(last);
    });

    test('every control works from the keyboard alone', async ({ page }) => {
      await page.goto(`${locale}/playground/`);
      const root = page.locator('[data-playground]');
      await root.locator('[data-action="start"]').focus();
      await page.keyboard.press('Enter');
      await expect(root).toHaveAttribute('data-ready', 'true');
      // Data set, by keys on the focused select.
      await root.locator('[data-control="task"]').focus();
      await page.keyboard.press('End');
      await expect.poll(async () => (await pageState(root)).task).toBe('custom');
      // Place two points with the keyboard on the output picture.
      await root.locator('[data-plot]').focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      expect((await pageState(root)).points).toEqual([[0.75, 1, 1], [0.75, 0.75, 1]]);
      // Features, layers, units, activation, initialisation.
      await root.locator('input[data-feature="x1x2"]').focus();
      await page.keyboard.press('Space');
      await root.locator('#pg-depth').focus();
      await page.keyboard.press('ArrowUp');
      await root.locator('#pg-units-2').focus();
      await page.keyboard.press('ArrowUp');
      await root.locator('select[data-activation="2"]').focus();
      await page.keyboard.press('Home');
      await root.locator('[data-control="init"]').focus();
      await page.keyboard.press('Home');
      let s = await pageState(root);
      expect(s.features).toEqual(['x1', 'x2', 'x1x2']);
      expect(s.layers.map((l) => l.units)).toEqual([4, 2, 3]);
      expect(s.layers[2].activation).toBe('identity');
      expect(s.init).toBe('zeros');
      await root.locator('[data-action="reroll"]').focus();
      await page.keyboard.press('Enter');
      expect((await pageState(root)).initSeed).toBe(2);
      // A unit: focus shows its formula; its bias and weights are edited through the fields.
      await root.locator('[data-unit="1-0"]').focus();
      await expect(root.locator('[data-out="unit-formula"]')).toContainText('z =');
      await root.locator('[data-control="param"]').focus();
      await page.keyboard.press('ArrowDown');
      await root.locator('#pg-param').fill('1.5');
      s = await pageState(root);
      expect(s.net.layers[0].W[0][0]).toBe(1.5);
      const z = forwardTrace(s.net, [0.75, 0.75, 0.5625]).z[1][0];
      await expect(root.locator('[data-out="unit-formula"]')).toContainText(`= ${formatNumber(z)}`);
      // A bad value is refused with a message and the weight kept.
      await root.locator('#pg-param').fill('NaN');
      await expect(root.locator('#pg-param-msg')).not.toBeEmpty();
      expect((await pageState(root)).net.layers[0].W[0][0]).toBe(1.5);
      // Trial, classroom, copy.
      await root.locator('[data-action="trial"]').focus();
      await page.keyboard.press('Enter');
      await expect(root.locator('[data-out="trial-status"]')).not.toBeEmpty();
      await root.locator('input[data-hide="weights"]').focus();
      await page.keyboard.press('Space');
      await expect(root.locator('[data-out="link"]')).toHaveValue(/hide%22%3A%5B%22weights/);
      await root.locator('[data-action="clear-points"]').focus();
      await page.keyboard.press('Enter');
      expect((await pageState(root)).points).toEqual([]);
      expect(await page.locator('main').innerText()).not.toContain('NaN');
    });

    for (const width of [360, 1280]) {
      test(`axe finds nothing at ${width} px in the light and dark themes, and nothing scrolls sideways`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
        const root = await open(page, locale);
        await root.locator('[data-unit="1-1"]').click();
        expect(await axeViolationsInBothThemes(page, (axe) => axe.include('main'))).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
      });
    }
  });
}
