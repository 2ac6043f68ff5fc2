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
