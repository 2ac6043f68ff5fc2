// Frame times of the widgets while a reader moves them, with the CPU slowed (CDP
// Emulation.setCPUThrottlingRate): the gaps between requestAnimationFrame callbacks and the long tasks
// the browser reports. Used by scripts/frames.mjs (a per-widget table) and scripts/budget.mjs (per page).

/**
 * Each widget, the page it lives on, and the control that is moved: a slider is dragged across its
 * width and back; a text field is typed into (widgets without a slider; `typed` lists the values, by
 * default 0.15, 0.25, …); a button is pressed
 * repeatedly (widgets whose change is a step, not a drag); radio buttons are chosen in turn; a drawing
 * pad is drawn on, a zigzag across it. `first`, when given, is pressed before (a control that appears only
 * once something is chosen, such as a weight's slider once its unit is selected).
 */
export const WIDGETS = [
  { name: 'rules-vs-neuron', page: 'en/rules-to-learning/', root: '[data-rules-vs-neuron]', control: 'input[type=range]' },
  { name: 'neuron-explorer', page: 'en/neuron/', root: '[data-neuron-explorer]', control: 'input[type=range]' },
  { name: 'activation-gallery', page: 'en/neuron/', root: '[data-activation-gallery]', control: 'input[type=range]' },
  { name: 'network-221', page: 'en/network/', root: '[data-network221]', control: 'input[type=text]' },
  { name: 'mse-widget', page: 'en/loss/', root: '[data-mse-widget]', control: 'input[type=range]' },
  { name: 'softmax-widget', page: 'en/loss/', root: '[data-softmax-widget]', control: 'input[type=range]' },
  { name: 'cross-entropy', page: 'en/loss/', root: '[data-ce-widget]', control: 'input[type=range]' },
  { name: 'stability-lab', page: 'en/loss/', root: '[data-stability-lab]', control: 'input[type=range]' },
  { name: 'pitfall-saturation', page: 'en/pitfalls/', root: '[data-pitfall-saturation]', control: 'input[type=range]' },
  { name: 'pitfall-loss', page: 'en/pitfalls/', root: '[data-pitfall-loss]', control: 'input[type=range]' },
  { name: 'pitfall-init', page: 'en/pitfalls/', root: '[data-pitfall-init]', control: 'button' },
  { name: 'pitfall-linear', page: 'en/pitfalls/', root: '[data-pitfall-linear]', control: 'button' },
  { name: 'approximation', page: 'en/approximation/', root: '[data-approximation]', control: 'input[type=range]' },
  { name: 'neuron-plane', page: 'en/neuron/', root: '[data-neuron-plane]', control: 'input[type=range]' },
  { name: 'shape-widget', page: 'en/batches/', root: '[data-shape-widget]', control: 'input[type=text]', typed: ['3', '12', '7', '32'] },
  { name: 'computation-graph', page: 'en/batches/', root: '[data-computation-graph]', control: 'button[data-step]' },
  { name: 'depth-lab', page: 'en/depth/', root: '[data-depth-lab]', control: 'input[type=radio]' },
  { name: 'playground', page: 'en/playground/', root: '[data-playground]', control: 'input[type=range]' },
  { name: 'playground (a weight)', page: 'en/playground/', root: '[data-playground]', first: '[data-unit="1-0"]', control: '.fw-field:has(#pg-param) input[type=range]' },
  { name: 'playground (depth)', page: 'en/playground/', root: '[data-playground]', control: '.fw-field:has(#pg-depth) input[type=range]' },
  { name: 'digit-reader (drawing)', page: 'en/digits/', root: '[data-digit-reader]', control: 'canvas[data-pad]' },
  { name: 'digit-reader (next digit)', page: 'en/digits/', root: '[data-digit-reader]', control: 'button[data-next]' },
];

export const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** Drags (or presses) one widget's control with the CPU slowed and returns its frame figures. */
export async function measureWidget(page, widget, rate = 4) {
  const root = page.locator(widget.root).first();
  if (!(await root.count())) return null;
  await root.scrollIntoViewIfNeeded();
  if (widget.first) {
    // Start the widget first (a widget that starts on first touch builds its parts then).
    await root.locator('input:visible').first().focus();
    await page.waitForTimeout(1000);
    await root.locator(widget.first).first().click();
    await page.waitForTimeout(500);
  }
  const control = root.locator(widget.control).first();
  if (!(await control.count())) return null;
  await control.scrollIntoViewIfNeeded();
  // Start the widget the way a reader does, then let it settle before the slowdown.
  await control.focus();
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate(() => {
    const w = window;
    w.__frames = { deltas: [], long: 0, loaf: 0, last: 0, on: true };
    const tick = (t) => {
      if (w.__frames.last) w.__frames.deltas.push(t - w.__frames.last);
      w.__frames.last = t;
      if (w.__frames.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    for (const type of ['longtask', 'long-animation-frame']) {
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (type === 'longtask') w.__frames.long += e.duration;
            else w.__frames.loaf += Math.max(0, e.duration - 50);
          }
        }).observe({ type, buffered: false });
      } catch { /* entry type not supported */ }
    }
  });
  const box = await control.boundingBox();
  if (widget.control === 'input[type=text]') {
    await control.click();
    for (let i = 0; i < 12; i++) {
      await control.press('Control+a');
      await control.pressSequentially(widget.typed?.[i % widget.typed.length] ?? `0.${(i % 9) + 1}5`, { delay: 30 });
    }
  } else if (widget.control.includes('input[type=range]')) {
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i <= 40; i++) {
        const f = pass === 0 ? i / 40 : 1 - i / 40;
        await page.mouse.move(box.x + 4 + f * (box.width - 8), y);
        await page.waitForTimeout(16);
      }
    }
    await page.mouse.up();
  } else if (widget.control === 'input[type=radio]') {
    // Clicked where they are, as a reader's pointer does (locator.click() would add Playwright's own
    // checks, run on the page's main thread, to every frame).
    const radios = root.locator(widget.control);
    const count = await radios.count();
    const boxes = [];
    for (let i = 0; i < count; i++) boxes.push(await radios.nth(i).boundingBox());
    for (let i = 0; i < 20; i++) {
      const b = boxes[i % count];
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      await page.waitForTimeout(50);
    }
  } else if (widget.control.startsWith('canvas')) {
    await page.mouse.move(box.x + 0.2 * box.width, box.y + 0.2 * box.height);
    await page.mouse.down();
    for (let i = 0; i <= 80; i++) {
      const f = i / 80;
      await page.mouse.move(box.x + (0.2 + 0.6 * f) * box.width, box.y + (0.2 + 0.6 * Math.abs(Math.sin(f * 6))) * box.height);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  } else {
    for (let i = 0; i < 20; i++) {
      // A stepper at its last step starts again from its first (its Reset button).
      if (await control.isDisabled()) await root.locator('button[data-reset]').click();
      else await control.click();
      await page.waitForTimeout(50);
    }
  }
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    window.__frames.on = false;
    return window.__frames;
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  const d = result.deltas;
  return { name: widget.name, page: widget.page, frames: d.length, p50: quantile(d, 0.5), p95: quantile(d, 0.95), max: Math.max(...d), longTask: result.long, loafOver50: result.loaf };
}

/**
 * The largest frame p95 (ms) over the widgets on one page (path relative to the base, e.g. 'en/loss/';
 * a zh-cn page has the same widgets as its en page),
 * each measured in a fresh page of `browser` at `rate`× CPU slowdown; null when the page has none.
 */
export async function pageFrameP95(browser, baseUrl, path, rate = 4) {
  let worst = null;
  for (const widget of WIDGETS.filter((w) => w.page === path.replace(/^zh-cn\//, 'en/'))) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    const row = await measureWidget(page, widget, rate);
    await page.close();
    if (row && (worst === null || row.p95 > worst)) worst = row.p95;
  }
  return worst;
}
