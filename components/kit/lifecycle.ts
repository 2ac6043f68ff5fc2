/**
 * Two small rules every widget follows: start work only when the widget comes near the viewport,
 * and time each redraw (`fw-redraw` performance measures, read by the budget script).
 */

/** Calls `start` once, when `el` comes within 300 px of the viewport (at once where unsupported). */
export function whenNear(el: Element, start: () => void): void {
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: '300px 0px' },
  );
  observer.observe(el);
}

/** Runs a redraw and records its duration as a `fw-redraw` performance measure. */
export function timedRedraw(draw: () => void): void {
  const start = performance.now();
  draw();
  performance.measure('fw-redraw', { start, end: performance.now() });
}
