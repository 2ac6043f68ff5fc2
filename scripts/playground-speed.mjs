// Measures the playground's speed at 4× CPU slowdown (Chrome DevTools Protocol), against a built site
// served locally:
//   1. redraw after a weight edit of a 2-8-8-8-1 tanh network (output 100×100 + every unit picture):
//      the `fw-redraw` measures (script: compile, forward pass over the grid, pixels) and the frame
//      times while one edit lands per frame (script + style + layout + paint);
//   2. one "lower the loss by trial" step (`pg-trial` measures) on the circle data set.
// Usage: BASE=/forward-step-by-step/ node scripts/playground-speed.mjs [--port 4581] [--url http://…/en/playground/]
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || 4581);
const base = process.env.BASE ?? '/forward-step-by-step/';
const url = args.includes('--url') ? args[args.indexOf('--url') + 1] : `http://localhost:${port}${base}en/playground/`;
const EDITS = 60;

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (v) => `${v.toFixed(2)} ms`;

const browser = await chromium.launch({
  executablePath: findBrowser() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
const root = page.locator('[data-playground]');
await root.locator('[data-action="start"]').click();
await page.waitForFunction(() => document.querySelector('[data-playground]')?.dataset.ready === 'true');
// 2-8-8-8-1, tanh, by the controls.
await page.fill('#pg-depth', '3');
for (const k of [0, 1, 2]) await page.fill(`#pg-units-${k}`, '8');
for (const k of [0, 1, 2]) await page.selectOption(`select[data-activation="${k}"]`, 'tanh');
const shape = await root.evaluate((el) => el.playgroundState().net.layers.map((l) => l.W.length));
if (shape.join('-') !== '8-8-8-1') throw new Error(`expected 8-8-8-1 layers, got ${shape.join('-')}`);
await page.click('[data-unit="2-3"]');

const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

// 1a. Redraw script time per edit (the field's input event → compile → forward over the grid → pixels).
await page.evaluate(() => performance.clearMeasures());
for (let k = 0; k < EDITS; k++) await page.fill('#pg-param', String((k % 20) / 10 - 1));
const redraws = await page.evaluate(() => performance.getEntriesByName('fw-redraw').map((e) => e.duration));

// 1b. Frame times with one edit per frame (includes style, layout and paint).
const frames = await page.evaluate((edits) => new Promise((resolve) => {
  const input = document.querySelector('#pg-param');
  const times = [];
  let k = 0;
  let last = performance.now();
  const frame = (now) => {
    if (k > 0) times.push(now - last);
    last = now;
    if (k++ >= edits) return resolve(times);
    input.value = String((k % 20) / 10 - 1);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}), EDITS);

// 2. Trial steps on the circle's training points.
await page.evaluate(() => performance.clearMeasures());
await page.click('[data-action="run"]');
await page.waitForTimeout(3000);
await page.click('[data-action="run"]');
const trials = await page.evaluate(() => performance.getEntriesByName('pg-trial').map((e) => e.duration));
const points = await root.evaluate((el) => Number(el.dataset.points));
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await browser.close();

console.log(`Playground speed at 4× CPU slowdown (${url})`);
console.log(`network 2-8-8-8-1 tanh, output ${100}×${100} + 25 unit pictures + 2 input pictures`);
console.log(`redraw after a weight edit (script, ${redraws.length} edits): median ${ms(median(redraws))}, p95 ${ms(p95(redraws))}`);
console.log(`frame time, one edit per frame (${frames.length} frames): median ${ms(median(frames))}, p95 ${ms(p95(frames))}`);
console.log(`trial step (${trials.length} steps, data set of ${points} points, ${Math.round(points * 3 / 4)} for training): median ${ms(median(trials))}, p95 ${ms(p95(trials))}`);
