// Widget layout: no prose spacing inside widgets, sibling controls aligned, a message under a field
// never moves anything, no text in a figure overlaps another text, crosses a drawn line or spills out of the
// shape it sits in. Both locales, 360 and 1280 px.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { locales } from './site.ts';

const widths = [360, 1280];
/** Pages with widgets, and the root of each widget on them. */
const widgetPages: Record<string, string[]> = {
  'rules-to-learning/': ['[data-rules-vs-neuron]'],
  'neuron/': ['[data-neuron-explorer]', '[data-activation-gallery]'],
  'network/': ['[data-network221]'],
  'loss/': ['[data-mse-widget]', '[data-softmax-widget]', '[data-ce-widget]', '[data-stability-lab]'],
  'pitfalls/': ['[data-pitfall-saturation]', '[data-pitfall-loss]', '[data-pitfall-init]', '[data-pitfall-linear]', '[data-pitfall-softmax]'],
  'approximation/': ['[data-approximation]'],
};
/** Pages whose figures are checked for colliding text (the home page carries the neuron diagram). */
const figurePages = ['', 'rules-to-learning/', 'neuron/', 'network/', 'loss/', 'pitfalls/', 'approximation/', 'depth/', 'batches/', 'forward-code/', 'learning/', 'digits/', 'playground/'];
/** Figures the text-against-lines test leaves out, each owned and checked elsewhere: the 2-2-1 widget's diagram and the neuron plane. */
const linesExcluded = '[data-network221], [data-neuron-plane]';

type Box = { x: number; y: number; width: number; height: number };

/** Boxes of the elements, relative to `origin`'s top-left corner (the widget's root) when given. */
async function boxes(locator: Locator, origin?: Locator): Promise<Box[]> {
  const o = origin ? await origin.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect) : { x: 0, y: 0 };
  const rects = await locator.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  return rects.map((r) => ({ x: r.x - o.x, y: r.y - o.y, width: r.width, height: r.height }));
}

async function ready(page: Page, root: Locator) {
  await root.scrollIntoViewIfNeeded();
  await root.locator('input, button, select').first().focus();
  await expect(root).toHaveAttribute('data-ready', 'true');
  // Measured once every font is in: a font arriving between two measurements would move text by a pixel.
  await page.evaluate(() => document.fonts.ready);
}

for (const locale of locales) {
  for (const width of widths) {
    test.describe(`widget layout (${locale}, ${width} px)`, () => {
      test.use({ viewport: { width, height: 800 } });

      test('sibling number fields side by side have their labels and inputs on one line', async ({ page }) => {
        for (const [path, roots] of Object.entries(widgetPages)) {
          await page.goto(`${locale}/${path}`);
          for (const selector of roots) {
            const root = page.locator(selector);
            if (!(await root.count())) continue;
            const labels = await boxes(root.locator('[data-number-field] > label'));
            const inputs = await boxes(root.locator('[data-number-field] input[type=text]'));
            for (let i = 0; i < labels.length; i++) {
              for (let j = i + 1; j < labels.length; j++) {
                const a = labels[i];
                const b = labels[j];
                const sameRow = a.y < b.y + b.height && b.y < a.y + a.height && (a.x + a.width <= b.x || b.x + b.width <= a.x);
                if (!sameRow) continue;
                expect(Math.abs(a.y - b.y), `${path} ${selector}: labels ${i} and ${j}`).toBeLessThanOrEqual(1);
                expect(Math.abs(inputs[i].y - inputs[j].y), `${path} ${selector}: inputs ${i} and ${j}`).toBeLessThanOrEqual(1);
              }
            }
          }
        }
      });

      test('a message under a field moves no control of its widget', async ({ page }) => {
        for (const [path, roots] of Object.entries(widgetPages)) {
          await page.goto(`${locale}/${path}`);
          for (const selector of roots) {
            const root = page.locator(selector);
            const fields = root.locator('[data-number-field] input[type=text]');
            if (!(await fields.count())) continue;
            await ready(page, root);
            const controls = root.locator('input, button, select, svg');
            const before = await boxes(controls, root);
            const [rootBefore] = await boxes(root);
            await fields.first().fill('abc');
            await fields.first().evaluate((el) => el.blur());
            await expect(root.locator('[data-message]').first()).not.toHaveText('');
            const after = await boxes(controls, root);
            const [rootAfter] = await boxes(root);
            expect(rootAfter.height, `${path} ${selector}: the widget's height`).toBeCloseTo(rootBefore.height, 0);
            expect(rootAfter.width, `${path} ${selector}: the widget's width`).toBeCloseTo(rootBefore.width, 0);
            for (let i = 0; i < before.length; i++) {
              expect(after[i].x, `${path} ${selector}: control ${i}`).toBeCloseTo(before[i].x, 0);
              expect(after[i].y, `${path} ${selector}: control ${i}`).toBeCloseTo(before[i].y, 0);
            }
          }
        }
      });

      test('no two texts in a figure overlap', async ({ page }) => {
        for (const path of figurePages) {
          await page.goto(`${locale}/${path}`);
          const clashes = await page.locator('svg').evaluateAll((svgs) => {
            const found: string[] = [];
            for (const svg of svgs) {
              if (svg.closest('.expressive-code, header, nav, .sl-hidden, [hidden]')) continue;
              const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() && t.getClientRects().length);
              const rects = texts.map((t) => t.getBoundingClientRect());
              for (let i = 0; i < rects.length; i++) {
                for (let j = i + 1; j < rects.length; j++) {
                  const a = rects[i];
                  const b = rects[j];
                  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                  if (w > 0.5 && h > 0.5) found.push(`"${texts[i].textContent}" × "${texts[j].textContent}" in ${svg.getAttribute('aria-label') ?? svg.closest('figure')?.className ?? 'svg'}`);
                }
              }
            }
            return found;
          });
          expect(clashes, `/${locale}/${path}`).toEqual([]);
        }
      });

      test('no text in a figure crosses a drawn line or spills out of the shape it sits in', async ({ page }) => {
        for (const path of figurePages) {
          await page.goto(`${locale}/${path}`);
          // Widgets draw on start: bring each into view so what is checked is what the reader sees.
          for (const root of await page.locator('main .fw-widget').all()) await root.scrollIntoViewIfNeeded();
          await page.waitForTimeout(300);
          const clashes = await page.locator('main svg').evaluateAll((svgs, excluded) => {
            const found: string[] = [];
            const visible = (el: Element) => {
              const style = getComputedStyle(el);
              return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
            };
            for (const svg of svgs as SVGSVGElement[]) {
              if (svg.closest(`.expressive-code, header, nav, .sl-hidden, [hidden], ${excluded}`) || !visible(svg)) continue;
              const name = svg.getAttribute('aria-label') ?? svg.closest('figure')?.className ?? 'svg';
              const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() && visible(t));
              if (!texts.length) continue;
              const rects = texts.map((t) => t.getBoundingClientRect());
              // Drawn lines: every stroked line, polyline and path, sampled about every screen pixel along its length.
              const strokes = [...svg.querySelectorAll<SVGGeometryElement>('line, polyline, path')].filter((el) => {
                if (el.closest('defs, marker, clipPath, mask, symbol') || !visible(el)) return false;
                const style = getComputedStyle(el);
                return style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0 && Number(style.strokeOpacity) > 0;
              });
              for (const line of strokes) {
                const ctm = line.getScreenCTM();
                if (!ctm) continue;
                const length = line.getTotalLength();
                const scale = Math.hypot(ctm.a, ctm.b);
                const steps = Math.min(4000, Math.max(2, Math.ceil(length * scale)));
                const hit = new Set<number>();
                for (let k = 0; k <= steps; k++) {
                  const p = line.getPointAtLength((length * k) / steps).matrixTransform(ctm);
                  rects.forEach((r, i) => {
                    if (p.x > r.left + 0.5 && p.x < r.right - 0.5 && p.y > r.top + 0.5 && p.y < r.bottom - 0.5) hit.add(i);
                  });
                }
                for (const i of hit) found.push(`"${texts[i].textContent}" crosses a <${line.tagName}> in ${name}`);
              }
              // Shapes: a text whose centre lies in a filled shape stays inside it.
              const shapes = [...svg.querySelectorAll<SVGGeometryElement>('circle, ellipse, rect, polygon')].filter(
                (el) => !el.closest('defs, marker, clipPath, mask, symbol') && visible(el) && getComputedStyle(el).fill !== 'none',
              );
              for (const shape of shapes) {
                const ctm = shape.getScreenCTM();
                if (!ctm) continue;
                const inverse = ctm.inverse();
                const inside = (x: number, y: number) => shape.isPointInFill(new DOMPoint(x, y).matrixTransform(inverse));
                rects.forEach((r, i) => {
                  if (!inside((r.left + r.right) / 2, (r.top + r.bottom) / 2)) return;
                  const corners = [[r.left + 1, r.top + 1], [r.right - 1, r.top + 1], [r.left + 1, r.bottom - 1], [r.right - 1, r.bottom - 1]];
                  if (corners.some(([x, y]) => !inside(x, y))) found.push(`"${texts[i].textContent}" spills out of a <${shape.tagName}> in ${name}`);
                });
              }
            }
            return found;
          }, linesExcluded);
          expect.soft(clashes, `/${locale}/${path}`).toEqual([]);
        }
      });
    });
  }
}
