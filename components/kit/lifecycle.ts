/**
 * Two small rules every widget follows: start work only when the widget comes near the viewport,
 * and time each redraw (`fw-redraw` performance measures, read by the budget script).
 */

/**
 * Calls `start` once, when `el` comes within 300 px of the viewport, or as soon as the reader
 * focuses or presses anything inside it (so a keystroke that beats the observer is not lost),
 * whichever is first; at once where IntersectionObserver is missing.
 */
export function whenNear(el: Element, start: () => void): void {
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    el.removeEventListener('focusin', begin, true);
    el.removeEventListener('pointerdown', begin, true);
    start();
  };
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) begin();
  }, { rootMargin: '300px 0px' });
  observer.observe(el);
  el.addEventListener('focusin', begin, true);
  el.addEventListener('pointerdown', begin, true);
}

/** Runs a redraw and records its duration as a `fw-redraw` performance measure. */
export function timedRedraw(draw: () => void): void {
  const start = performance.now();
  draw();
  performance.measure('fw-redraw', { start, end: performance.now() });
}

/**
 * Writes `text` into `el` the cheap way for a redraw: when `el` holds one text node, that node's data
 * changes in place (no node is removed or inserted, so the browser restyles nothing new), and an
 * unchanged text is not written at all; otherwise `el.textContent` is set.
 */
export function setText(el: Node, text: string): void {
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) {
    const node = only as CharacterData;
    if (node.data !== text) node.data = text;
  } else if (el.textContent !== text) {
    el.textContent = text;
  }
}

/**
 * Makes a started widget's card a layout boundary: the card's height is fixed at what its content
 * needs and it gets `contain: strict`, so a redraw lays out the card alone, not the page around it
 * (dragging the MSE widget's slider at 4× CPU slowdown: frame p95 33.3 → 16.8 ms). Whenever a part of
 * the card changes height (new text, a message, a narrower window, fonts arriving) or a part is added,
 * the card is measured again and fixed at its new height, before the next paint. Without
 * ResizeObserver the card keeps its natural height.
 */
export function fitHeight(root: HTMLElement): void {
  if (!('ResizeObserver' in window)) return;
  const fit = () => {
    root.style.removeProperty('contain');
    root.style.removeProperty('height');
    root.style.height = `${root.getBoundingClientRect().height}px`;
    root.style.contain = 'strict';
  };
  const heights = new WeakMap<Element, number>();
  const sizes = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      const before = heights.get(entry.target);
      heights.set(entry.target, height);
      if (before !== undefined && before !== height) changed = true;
    }
    if (changed) fit();
  });
  const watch = () => {
    for (const child of root.children) sizes.observe(child);
  };
  new MutationObserver(() => {
    watch();
    fit();
  }).observe(root, { childList: true });
  fit();
  watch();
}
