// The "network" chapter: the worked 2-2-1 example. Every expected number is computed here with the library.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatNumber, formatVector, forwardTrace, type NetworkSpec } from '../../src/forward/index.ts';
import { example221, example221Network } from '../../src/chapters/examples.ts';
import { chapterNumber } from '../../src/chapters/index.ts';
import { deadW2Second, deadX } from '../../src/chapters/network.ts';
import { badValues, locales } from './site.ts';

const f = (x: number) => formatNumber(x);

for (const locale of locales) {
  test.describe(`chapter ${chapterNumber('network')} (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`${locale}/network/`);
      await widget(page).scrollIntoViewIfNeeded();
      await expect(widget(page)).toHaveAttribute('data-ready', 'true');
    });

    test('the diagram shows the article example: every weight on its edge, z and a in every neuron', async ({ page }) => {
      const trace = forwardTrace(example221Network(), example221.X);
      await expectNumbers(page, expectedFor(example221Network(), [...example221.X]));
      await expect(value(page, 'z1_1')).toHaveText(f(trace.z[1][1]));
      await expect(value(page, 'a2_0')).toHaveText(f(trace.a[2][0]));
    });

    test('the step-through walks z1, a1, z2, a2 forwards and back with the real numbers', async ({ page }) => {
      const t = forwardTrace(example221Network(), example221.X);
      const { X, W1, b1, W2, b2 } = example221;
      const next = widget(page).locator('[data-next]');
      const prev = widget(page).locator('[data-prev]');
      const shown = () => widget(page).locator('[data-step]:visible');
      await expect(prev).toBeDisabled();
      await expect(shown()).toHaveAttribute('data-step', 'z1');
      await expect(shown()).toContainText(`${f(W1[0][0])} × ${f(X[0])} + ${f(W1[0][1])} × ${f(X[1])} + ${f(b1[0])} = ${f(t.z[1][0])}`);
      await expect(shown()).toContainText(`${f(W1[1][0])} × ${f(X[0])} − ${f(-W1[1][1])} × ${f(X[1])} − ${f(-b1[1])} = ${f(t.z[1][1])}`);
      await next.click();
      await expect(shown()).toHaveAttribute('data-step', 'a1');
      await expect(shown()).toContainText(`ReLU(${f(t.z[1][0])}) = ${f(t.a[1][0])}`);
      await expect(shown()).toContainText(`ReLU(${f(t.z[1][1])}) = ${f(t.a[1][1])}`);
      await next.click();
      await expect(shown()).toHaveAttribute('data-step', 'z2');
      await expect(shown()).toContainText(`${f(W2[0][0])} × ${f(t.a[1][0])} + ${f(W2[0][1])} × ${f(t.a[1][1])} + ${f(b2[0])} = ${f(t.z[2][0])}`);
      await next.click();
      await expect(shown()).toHaveAttribute('data-step', 'a2');
      await expect(shown()).toContainText(`σ(${f(t.z[2][0])}) = ${f(t.a[2][0])} ≈ ${formatNumber(t.a[2][0], 3)}`);
      await expect(next).toBeDisabled();
      await prev.click();
      await expect(shown()).toHaveAttribute('data-step', 'z2');
      await prev.click();
      await prev.click();
      await expect(shown()).toHaveAttribute('data-step', 'z1');
    });

    test('the step-through works from the keyboard', async ({ page }) => {
      const next = widget(page).locator('[data-next]');
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(widget(page).locator('[data-step]:visible')).toHaveAttribute('data-step', 'a1');
      await page.keyboard.press('Space');
      await expect(widget(page).locator('[data-step]:visible')).toHaveAttribute('data-step', 'z2');
      await page.keyboard.press('Shift+Tab');
      await expect(widget(page).locator('[data-prev]')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(widget(page).locator('[data-step]:visible')).toHaveAttribute('data-step', 'a1');
    });

    test('editing W2[1,1] changes z2 and a2 to the library values and leaves z1 and a1 alone', async ({ page }) => {
      const before = expectedFor(example221Network(), [...example221.X]);
      const net = example221Network();
      net.layers[1].W[0][0] = -0.4;
      await field(page, 'W2_0_0').fill('-0.4');
      const after = expectedFor(net, [...example221.X]);
      await expectNumbers(page, after);
      for (const key of ['z1_0', 'z1_1', 'a1_0', 'a1_1']) expect(after[key]).toBe(before[key]);
      expect(after.z2_0).not.toBe(before.z2_0);
    });

    test('editing W2[1,2] changes nothing while the second hidden neuron is silent, and changes z2 and a2 once it speaks', async ({ page }) => {
      const net = example221Network();
      net.layers[1].W[0][1] = -0.9;
      await field(page, 'W2_0_1').fill('-0.9');
      const silent = expectedFor(net, [...example221.X]);
      expect(silent.z2_0).toBe(expectedFor(example221Network(), [...example221.X]).z2_0);
      await expectNumbers(page, silent);
      // Make a1[2] positive: x[2] = -1 gives z1[2] = 0.3 + 0.5 - 0.2 > 0.
      const x = [example221.X[0], -1];
      await field(page, 'x_1').fill('-1');
      const speaking = expectedFor(net, x);
      expect(Number(speaking.a1_1)).toBeGreaterThan(0);
      await expectNumbers(page, speaking);
      net.layers[1].W[0][1] = 0.25;
      await field(page, 'W2_0_1').fill('0.25');
      const changed = expectedFor(net, x);
      expect(changed.z2_0).not.toBe(speaking.z2_0);
      expect(changed.z1_1).toBe(speaking.z1_1);
      await expectNumbers(page, changed);
    });

    test('pointing at a term in the formula lights up its edge, matrix entry and the reverse', async ({ page }) => {
      const w = widget(page);
      await w.locator('[data-step]:visible .term[data-k="W1_0_1"]').hover();
      await expect(w.locator('g.edge[data-k="W1_0_1"]')).toHaveClass(/is-hot/);
      await expect(w.locator('.cell[data-k="W1_0_1"]')).toHaveClass(/is-hot/);
      await expect(w.locator('g.edge[data-k="W1_0_0"]')).not.toHaveClass(/is-hot/);
      await w.locator('[data-step]:visible .term[data-k="b1_1"]').hover();
      await expect(w.locator('[data-node="h1"]')).toHaveClass(/is-hot/);
      await expect(w.locator('.cell[data-k="b1_1"]')).toHaveClass(/is-hot/);
      await w.locator('g.edge[data-k="W1_1_0"] text').hover();
      await expect(w.locator('[data-step]:visible .term[data-k="W1_1_0"]')).toHaveClass(/is-hot/);
      await w.locator('.cell[data-k="x_1"] input').hover();
      await expect(w.locator('[data-step]:visible .term[data-k="x_1"]').first()).toHaveClass(/is-hot/);
      await expect(w.locator('[data-node="in1"]')).toHaveClass(/is-hot/);
    });

    test('focusing a term, an edge or a matrix entry from the keyboard lights up the same number everywhere', async ({ page }) => {
      const w = widget(page);
      await w.locator('[data-step]:visible .term[data-k="z1_0"]').focus();
      await expect(w.locator('svg [data-k="z1_0"]')).toHaveClass(/is-hot/);
      await expect(w.locator('[data-node="h0"]')).toHaveClass(/is-hot/);
      await w.locator('g.edge[data-k="W1_0_0"]').focus();
      await expect(w.locator('[data-step]:visible .term[data-k="W1_0_0"]')).toHaveClass(/is-hot/);
      await expect(w.locator('.cell[data-k="W1_0_0"]')).toHaveClass(/is-hot/);
      await page.keyboard.press('Tab');
      await expect(w.locator('g.edge[data-k="W1_0_1"]')).toBeFocused();
      await expect(w.locator('[data-step]:visible .term[data-k="W1_0_1"]')).toHaveClass(/is-hot/);
      await field(page, 'b1_0').focus();
      await expect(w.locator('[data-step]:visible .term[data-k="b1_0"]')).toHaveClass(/is-hot/);
      await expect(w.locator('g.edge.is-hot')).toHaveCount(0);
    });

    test('every field rejects bad values with a message and keeps the last good numbers', async ({ page }) => {
      const good = expectedFor(example221Network(), [...example221.X]);
      for (const key of ['x_0', 'x_1', 'W1_0_0', 'W1_0_1', 'W1_1_0', 'W1_1_1', 'b1_0', 'b1_1', 'W2_0_0', 'W2_0_1', 'b2_0']) {
        const input = field(page, key);
        const message = page.locator(`#n221-${key}-msg`);
        for (const bad of badValues) {
          await input.fill(bad);
          await expect(message, `${key} = ${JSON.stringify(bad)}`).not.toBeEmpty();
          await expect(input).toHaveAttribute('aria-invalid', 'true');
        }
        await expectNumbers(page, good);
        await input.fill(String(valueOfKey(key)));
        await expect(message).toBeEmpty();
      }
      await expect(widget(page)).not.toContainText('NaN');
      await expect(widget(page)).not.toContainText('Infinity');
    });

    test('Reset restores the article example and the first step', async ({ page }) => {
      await field(page, 'W1_0_0').fill('1.5');
      await field(page, 'x_0').fill('-2');
      await widget(page).locator('[data-next]').click();
      await widget(page).locator('[data-reset]').click();
      await expectNumbers(page, expectedFor(example221Network(), [...example221.X]));
      await expect(field(page, 'W1_0_0')).toHaveValue(String(example221.W1[0][0]));
      await expect(widget(page).locator('[data-step]:visible')).toHaveAttribute('data-step', 'z1');
    });

    test('the prose states every number of the example and that σ(0.4) rounds to 0.599', async ({ page }) => {
      const t = forwardTrace(example221Network(), example221.X);
      const main = page.locator('main');
      const text = await main.innerText();
      for (const v of [t.z[1][0], t.z[1][1], t.a[1][0], t.a[1][1], t.z[2][0], t.a[2][0]]) expect(text).toContain(f(v));
      const note = main.locator('aside').filter({ hasText: '0.598' });
      await expect(note).toContainText(formatNumber(t.a[2][0], 3));
      await expect(note).toContainText(formatNumber(t.a[2][0], 9));
      await expect(note).toContainText(`σ(${f(t.z[2][0])})`);
    });

    test('the code cells show z1, a1, z2, a2 as the library computes them', async ({ page }) => {
      const t = forwardTrace(example221Network(), example221.X);
      const outputs = page.locator('.nb-output');
      await expect(outputs.nth(0)).toContainText(formatVector(t.z[1]));
      await expect(outputs.nth(0)).toContainText(formatVector(t.a[1]));
      await expect(outputs.nth(1)).toContainText(formatVector(t.z[2]));
      await expect(outputs.nth(1)).toContainText(formatVector(t.a[2]));
      await expect(outputs.nth(2)).toContainText(formatVector(t.a[2]));
    });

    test('the exercises grade a right and a wrong answer', async ({ page }) => {
      const other = forwardTrace(example221Network(), [2, 1]);
      const net = example221Network();
      net.layers[1].W[0][1] = deadW2Second;
      await gradeExercises(page, {
        'ex-net-z1': other.z[1][1],
        'ex-net-a2': other.a[2][0],
        'ex-net-dead': forwardTrace(net, deadX).a[2][0],
      });
    });
  });
}

// Helpers

function widget(page: Page): Locator {
  return page.locator('[data-network221]');
}

function field(page: Page, key: string): Locator {
  return page.locator(`#n221-${key}`);
}

function value(page: Page, key: string): Locator {
  return widget(page).locator(`svg [data-k="${key}"][data-v]`).first();
}

function valueOfKey(key: string): number {
  const [name, i, j] = key.split('_');
  if (name === 'x') return example221.X[Number(i)];
  if (name === 'b1') return example221.b1[Number(i)];
  if (name === 'b2') return example221.b2[Number(i)];
  if (name === 'W1') return example221.W1[Number(i)][Number(j)];
  return example221.W2[Number(i)][Number(j)];
}

/** Every displayed value of the diagram for a network and input, formatted as the page shows it. */
function expectedFor(net: NetworkSpec, x: number[]): Record<string, string> {
  const t = forwardTrace(net, x);
  const out: Record<string, string> = { x_0: f(x[0]), x_1: f(x[1]) };
  net.layers.forEach((layer, l) => {
    layer.W.forEach((row, i) => row.forEach((w, j) => { out[`W${l + 1}_${i}_${j}`] = f(w); }));
    layer.b.forEach((b, i) => { out[`b${l + 1}_${i}`] = f(b); });
    t.z[l + 1].forEach((z, i) => { out[`z${l + 1}_${i}`] = f(z); });
    t.a[l + 1].forEach((a, i) => { out[`a${l + 1}_${i}`] = f(a); });
  });
  return out;
}

async function expectNumbers(page: Page, expected: Record<string, string>) {
  for (const [key, text] of Object.entries(expected)) {
    await expect(value(page, key), key).toHaveText(text);
  }
}

async function gradeExercises(page: Page, answers: Record<string, number>) {
  for (const [id, answer] of Object.entries(answers)) {
    const box = page.locator(`section[data-exercise]:has(#${id}-input)`);
    expect(Number(await box.getAttribute('data-answer'))).toBe(answer);
    const input = page.locator(`#${id}-input`);
    const result = page.locator(`#${id}-result`);
    await input.fill(String(answer + 1));
    await box.locator('button[type="submit"]').click();
    await expect(result).toHaveAttribute('data-state', 'incorrect');
    await input.fill(String(answer));
    await box.locator('button[type="submit"]').click();
    await expect(result).toHaveAttribute('data-state', 'correct');
  }
}

// The diagram on a phone and on a desktop: readable text, no label touching another or a shape.
for (const locale of locales) {
  for (const width of [360, 1280]) {
    test.describe(`chapter 3 diagram at ${width} px (${locale})`, () => {
      test.use({ viewport: { width, height: 800 } });
      test.beforeEach(async ({ page }) => {
        await page.goto(`${locale}/network/`);
        await widget(page).scrollIntoViewIfNeeded();
        await expect(widget(page)).toHaveAttribute('data-ready', 'true');
      });

      test('every text in the diagram is at least 12 CSS px', async ({ page }) => {
        const sizes = await widget(page).locator('svg.fw-n221-svg').evaluate((svg: SVGSVGElement) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale }));
        });
        expect(sizes.length).toBe(6 + 2 * 2 + 2 * 4 + 4);
        for (const { text, px } of sizes) expect(px, `"${text}"`).toBeGreaterThanOrEqual(12);
      });

      test('every text box is clear of every other text box and of every circle it does not belong to', async ({ page }) => {
        const clashes = await widget(page).locator('svg.fw-n221-svg').evaluate((svg: SVGSVGElement) => {
          const texts = [...svg.querySelectorAll('text')].map((t) => ({ el: t, name: t.textContent ?? '', box: t.getBoundingClientRect() }));
          const circles = [...svg.querySelectorAll('circle')].map((c) => {
            const b = c.getBoundingClientRect();
            return { el: c, cx: b.x + b.width / 2, cy: b.y + b.height / 2, r: b.width / 2 };
          });
          const found: string[] = [];
          texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
            const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (w > 0 && h > 0) found.push(`"${a.name}" × "${b.name}"`);
          }));
          for (const t of texts) {
            for (const c of circles) {
              if (t.el.parentElement === c.el.parentElement) continue;
              // Distance from the circle's centre to the nearest point of the text box.
              const dx = Math.max(t.box.left - c.cx, 0, c.cx - t.box.right);
              const dy = Math.max(t.box.top - c.cy, 0, c.cy - t.box.bottom);
              if (Math.hypot(dx, dy) <= c.r) found.push(`"${t.name}" touches the circle of ${c.el.parentElement?.getAttribute('data-node')}`);
            }
          }
          return found;
        });
        expect(clashes).toEqual([]);
      });

      if (width === 360) {
        test('the diagram stays in view while the reader steps through the formulas', async ({ page }) => {
          const svg = widget(page).locator('svg.fw-n221-svg');
          const next = widget(page).locator('[data-next]');
          await next.scrollIntoViewIfNeeded();
          for (let s = 0; s < 3; s++) {
            await next.click();
            const box = (await svg.boundingBox())!;
            const formula = (await widget(page).locator('[data-step]:visible').boundingBox())!;
            expect(box.y, 'diagram top').toBeGreaterThanOrEqual(0);
            expect(box.y + box.height, 'diagram bottom above the formula').toBeLessThanOrEqual(formula.y + 1);
            expect(formula.y + formula.height, 'formula on screen').toBeLessThanOrEqual(800);
          }
        });
      }
    });
  }
}
