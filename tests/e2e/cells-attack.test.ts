// Code cells attacked as an attacker would, one hostile cell at a time on en/neuron/: message floods,
// forged protocol messages, hostile views, huge values, work left behind, memory runaway, nested
// workers, throwing timers, framing, huge kept edits and links, linked code run by another cell.
// Each test asserts: the cell is stopped within its deadline + 1 s, no task of the page's main thread
// takes 200 ms of CPU, the right cell gets the message, other cells run normally, kept edits survive,
// nothing is requested from another host and nothing from a cell covers the page.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { cell, editCell, output, outputText, run } from './cells.ts';

const book = 'en/neuron/';
const DEADLINE = 3000;
const stalls: number[] = [];
/** How long running cells 1 and 2 may take after an attack, in a fresh sandbox (ms); a flood left queued took 4–8 s. */
const RERUN_LIMIT = 2500;
const reruns: number[] = [];

interface Watch { foreign: string[] }

/** Opens the page with a stall probe and a watch on requests to other hosts. */
async function open(page: Page, path = book): Promise<Watch> {
  const watch: Watch = { foreign: [] };
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.hostname !== 'localhost') watch.foreign.push(r.url());
  });
  await page.goto(path);
  return watch;
}

// The stall probe: a trace of the page's renderer from arm() to attackOver(), read for the main
// thread's longest task. A task's CPU time is the page's own work, and is what the limits bound: on a
// 2-core test machine with a cell's worker spinning one core and another browser on the other, a task
// of 6 ms CPU has measured 499 ms of wall time, the thread merely waiting for a core. Its wall time is
// checked too, against a looser bound: a main thread blocked waiting on the worker would show there.
const cpuStalls: number[] = [];
/** The longest wall time a page task may take during an attack (ms): the deadline's half. */
const WALL_LIMIT = DEADLINE / 2;
let tracing: Page | null = null;
// An attack that ends without attackOver leaves its trace to be dropped here, while its page is open.
test.afterEach(async () => { await stopProbe(); });

async function startProbe(page: Page) {
  await stopProbe();
  await page.context().browser()!.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  tracing = page;
}

/** The longest task on the page's main thread since startProbe: its CPU and wall time (ms). */
async function stopProbe(): Promise<{ cpu: number; wall: number } | null> {
  const page = tracing;
  if (!page) return null;
  tracing = null;
  const events = (JSON.parse((await page.context().browser()!.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's renderer: the process of its main frame, as the trace's start names it.
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  const pid = frames.find((f) => !f.parent)?.processId;
  const main = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === main);
  expect(tasks.length).toBeGreaterThan(0); // the probe saw the page's main thread at all
  return {
    cpu: Math.max(0, ...tasks.map((t) => (t.tdur ?? t.dur ?? 0) / 1000)),
    wall: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
  };
}

interface TraceEvent {
  name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number;
  args?: { name?: string; data?: { frames?: { processId: number; parent?: string }[] } };
}

/** Puts an attack in cell `i` and starts the stall probe afresh: it watches the attack, not the editor. */
async function arm(page: Page, i: number, code: string) {
  await editCell(page, i, code);
  // Two frames first, so the page has drawn what scrolling to the cell brought near (display formulas
  // are drawn near the viewport): that work belongs to the editing, not to the attack.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await startProbe(page);
}

/**
 * Clicks Run in the page and resolves with the ms from the moment the page hands the run to the
 * sandbox until the cell leaves "running" (the deadline's own clock starts there), and the ms from the
 * click, which also holds compiling the edited code and starting a fresh sandbox after a stop: on a
 * busy 2-core machine that start-up alone has taken over a second, and it is not what the deadline bounds.
 */
function timedRun(page: Page, i: number): Promise<{ ms: number; fromClick: number; state: string }> {
  return page.evaluate((index) => new Promise<{ ms: number; fromClick: number; state: string }>((resolve) => {
    const node = document.querySelectorAll<HTMLElement>('nb-cell')[index];
    let posted = 0;
    const post = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (this: MessagePort, message: unknown, ...rest: unknown[]) {
      const m = message as { type?: string; cell?: number } | null;
      if (!posted && m && m.type === 'run' && m.cell === index) posted = performance.now();
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof post;
    const clicked = performance.now();
    const observer = new MutationObserver(() => {
      const state = node.dataset.state ?? '';
      if (state && state !== 'running' && posted) {
        observer.disconnect();
        MessagePort.prototype.postMessage = post;
        const now = performance.now();
        resolve({ ms: now - posted, fromClick: now - clicked, state });
      }
    });
    observer.observe(node, { attributes: true, attributeFilter: ['data-state'] });
    node.querySelector<HTMLElement>('[data-act="run"]')!.click();
  }), i);
}

/** Once an attack has been stopped or shown: no task of the page's main thread took `limit` ms of CPU meanwhile. */
async function attackOver(page: Page, limit = 200) {
  const worst = await stopProbe();
  expect(worst).not.toBeNull();
  stalls.push(worst!.wall);
  cpuStalls.push(worst!.cpu);
  expect(worst!.cpu).toBeLessThan(limit);
  expect(worst!.wall).toBeLessThan(WALL_LIMIT);
}

/** The checks every attack ends with: nothing covers the page, no other host was asked, cell 2 runs as built. */
async function pageIntact(page: Page, watch: Watch, built: string) {
  const covered = await page.evaluate(() => {
    const points = [[5, 5], [innerWidth / 2, innerHeight / 2], [innerWidth - 5, innerHeight - 5], [innerWidth / 2, 40]];
    const outside = points.some(([x, y]) => {
      const o = document.elementFromPoint(x, y)?.closest('[data-output]');
      const r = o?.getBoundingClientRect();
      return !!r && !(x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    });
    const outputs = [...document.querySelectorAll<HTMLElement>('[data-output]')];
    const fixed = outputs.some((o) => [...o.querySelectorAll('*')].some((n) => ['fixed', 'sticky'].includes(getComputedStyle(n).position)));
    const styled = document.querySelectorAll('[data-output] [style], [data-output] [data-act], [data-output] [href]').length;
    const unboxed = outputs.filter((o) => getComputedStyle(o).overflowY !== 'auto' || !/paint|content|strict/.test(getComputedStyle(o).contain)).length;
    return { outside, fixed, styled, unboxed };
  });
  expect(covered).toEqual({ outside: false, fixed: false, styled: 0, unboxed: 0 });
  expect(watch.foreign).toEqual([]);
  // After a stop, cell 2 runs cell 1 first in a fresh sandbox: whatever the stopped worker left queued
  // (a flood of messages) must not stand in the way.
  const started = Date.now();
  await run(cell(page, 1));
  const rerun = Date.now() - started;
  reruns.push(rerun);
  expect(rerun).toBeLessThan(RERUN_LIMIT);
  expect(await outputText(cell(page, 1))).toBe(built);
}

async function prepare(page: Page) {
  const watch = await open(page);
  const built = await outputText(cell(page, 1));
  await page.locator('[data-act="run-all"]').click();
  await expect(cell(page, 3)).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  // A kept edit in cell 3 that every attack must leave alone; running it loads the compiler too.
  await editCell(page, 2, 'const kept = "kept edit";\nkept');
  await run(cell(page, 2));
  await editCell(page, 3, '"ready"');
  return { watch, built };
}

/** A page prepared once for a group of attacks (see onePage). */
interface Prepared { page: Page; watch: Watch; built: string }

/**
 * Runs a group of attacks as tests of their own on one prepared page, one after another: every attack
 * ends by checking that the page is whole (pageIntact), which is the state the next one starts from, so
 * the page's loading, the sandbox, the editor and the compiler are paid once per group, not per attack.
 */
function onePage(title: string, body: (prepared: () => Prepared) => void) {
  test.describe(title, () => {
    test.describe.configure({ mode: 'serial' });
    let prepared: Prepared | null = null;
    test.beforeAll(async ({ browser }, info) => {
      const page = await (await browser.newContext({ baseURL: info.project.use.baseURL })).newPage();
      prepared = { page, ...(await prepare(page)) };
    });
    test.afterAll(async () => { await prepared?.page.context().close(); });
    body(() => prepared!);
  });
}

async function keptSurvives(page: Page) {
  expect(await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.endsWith(':2')).map(([, v]) => v))).toEqual(['const kept = "kept edit";\nkept']);
}

test.afterAll(() => {
  console.log(`worst main-thread task in cells-attack: ${Math.round(Math.max(0, ...cpuStalls))} ms CPU, ${Math.round(Math.max(0, ...stalls))} ms wall; slowest run of cells 1–2 after an attack: ${Math.max(0, ...reruns)} ms`);
});

const floods = [
  ['a bare flood', 'for (;;) postMessage(1);'],
  ['forged replies for ids 0..9999, then an endless loop', 'for (let id = 0; id < 10000; id++) postMessage({ type: "result", id, cell: 0, result: { entries: [], cut: 0, error: null } });\nwhile (true) {}'],
  ['large stray messages', 'const big = "x".repeat(1e6);\nfor (let i = 0; i < 50; i++) postMessage({ id: i, big });'],
  ['a flood from a timer after the run', 'setTimeout(() => { for (;;) postMessage({ type: "pong", n: 1 }); }, 10);\n1'],
];
onePage('stray messages', (prepared) => {
  for (const [name, code] of floods) {
    test(`stray messages (${name}) stop the cell within a second, and the page stays whole`, async () => {
      const { page, watch, built } = prepared();
      await arm(page, 3, code);
      const { ms } = await timedRun(page, 3);
      expect(ms).toBeLessThan(DEADLINE + 1000);
      await expect(output(cell(page, 3))).toContainText('posted messages of its own', { timeout: 3000 });
      await expect(cell(page, 3)).toHaveAttribute('data-state', 'stopped');
      await attackOver(page);
      await pageIntact(page, watch, built);
      await keptSurvives(page);
    });
  }
});

test('a few forged messages then an endless loop: stopped at the deadline, Run and Reset all still work', async ({ page }) => {
  const { watch, built } = await prepare(page);
  await arm(page, 3, 'for (let id = 0; id < 5; id++) postMessage({ type: "result", id, cell: 3, result: { entries: [{ kind: "log", view: "forged" }], cut: 0, error: null } });\nwhile (true) {}');
  const { ms, fromClick, state } = await timedRun(page, 3);
  expect(state).toBe('timeout');
  expect(ms).toBeGreaterThan(DEADLINE - 50);
  expect(ms).toBeLessThan(DEADLINE + 1000);
  console.log(`stop time for an endless loop after forged messages: ${Math.round(ms)} ms (${Math.round(fromClick)} ms from the click)`);
  await expect(output(cell(page, 3))).toContainText('longer than 3 s');
  await expect(output(cell(page, 3))).not.toContainText('forged');
  await attackOver(page);
  await pageIntact(page, watch, built);
  await page.locator('[data-act="reset-all"]').click();
  await expect(output(cell(page, 3))).not.toContainText('longer than 3 s');
});

test('while (true) {} is stopped within the deadline + 1 s', async ({ page }) => {
  const { watch, built } = await prepare(page);
  await arm(page, 3, 'while (true) {}');
  const { ms, fromClick, state } = await timedRun(page, 3);
  expect(state).toBe('timeout');
  expect(ms).toBeLessThan(DEADLINE + 1000);
  console.log(`stop time for while (true) {}: ${Math.round(ms)} ms (deadline ${DEADLINE} ms; ${Math.round(fromClick)} ms from the click)`);
  await attackOver(page);
  await pageIntact(page, watch, built);
});

test('a posted view with a fixed overlay, page actions and a CSS url() is never shown; hostile text stays text', async ({ page }) => {
  const { watch, built } = await prepare(page);
  const view = '{ tag: "div", attrs: { style: "position:fixed;inset:0;background:url(http://evil.test/x)", "data-act": "reset-all" }, children: ["click me"] }';
  await arm(page, 3, [
    `for (let id = 0; id < 8; id++) postMessage({ type: "result", id, cell: 3, result: { entries: [{ kind: "log", view: ${view} }], cut: 0, error: null } });`,
    'console.log(\'<div style="position:fixed;inset:0" data-act="reset-all">x</div>\');',
    '"<img src=http://evil.test/y>"',
  ].join('\n'));
  await run(cell(page, 3));
  await expect(output(cell(page, 3))).toContainText('<div style="position:fixed;inset:0" data-act="reset-all">x</div>');
  await expect(output(cell(page, 3))).not.toContainText('click me');
  await page.mouse.click(640, 360);
  await attackOver(page);
  await pageIntact(page, watch, built);
  await keptSurvives(page);
});

const huge = [
  ['a 30-million-character error', 'throw new Error("x".repeat(3e7));', 'Error: xxxx'],
  ['a console.log with 5,000 long arguments', 'console.log(...Array.from({ length: 5000 }, () => "y".repeat(1000)));', 'more arguments'],
  ['a plot with a 20-million-character title and a million points', 'const n = 1e6;\nplot({ x: Array.from({ length: n }, (_, i) => i), y: Array.from({ length: n }, (_, i) => Math.sin(i / 1e4)), title: "T".repeat(2e7), labels: ["L".repeat(1e6)] });', ''],
  ['2,000 lines of output', 'for (let i = 0; i < 2000; i++) console.log("line", i);', 'Output cut'],
];
onePage('caps', (prepared) => {
  for (const [name, code, shown] of huge) {
    test(`caps: ${name} shows capped output in its box without stalling the page`, async () => {
      const { page, watch, built } = prepared();
      await arm(page, 3, code);
      const before = await page.evaluate(() => document.documentElement.scrollHeight);
      await run(cell(page, 3));
      if (shown) await expect(output(cell(page, 3))).toContainText(shown);
      const { text, height } = await output(cell(page, 3)).evaluate((o) => ({ text: o.textContent!.length, height: o.getBoundingClientRect().height }));
      expect(text).toBeLessThan(210_000);
      expect(height).toBeLessThanOrEqual(24 * 16 + 2);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(before + 24 * 16 + 200);
      await attackOver(page);
      await pageIntact(page, watch, built);
    });
  }
});

// The last column is the longest main-thread task allowed meanwhile. Plain arrays are not metered: the
// worker's heap grows by gigabytes until the heartbeat stops it, and the page's own garbage collection
// under that memory pressure has measured 250-320 ms on a loaded machine, so that row allows 400 ms.
const leftovers: [string, string, number][] = [
  ['an async loop', '(async () => { for (;;) await 0; })();\n"returned"', 200],
  ['a busy setTimeout', 'setTimeout(() => { for (;;) {} }, 50);\n"returned"', 200],
  ['close()', 'close();\n"returned"', 200],
  ['allocation in a setTimeout', 'setTimeout(() => { const keep: number[][] = []; for (;;) keep.push(new Array(1e5).fill(1)); }, 20);\n"returned"', 400],
];
onePage('work left behind', (prepared) => {
  for (const [name, code, limit] of leftovers) {
    test(`work left behind (${name}) is stopped within 3 s and blamed on its own cell, not the next one`, async () => {
      const { page, watch, built } = prepared();
      await arm(page, 2, code);
      await run(cell(page, 2));
      const t0 = Date.now();
      await expect(output(cell(page, 2))).toContainText('left work running', { timeout: 4000 });
      expect(Date.now() - t0).toBeLessThan(3200);
      await expect(cell(page, 2)).toHaveAttribute('data-state', 'stopped');
      await attackOver(page, limit);
      // The innocent next cell runs normally, now and again.
      for (let k = 0; k < 2; k++) {
        await run(cell(page, 3));
        await expect(cell(page, 3)).toHaveAttribute('data-state', 'done');
        await expect(output(cell(page, 3))).not.toContainText('Stopped');
      }
      await pageIntact(page, watch, built);
    });
  }
});

// Every route by which the worker's memory grew past the cap in the review, and others of their kind.
// The cap holds for the worker as a whole, across runs and after them: past it the worker is replaced.
const memoryRoutes: [string, string[]][] = [
  ['a resizable ArrayBuffer resized', ['const b = new ArrayBuffer(1, { maxByteLength: 2 ** 31 });\nb.resize(1.5 * 2 ** 30);\nnew Uint8Array(b).fill(1);\n(globalThis as any).keepA = b;\nb.byteLength']],
  ['growth across runs kept in globals', ['(globalThis as any).keepB = new Uint8Array(300 * 2 ** 20).fill(1);\n1', '(globalThis as any).keepC = new Uint8Array(300 * 2 ** 20).fill(1);\n2']],
  ['growth after the run, from a timer', ['const b = new ArrayBuffer(0, { maxByteLength: 2 ** 31 });\nlet n = 0;\nconst grow = () => { b.resize(++n * 128 * 2 ** 20); setTimeout(grow, 50); };\nsetTimeout(grow, 50);\n"returned"']],
  ['ArrayBuffer.prototype.transfer(n)', ['new ArrayBuffer(8).transfer(600 * 2 ** 20).byteLength']],
  ['typed arrays in a loop', ['const keep: Float64Array[] = [];\nfor (;;) keep.push(new Float64Array(1 << 24));']],
  ['TextEncoder.encode', ['(globalThis as any).keepT = new Uint8Array(480 * 2 ** 20);\nnew TextEncoder().encode("x".repeat(2 ** 26)).length']],
  ['WebAssembly.Memory.grow', ['const m = new WebAssembly.Memory({ initial: 1, maximum: 65536 });\nm.grow(20000);']],
];
onePage('memory', (prepared) => {
  for (const [name, runs] of memoryRoutes) {
    test(`memory: ${name} stops at the 512 MB cap with a clear message, the worker is replaced and the tab lives`, async () => {
      const { page, watch, built } = prepared();
      for (const code of runs) {
        await arm(page, 3, code);
        await run(cell(page, 3));
      }
      await expect(output(cell(page, 3)).locator('.nb-sys')).toContainText('Stopped at the memory cap', { timeout: 5000 });
      await expect(cell(page, 3)).toHaveAttribute('data-state', 'stopped');
      await attackOver(page, 400);
      await pageIntact(page, watch, built);
      // The fresh worker's meter starts at zero: an ordinary allocation runs.
      await arm(page, 3, 'new Float64Array(1e6).length');
      await run(cell(page, 3));
      await expect(output(cell(page, 3))).toHaveText('1000000');
    });
  }
  test('memory: a WebAssembly module of a cell\'s own, and structuredClone, are not available', async () => {
    const { page, watch, built } = prepared();
    await arm(page, 3, 'const g = globalThis as any;\nlet m = "";\ntry { new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); } catch (e) { m = String(e); }\n[m, typeof g.structuredClone, typeof g.Blob, typeof g.MessageChannel]');
    await run(cell(page, 3));
    await expect(output(cell(page, 3))).toHaveText('["TypeError: WebAssembly is not available in a code cell", "undefined", "undefined", "undefined"]');
    await pageIntact(page, watch, built);
  });
});

test('memory: the cap\'s message is in Chinese on a Chinese page', async ({ page }) => {
  await open(page, 'zh-cn/neuron/');
  await editCell(page, 3, 'const b = new ArrayBuffer(1, { maxByteLength: 2 ** 31 });\nb.resize(1.5 * 2 ** 30);');
  await run(cell(page, 3));
  await expect(output(cell(page, 3)).locator('.nb-sys')).toContainText('达到内存上限');
  await expect(cell(page, 3)).toHaveAttribute('data-state', 'stopped');
});

// A cell that replaces built-ins the runtime once used: later cells run normally, errors are immediate.
const breakers = [
  '(Array.prototype as any).map = undefined;\n"x"',
  '(Object as any).fromEntries = () => { throw new Error("no"); };\n"x"',
  '(globalThis as any).Set = undefined;\n(globalThis as any).JSON = undefined;\n"x"',
  '(Promise.prototype as any).then = undefined;\n(Array.prototype as any)[Symbol.iterator] = undefined;\n"x"',
  '(Array as any).isArray = () => false;\n(Number as any).isInteger = () => false;\n(Array.prototype as any).every = () => false;\n"x"',
  'Object.defineProperty(Object.prototype, "type", { get() { throw new Error("type"); }, configurable: true });\n"x"',
];
for (const [locale, errorWord] of [['en', 'TypeError: real cause'], ['zh-cn', 'TypeError: real cause']]) {
  test(`a cell that replaces built-ins breaks at most itself (${locale}): later cells run at once, errors name the real cause`, async ({ page }) => {
    await open(page, `${locale}/neuron/`);
    for (const breaker of breakers) {
      await editCell(page, 2, breaker);
      await run(cell(page, 2));
      await expect(output(cell(page, 2))).toHaveText('"x"');
      for (let k = 0; k < 2; k++) {
        await editCell(page, 3, `[1, 2, 3].length + ${k}`);
        await run(cell(page, 3));
        await expect(cell(page, 3)).toHaveAttribute('data-state', 'done');
        await expect(output(cell(page, 3))).toHaveText(String(3 + k));
      }
      await editCell(page, 3, 'throw new TypeError("real cause");');
      await run(cell(page, 3));
      await expect(cell(page, 3)).toHaveAttribute('data-state', 'done');
      await expect(output(cell(page, 3)).locator('.nb-error')).toContainText(errorWord);
      await page.locator('[data-act="reset-all"]').click();
      await expect(output(cell(page, 3))).not.toContainText('real cause');
    }
  });
}

for (const [locale, uncaught] of [['en', 'Uncaught '], ['zh-cn', '未捕获的异常']]) {
  test(`a thrown hostile Proxy is an immediate error, not a timeout (${locale})`, async ({ page }) => {
    await open(page, `${locale}/neuron/`);
    const traps = ['get', 'has', 'getPrototypeOf', 'ownKeys', 'getOwnPropertyDescriptor'].map((t) => `${t}() { throw 1; }`).join(', ');
    for (const code of ['throw new Proxy({}, { has() { throw 1; } });', `throw new Proxy({}, { ${traps} });`,
      `Promise.reject(new Proxy({}, { ${traps} }));\n1`]) {
      await editCell(page, 3, code);
      await run(cell(page, 3));
      await expect(cell(page, 3)).toHaveAttribute('data-state', 'done');
      await expect(output(cell(page, 3)).locator('.nb-error')).toContainText(uncaught);
    }
  });
}

test('no nested workers and no network from a cell', async ({ page }) => {
  const { watch, built } = await prepare(page);
  await arm(page, 3, [
    'const g = globalThis as any;',
    '[typeof g.Worker, typeof g.fetch, typeof g.XMLHttpRequest, typeof g.WebSocket, typeof g.importScripts]',
  ].join('\n'));
  await run(cell(page, 3));
  await expect(output(cell(page, 3))).toHaveText('["undefined", "undefined", "undefined", "undefined", "undefined"]');
  await attackOver(page);
  await pageIntact(page, watch, built);
});

test('200 throwing intervals and a rejected promise show in their own cell only; other cells run', async ({ page }) => {
  const { watch, built } = await prepare(page);
  await arm(page, 2, 'for (let i = 0; i < 200; i++) setInterval(() => { throw new Error("tick " + i); }, 1);\nPromise.reject(42);\n"returned"');
  await run(cell(page, 2));
  await expect(output(cell(page, 2))).toContainText('After the run: Uncaught 42');
  await expect(output(cell(page, 2))).toContainText('After the run: Error: tick 0 (line 1, column 57)');
  await page.waitForTimeout(300);
  expect(await output(cell(page, 2)).locator('.nb-error').count()).toBe(3); // at most three errors after a run
  await run(cell(page, 3));
  await expect(cell(page, 3)).toHaveAttribute('data-state', 'done');
  await page.waitForTimeout(500);
  for (const i of [0, 1, 3]) await expect(output(cell(page, i))).not.toContainText(/After the run|could not start|tick/);
  await attackOver(page);
  await pageIntact(page, watch, built);
});

test('errors show message and position for non-Error throws, hostile objects, timers, rejections, await and TS-only syntax', async ({ page }) => {
  await open(page);
  const cases: [string, string][] = [
    ['const a = 1;\n  throw 5;', 'Uncaught 5 (line 2, column 9)'],
    ['throw { get message(): string { throw new Error("no"); }, get name(): string { throw 1; } };', '(line 1, column 7)'],
    ['class P { constructor(public x: number, private y: string) {} }\nconst p = new P(1, "a");\n(p as any).q.r', 'line 3, column 14'],
    ['const v = await Promise.resolve(1);', 'await at the top level of a cell is not supported'],
    ['setTimeout(() => { (null as any).x; }, 0);\n1', "After the run: TypeError: Cannot read properties of null (reading 'x') (line 1, column 34)"],
    ['Promise.reject(new RangeError("late"));\n1', 'After the run: RangeError: late (line 1, column 16)'],
  ];
  for (const [code, shown] of cases) {
    await arm(page, 3, code);
    await run(cell(page, 3));
    await expect(output(cell(page, 3))).toContainText(shown);
  }
});

test('inside another site\'s frame the notebook does not start, says why and links to the page', async ({ page, baseURL }) => {
  // Another origin (a server of its own on another port) frames the book.
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<iframe src="${baseURL}${book}" width="1200" height="800"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const port = (server.address() as AddressInfo).port;
  await page.goto(`http://localhost:${port}/`);
  const frame = page.frameLocator('iframe');
  await frame.locator('nb-cell').nth(1).locator('[data-act="run"]').click();
  await expect(frame.locator('nb-cell').nth(1).locator('[data-output]')).toContainText('shown inside another site');
  await expect(frame.locator('nb-cell').nth(1).locator('[data-output] a')).toHaveAttribute('href', `${baseURL}${book}`);
  await page.waitForTimeout(300);
  expect(await frame.locator('iframe[sandbox]').count()).toBe(0);
  server.close();
});

test('kept edits and links over 64 KB are refused with a message, and loading kept edits takes under 100 ms', async ({ page }) => {
  const watch = await open(page);
  await page.evaluate(() => {
    const key = (i: number) => `nb:${location.pathname}:${i}`;
    localStorage.setItem(key(1), 'x\n'.repeat(50_000));
    localStorage.setItem(key(2), '// kept\n'.repeat(7000)); // 56 KB: kept
  });
  await page.reload();
  await expect(output(cell(page, 1))).toContainText('longer than 64 KB and was not loaded');
  await expect(cell(page, 2).locator('[data-badge]')).toHaveText('modified');
  const restore = await page.evaluate(() => performance.getEntriesByName('nb-restore')[0]?.duration);
  expect(restore).toBeLessThan(100);
  expect(await page.evaluate(() => localStorage.getItem(`nb:${location.pathname}:1`))).toBeNull();
  const link = `${book}#cell-2=${Buffer.from('1;'.repeat(40_000)).toString('base64url')}`;
  await page.goto('about:blank');
  await page.goto(link);
  await expect(output(cell(page, 1))).toContainText('The code in this link is longer than 64 KB');
  await expect(cell(page, 1).locator('[data-badge]')).toBeHidden();
  expect(watch.foreign).toEqual([]);
});

test('a linked cell runs only by its own Run: Run on a later cell runs the book\'s version and "Nothing has run" stays true', async ({ page }) => {
  const code = 'const linkedRan = "linked";\nconsole.log("the linked code ran");';
  await open(page, `${book}#cell-1=${Buffer.from(code).toString('base64url')}`);
  const built = await outputText(cell(page, 2));
  await expect(output(cell(page, 0))).toContainText('Nothing has run');
  await run(cell(page, 2));
  await expect(cell(page, 2)).toHaveAttribute('data-state', 'done');
  expect(await outputText(cell(page, 2))).toBe(built);
  await expect(cell(page, 2).locator('[data-status]')).toContainText("book's version");
  await expect(output(cell(page, 0))).toContainText('Nothing has run');
  await arm(page, 3, 'typeof (globalThis as any).linkedRan');
  await run(cell(page, 3));
  await expect(output(cell(page, 3))).toHaveText('"undefined"');
  await expect(output(cell(page, 0))).not.toContainText('the linked code ran');
  await run(cell(page, 0));
  await expect(output(cell(page, 0))).toContainText('the linked code ran');
});

test('a linked cell stays linked through edits: it never runs by another cell\'s Run and is kept only after its own Run', async ({ page }) => {
  const code = '(globalThis as any).linkedRan = "linked";\nconsole.log("LINKED CODE RAN");';
  const link = `${book}#cell-1=${Buffer.from(code).toString('base64url')}`;
  await open(page, link);
  const key = await page.evaluate(() => `nb:${location.pathname}:0`);
  // One keystroke (a space at the end), then Run on a later cell.
  await cell(page, 0).locator('[data-act="edit"]').click();
  await cell(page, 0).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' ');
  await expect(cell(page, 0).locator('[data-badge]')).toHaveText('from a link');
  await run(cell(page, 2));
  await expect(cell(page, 2)).toHaveAttribute('data-state', 'done');
  await arm(page, 3, 'typeof (globalThis as any).linkedRan');
  await run(cell(page, 3));
  await expect(output(cell(page, 3))).toHaveText('"undefined"');
  await expect(output(cell(page, 0))).not.toContainText('LINKED CODE RAN');
  await page.locator('[data-act="run-all"]').click();
  await expect(cell(page, 3)).toHaveAttribute('data-state', 'done');
  await expect(output(cell(page, 0))).not.toContainText('LINKED CODE RAN');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  // Reloaded without the link: nothing of it was kept.
  await page.goto(book);
  await expect(cell(page, 0).locator('[data-badge]')).toBeHidden();
  // Its own Run runs it, and only then is it kept as the reader's edit.
  await page.goto('about:blank');
  await page.goto(link);
  await cell(page, 0).locator('[data-act="edit"]').click();
  await cell(page, 0).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' ');
  await run(cell(page, 0));
  await expect(output(cell(page, 0))).toContainText('LINKED CODE RAN');
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(`${code} `);
});

test('output entries are bidi-isolated and the page\'s own notes cannot be imitated by a cell', async ({ page }) => {
  await open(page);
  await editCell(page, 3, 'console.log("\\u202E Stopped: the cell ran longer");\nconsole.error("Stopped: the cell ran longer than 3 s.");\nthrow new Error("\\u202E boom");');
  await run(cell(page, 3));
  await expect(output(cell(page, 3)).locator('.nb-msg')).toContainText('boom');
  const styles = await output(cell(page, 3)).evaluate((o) => ({
    entries: [...o.querySelectorAll('.nb-entry')].map((e) => getComputedStyle(e).unicodeBidi),
    message: getComputedStyle(o.querySelector('.nb-msg')!).unicodeBidi,
    sys: o.querySelectorAll('.nb-sys').length,
  }));
  expect(styles).toEqual({ entries: ['isolate', 'isolate'], message: 'isolate', sys: 0 });
  // The page's own note looks like nothing a cell can print: another font and a bar.
  await editCell(page, 3, 'while (true) {}');
  await run(cell(page, 3));
  const note = output(cell(page, 3)).locator('.nb-sys');
  await expect(note).toContainText('longer than 3 s');
  const look = await note.evaluate((n) => ({ bar: getComputedStyle(n).borderInlineStartStyle, bidi: getComputedStyle(n).unicodeBidi }));
  expect(look).toEqual({ bar: 'solid', bidi: 'isolate' });
});
