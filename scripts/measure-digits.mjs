// Measures the digit reader on the built site (serve dist/ first: node scripts/serve.mjs --port N, BASE set):
// the JavaScript a reader downloads before and after reaching the widget, the redraw time per stroke at
// 4× CPU slowdown (`fw-redraw` measures: preprocess + forward + drawing), and how many of the ten digits,
// drawn by scripted mouse strokes at four sizes and places, the network reads right.
// Usage: node scripts/measure-digits.mjs [--port 4571] [--locale en]
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const port = Number(arg('--port', 4571));
const locale = arg('--locale', 'en');
const base = process.env.BASE ?? '/forward-step-by-step/';
const url = `http://localhost:${port}${base}${locale}/digits/`;

// Each digit as strokes (polylines) in a unit box, x right, y down.
const ring = (cx, cy, rx, ry, from, to, n = 20) =>
  Array.from({ length: n + 1 }, (_, i) => { const a = from + ((to - from) * i) / n; return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)]; });
const PI = Math.PI;
const shapes = {
  0: [ring(0.5, 0.5, 0.38, 0.48, -PI / 2, 1.6 * PI, 28)],
  1: [[[0.3, 0.2], [0.55, 0], [0.55, 1]]],
  2: [[...ring(0.5, 0.3, 0.38, 0.3, PI, 2.25 * PI, 12), [0.1, 1], [0.92, 1]]],
  3: [[...ring(0.5, 0.26, 0.36, 0.26, -0.9 * PI, 0.5 * PI, 12), ...ring(0.5, 0.74, 0.4, 0.26, -0.5 * PI, 0.9 * PI, 12)]],
  4: [[[0.62, 0], [0.05, 0.65], [0.95, 0.65]], [[0.68, 0.3], [0.68, 1]]],
  5: [[[0.85, 0], [0.25, 0], [0.2, 0.45], ...ring(0.5, 0.7, 0.38, 0.3, -0.75 * PI, 0.85 * PI, 14)]],
  6: [[[0.75, 0], [0.4, 0.2], [0.18, 0.6], ...ring(0.5, 0.72, 0.32, 0.28, PI, 3 * PI, 18)]],
  7: [[[0.08, 0], [0.92, 0], [0.4, 1]]],
  8: [[...ring(0.5, 0.25, 0.28, 0.25, 0.5 * PI, 2.5 * PI, 16), ...ring(0.5, 0.74, 0.34, 0.26, -0.5 * PI, -2.5 * PI, 16)]],
  9: [[...ring(0.45, 0.28, 0.32, 0.28, 0, 2 * PI, 18), [0.77, 0.3], [0.72, 1]]],
};
// Where the unit box goes on the pad (fractions of the pad): digit height and centre; width is 0.6 × height.
const variants = { normal: [0.6, 0.5, 0.5], small: [0.25, 0.5, 0.5], large: [0.95, 0.5, 0.5], 'off-centre': [0.45, 0.3, 0.28] };

const browser = await chromium.launch({ executablePath: findBrowser() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
let js = 0;
page.on('response', async (r) => {
  if (r.url().endsWith('.js')) js += Number((await r.allHeaders())['content-length'] ?? (await r.body()).length);
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const jsBefore = js;
const root = page.locator('[data-digit-reader]');
await root.locator('[data-pad]').scrollIntoViewIfNeeded();
await root.locator('button').first().focus(); // it starts on the reader's first touch
await page.waitForSelector('[data-digit-reader][data-ready="true"]');
await page.waitForLoadState('networkidle');
const jsAfter = js;

const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const results = {};
let right = 0;
let total = 0;
await page.evaluate(() => performance.clearMeasures('fw-redraw'));
for (const [name, [h, cx, cy]] of Object.entries(variants)) {
  results[name] = [];
  for (const [digit, strokes] of Object.entries(shapes)) {
    await root.locator('[data-clear]').click();
    await root.locator('[data-pad]').scrollIntoViewIfNeeded();
    const box = await root.locator('[data-pad]').boundingBox();
    const w = 0.6 * h;
    for (const stroke of strokes) {
      const at = ([x, y]) => [box.x + (cx + (x - 0.5) * w) * box.width, box.y + (cy + (y - 0.5) * h) * box.height];
      const [x0, y0] = at(stroke[0]);
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (const p of stroke.slice(1)) { const [x, y] = at(p); await page.mouse.move(x, y, { steps: 2 }); }
      await page.mouse.up();
    }
    await root.locator('[data-reveal]').click();
    const predicted = Number(await root.locator('[data-predicted]').textContent());
    results[name].push(`${digit}→${predicted}`);
    total++;
    if (predicted === Number(digit)) right++;
  }
}
const times = await page.evaluate(() => performance.getEntriesByName('fw-redraw').map((e) => e.duration));
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(JSON.stringify({
  jsBeforeInteractionBytes: jsBefore, jsAfterWidgetBytes: jsAfter,
  redraws: times.length, p50ms: q(0.5).toFixed(2), p95ms: q(0.95).toFixed(2), maxms: times[times.length - 1].toFixed(2),
  recognised: `${right} of ${total}`, results,
}, null, 1));
await browser.close();
