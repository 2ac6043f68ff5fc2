// The notebook cells in Chromium: runs, edits, the shared scope, errors, runaway code, isolation,
// kept edits, shared links, keyboard use and the promise that the browser shows what the build wrote.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { cell, collectErrors, collectScripts, editCell, EDITOR_LOAD, output, outputText, run } from './cells.ts';
import { pagesWithCells } from './site.ts';

const demo = 'en/rules-to-learning/';

test('Run on an unedited cell shows the build output and loads neither the editor nor the transpiler', async ({ page }) => {
  const scripts = collectScripts(page);
  const errors = collectErrors(page);
  await page.goto(demo);
  const second = cell(page, 1);
  const built = await outputText(second);
  expect(built).toContain('0.5866175789173301');
  await second.getByRole('button', { name: 'Run', exact: false }).first().click();
  await expect(second).toHaveAttribute('data-state', 'done');
  expect(await outputText(second)).toBe(built);
  await expect(cell(page, 0)).toHaveAttribute('data-state', 'done'); // earlier cells ran first
  expect(scripts.filter((s) => /editor|compile/.test(s))).toEqual([]);
  expect(scripts.some((s) => /worker/.test(s))).toBe(true);
  expect(errors).toEqual([]);
});

for (const path of pagesWithCells()) {
  test(`every cell on /${path} shows in the browser the output the build wrote`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(path);
    const cells = page.locator('nb-cell');
    const count = await cells.count();
    expect(count).toBeGreaterThan(0);
    const built: string[] = [];
    for (let i = 0; i < count; i++) built.push(await outputText(cells.nth(i)));
    await page.locator('[data-act="run-all"]').click();
    for (let i = 0; i < count; i++) await expect(cells.nth(i)).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    for (let i = 0; i < count; i++) expect(await outputText(cells.nth(i)), `cell ${i + 1}`).toBe(built[i]);
    expect(errors).toEqual([]);
  });
}

test('an edited cell runs its new code, and later cells see its names (shared scope)', async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto(demo);
  await editCell(page, 1, 'const answer: number = 21;\nanswer * 2');
  expect(scripts.some((s) => /editor/.test(s))).toBe(true);
  await run(cell(page, 1));
  await expect(output(cell(page, 1))).toHaveText('42');
  expect(scripts.some((s) => /compile/.test(s))).toBe(true);
  await editCell(page, 2, 'answer + 1');
  await run(cell(page, 2));
  await expect(output(cell(page, 2))).toHaveText('22');
  // Re-running a cell replaces its names.
  await editCell(page, 1, 'const answer = 100;');
  await run(cell(page, 1));
  await run(cell(page, 2));
  await expect(output(cell(page, 2))).toHaveText('101');
});

test('running a later cell first runs the earlier cells that have not run', async ({ page }) => {
  await page.goto(demo);
  await editCell(page, 3, 'z.toFixed(3)');
  await run(cell(page, 3));
  await expect(output(cell(page, 3))).toHaveText('"0.350"');
  for (const i of [0, 1, 2]) await expect(cell(page, i)).toHaveAttribute('data-state', 'done');
});

test('an error shows its message with the line and column of the TypeScript, marks the line and belongs to its cell', async ({ page }) => {
  await page.goto(demo);
  await editCell(page, 2, 'const a: number = 1;\nconst b = (a as any).x.y;');
  await run(cell(page, 2));
  const error = output(cell(page, 2)).locator('.nb-error');
  await expect(error).toContainText("TypeError: Cannot read properties of undefined (reading 'y')");
  await expect(error).toContainText('line 2, column 24');
  await expect(cell(page, 2).locator('.cm-line.nb-err-line')).toHaveText('const b = (a as any).x.y;');
  // Other cells still run, and the error clears when its cell runs again.
  await run(cell(page, 3));
  await expect(output(cell(page, 3)).locator('svg.nb-plot')).toBeVisible();
  await editCell(page, 2, 'const a: number = 1;\na');
  await run(cell(page, 2));
  await expect(output(cell(page, 2))).toHaveText('1');
  await expect(cell(page, 2).locator('.nb-err-line')).toHaveCount(0);
});

test('a syntax error in an edited cell reports its line and column', async ({ page }) => {
  await page.goto(demo);
  await editCell(page, 1, 'const ok = 1;\nlet x: number = (;');
  await run(cell(page, 1));
  await expect(output(cell(page, 1)).locator('.nb-error')).toContainText('SyntaxError');
  await expect(output(cell(page, 1)).locator('.nb-error')).toContainText('line 2, column 18');
});

test('an endless loop is stopped after the timeout while the page stays responsive, and the scope is rebuilt', async ({ page }) => {
  await page.goto(demo);
  await editCell(page, 2, 'while (true) {}');
  await cell(page, 2).locator('[data-act="run"]').click();
  await expect(cell(page, 2)).toHaveAttribute('data-state', 'running');
  await page.waitForTimeout(1000);
  // The main thread answers within a frame or two while the worker spins (the best of three round
  // trips: on a loaded test machine one frame can be late; a blocked page would miss all three by seconds).
  const roundTrips = await page.evaluate(async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      times.push(performance.now() - t0);
    }
    return times;
  });
  expect(Math.min(...roundTrips)).toBeLessThan(250);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(cell(page, 2)).toHaveAttribute('data-state', 'timeout', { timeout: 10_000 });
  await expect(output(cell(page, 2))).toContainText('longer than 3 s');
  // The next run starts a fresh worker and runs the earlier cells again.
  await editCell(page, 3, 'z.toFixed(2)');
  await run(cell(page, 3));
  await expect(output(cell(page, 3))).toHaveText('"0.35"');
});

test('a cell cannot reach the page: document, localStorage, indexedDB and parent are out of reach', async ({ page }) => {
  await page.goto(demo);
  await page.evaluate(() => localStorage.setItem('sentinel', 'page'));
  await editCell(page, 1, [
    'const seen: string[] = [];',
    'for (const f of [() => localStorage.getItem("sentinel"), () => document.cookie, () => parent.postMessage("x", "*")]) {',
    '  try { seen.push(String(f())); } catch (e) { seen.push((e as Error).message.split(":")[0]); }',
    '}',
    'seen.push(typeof (globalThis as any).localStorage, typeof (globalThis as any).document, String(self.origin));',
    'try { indexedDB.open("x"); } catch (e) { seen.push((e as Error).name); }',
    'seen',
  ].join('\n'));
  await run(cell(page, 1));
  await expect(output(cell(page, 1))).toHaveText(
    '["localStorage is not available in a code cell", "document is not available in a code cell", "parent is not available in a code cell", "undefined", "undefined", "null", "SecurityError"]');
  expect(await page.evaluate(() => localStorage.getItem('sentinel'))).toBe('page');
});

test('edits survive a reload, are marked modified, and Reset brings back the original', async ({ page }) => {
  await page.goto(demo);
  const original = await cell(page, 1).locator('[data-nb-code]').innerText();
  await editCell(page, 1, 'const kept = "yes";\nkept');
  await expect(cell(page, 1).locator('[data-badge]')).toHaveText('modified');
  await page.reload();
  await expect(cell(page, 1).locator('[data-badge]')).toHaveText('modified');
  await expect(cell(page, 1).locator('.nb-plain')).toHaveText('const kept = "yes";\nkept');
  await run(cell(page, 1));
  await expect(output(cell(page, 1))).toHaveText('"yes"');
  await cell(page, 1).getByRole('button', { name: 'Reset' }).click();
  await expect(cell(page, 1).locator('[data-badge]')).toBeHidden();
  await expect(output(cell(page, 1))).toContainText('0.5866175789173301');
  await page.reload();
  await expect(cell(page, 1).locator('.nb-plain')).toHaveCount(0);
  expect(await cell(page, 1).locator('[data-nb-code]').innerText()).toBe(original);
});

test('Reset all restores every cell and the build output', async ({ page }) => {
  await page.goto(demo);
  await editCell(page, 1, '1 + 1');
  await run(cell(page, 1));
  await expect(output(cell(page, 1))).toHaveText('2');
  await page.locator('[data-act="reset-all"]').click();
  await expect(output(cell(page, 1))).toContainText('0.5866175789173301');
  await expect(cell(page, 1).locator('[data-badge]')).toBeHidden();
});

test('a shared link shows its code marked as from a link and runs nothing until Run is clicked', async ({ page, context }) => {
  await page.goto(demo);
  await editCell(page, 1, 'const shared = "from a friend";\nshared');
  await cell(page, 1).getByRole('button', { name: 'Copy link' }).click();
  await expect(page).toHaveURL(/#cell-2=/);
  const link = page.url();
  const other = await context.newPage();
  const scripts = collectScripts(other);
  await other.goto(link);
  await expect(cell(other, 1).locator('[data-badge]')).toHaveText('from a link');
  await expect(cell(other, 1).locator('.nb-plain')).toHaveText('const shared = "from a friend";\nshared');
  await expect(output(cell(other, 1))).toContainText('Nothing has run');
  await other.waitForTimeout(300);
  expect(await other.locator('iframe[sandbox]').count()).toBe(0);
  expect(scripts.filter((s) => /worker/.test(s))).toEqual([]);
  await run(cell(other, 1));
  await expect(output(cell(other, 1))).toHaveText('"from a friend"');
});

test('keyboard only: Tab to Run and press Enter; Edit, type, and Ctrl+Enter in the editor', async ({ page }) => {
  await page.goto(demo);
  await page.locator('[data-act="run-all"]').focus();
  await page.keyboard.press('Tab'); // Reset all
  await page.keyboard.press('Tab'); // Run of cell 1
  await expect(page.locator(':focus')).toHaveAttribute('data-act', 'run');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0)).toHaveAttribute('data-state', 'done');
  await page.keyboard.press('Tab'); // Edit of cell 1
  await expect(page.locator(':focus')).toHaveAttribute('data-act', 'edit');
  await page.keyboard.press('Enter');
  await expect(cell(page, 0).locator('.cm-content')).toBeFocused({ timeout: EDITOR_LOAD });
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('6 * 7');
  await page.keyboard.press('Control+Enter');
  await expect(output(cell(page, 0))).toHaveText('42');
  await page.keyboard.press('Shift+Enter');
  await expect(output(cell(page, 0))).toHaveText('42');
});

test('the Chinese page speaks Chinese and its cells run', async ({ page }) => {
  await page.goto('zh-cn/rules-to-learning/');
  await expect(cell(page, 1).getByRole('button', { name: '运行' })).toBeVisible();
  await editCell(page, 1, 'const x: number = 1;\nx.y.z');
  await run(cell(page, 1));
  await expect(output(cell(page, 1)).locator('.nb-error')).toContainText('第 2 行，第 5 列');
});

test('at 360 px the cells fit without horizontal page scroll and pass axe with output and editor shown', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(demo);
  await page.locator('[data-act="run-all"]').click();
  await expect(cell(page, 3)).toHaveAttribute('data-state', 'done');
  await editCell(page, 1, 'const wide = "' + 'x'.repeat(200) + '";\nwide');
  await run(cell(page, 1));
  await expect(cell(page, 1)).toHaveAttribute('data-state', 'done');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    expect((await axeViolations(page, (axe) => axe.include('nb-cell').include('[data-nb-bar]'))).map((v) => `${theme}: ${v}`)).toEqual([]);
  }
});

test('after an error, every token colour on the red error-line tint passes axe colour contrast in both themes', async ({ page }) => {
  await page.goto(demo);
  // A line with every kind of token: keyword, string, number, comment, type, function.
  await editCell(page, 1, 'const s: string = "text"; const n = 42; /* note */ Math.max(n); (null as any).x; // comment');
  await run(cell(page, 1));
  await expect(cell(page, 1).locator('.cm-line.nb-err-line')).toHaveCount(1);
  await page.locator('body').click({ position: { x: 1, y: 1 } }); // the editor's focus outline is not under test
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const results = await new AxeBuilder({ page }).include('nb-cell:nth-of-type(2) .nb-err-line').withRules(['color-contrast']).analyze();
    expect(results.violations.map((v) => `${theme}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.any[0]?.message}`).join(', ')}`)).toEqual([]);
  }
});

test('cells take no prose spacing: toolbar buttons sit on one line and the cell keeps its place and height in edit mode', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(demo);
  const c = cell(page, 1);
  const tops = await c.locator('.nb-toolbar .nb-btn:visible').evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const box = async () => c.evaluate((n) => {
    const r = n.getBoundingClientRect();
    const code = n.querySelector('[data-nb-code]')!.getBoundingClientRect();
    return { top: Math.round(r.top + scrollY), height: Math.round(r.height), code: Math.round(code.height) };
  });
  const spacing = (selector: string) => c.locator(selector).evaluateAll((ls) => ls[1].getBoundingClientRect().top - ls[0].getBoundingClientRect().top);
  const built = await spacing('.ec-line');
  const before = await box();
  await c.locator('[data-act="edit"]').click();
  await expect(c.locator('.cm-content')).toBeFocused({ timeout: EDITOR_LOAD });
  // The editor spaces lines as the highlighted code does (prose margins made it 35 px).
  const edited = await spacing('.cm-line');
  expect(Math.abs(edited - built)).toBeLessThanOrEqual(1);
  expect(edited).toBeLessThan(30);
  const after = await box();
  expect(after.top).toBe(before.top);
  expect(Math.abs(after.height - before.height)).toBeLessThanOrEqual(12);
  expect(Math.abs(after.code - before.code)).toBeLessThanOrEqual(12);
});

test('2,000 printed lines scroll inside a labelled, focusable output that shows its focus, and pass axe', async ({ page }) => {
  await page.goto(demo);
  const before = await page.evaluate(() => document.documentElement.scrollHeight);
  await editCell(page, 1, 'for (let i = 0; i < 2000; i++) console.log("line", i);');
  await run(cell(page, 1));
  const out = output(cell(page, 1));
  await expect(out).toContainText('Output cut');
  const sizes = await out.evaluate((o) => ({ client: o.clientHeight, scroll: o.scrollHeight }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.client).toBeLessThanOrEqual(24 * 16);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(before + 24 * 16 + 100);
  await expect(out).toHaveAttribute('aria-label', 'Output of code cell 2');
  await cell(page, 1).locator('[data-act="link"]').focus();
  for (let i = 0; i < 6 && !(await out.evaluate((o) => o === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(out).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect.poll(() => out.evaluate((o) => o.scrollTop)).toBeGreaterThan(0);
  expect(await out.evaluate((o) => getComputedStyle(o).outlineStyle)).toBe('solid');
  expect(await axeViolations(page, (axe) => axe.include('nb-cell'))).toEqual([]);
});

test('the Chinese page says in Chinese why a cell stopped and what cells share', async ({ page }) => {
  await page.goto('zh-cn/rules-to-learning/');
  await expect(page.locator('.nb-shared')).toContainText('共用一个作用域');
  await editCell(page, 3, 'while (true) {}');
  await run(cell(page, 3));
  await expect(output(cell(page, 3))).toContainText('已停止：单元运行超过 3 秒。');
});

test('a page without the digits loads a worker under 30 KB gzip; the digits page loads its own worker with the data', async ({ page }) => {
  const { gzipSync } = await import('node:zlib');
  const workers: { url: string; gzip: number }[] = [];
  page.on('response', async (r) => {
    if (!/\/_astro\/worker[^/]*\.js$/.test(r.url())) return;
    workers.push({ url: r.url(), gzip: gzipSync(await r.body(), { level: 9 }).length });
  });
  await page.goto(demo);
  await run(cell(page, 0));
  await expect.poll(() => workers.length).toBe(1);
  expect(workers[0].url).not.toMatch(/digits/);
  expect(workers[0].gzip).toBeLessThanOrEqual(30 * 1024);
  workers.length = 0;
  await page.goto('en/digits/');
  await run(cell(page, 0));
  await expect(cell(page, 0)).toHaveAttribute('data-state', 'done');
  await expect.poll(() => workers.length).toBe(1);
  expect(workers[0].url).toMatch(/worker-digits/);
  expect(workers[0].gzip).toBeGreaterThan(60 * 1024); // the network and the test digits ride in it
});

test('on a page without the digits, cells cannot import them (the build and the worker agree)', async ({ page }) => {
  await page.goto(demo);
  await editCell(page, 1, 'import { digitNetwork } from "forward";\ndigitNetwork');
  await run(cell(page, 1));
  await expect(output(cell(page, 1)).locator('.nb-error')).toContainText('"forward" has no export named "digitNetwork"');
});

test('on a Chinese page the worker and the compiler speak Chinese: blocked names, plots, the memory cap, top-level await', async ({ page }) => {
  await page.goto('zh-cn/rules-to-learning/');
  const c = cell(page, 1);
  const error = output(c).locator('.nb-error');
  await editCell(page, 1, 'document.title');
  await run(c);
  await expect(error).toContainText('代码单元中不能使用 document：单元与页面隔离运行（没有 DOM，也没有存储）');
  await editCell(page, 1, 'plot({ x: [0, 1, 2], y: [0, 1, 4] })');
  await run(c);
  await expect(output(c).locator('svg.nb-plot')).toHaveAttribute('aria-label', '折线图');
  await editCell(page, 1, 'plot({ x: [0, 1, 2], y: [0, 1] })');
  await run(c);
  await expect(error).toContainText('plot：y[0] 的长度是 2（应为 3，即 x 的长度）');
  await editCell(page, 1, 'new Float64Array(1e9).length');
  await run(c);
  await expect(output(c).locator('.nb-sys')).toContainText('已停止：达到内存上限');
  await editCell(page, 1, 'const n = 1;\nawait n;');
  await run(c);
  await expect(error).toContainText('单元的顶层不支持 await');
  await expect(error).toContainText('第 2 行，第 1 列');
  await editCell(page, 1, 'setTimeout(() => { throw new Error("晚了"); }, 10);');
  await run(c);
  await expect(output(c)).toContainText('运行结束后：Error: 晚了');
});
