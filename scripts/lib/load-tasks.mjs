// Long tasks while a page loads, with the CPU slowed (CDP Emulation.setCPUThrottlingRate): every
// 'longtask' entry the browser reports from navigation to `settle` ms after the load event. Used by
// scripts/load-tasks.mjs, scripts/budget.mjs and scripts/side-by-side.mjs.

/**
 * Loads `url` once in a fresh context of `browser` (service workers blocked, so every load is cold)
 * and returns the longest task, the blocking time (each task's excess over 50 ms, summed) and the
 * number of elements, all after `settle` ms. `prepare(context)` may add routes first.
 */
export async function loadTasks(browser, url, { rate = 4, settle = 2000, prepare } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__tasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__tasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settle);
  const tasks = await page.evaluate(() => /** @type {any} */ (window).__tasks);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return { longest: Math.max(0, ...tasks), blocking: tasks.reduce((s, d) => s + Math.max(0, d - 50), 0), elements };
}
