/**
 * Small pure helpers to draw a function as an SVG path: a box in data coordinates mapped onto a
 * viewBox, and a sampled curve. They draw what the library computes; they compute nothing else.
 */

/** A plot area: data ranges [x0, x1] × [y0, y1] drawn into a width × height viewBox. */
export interface PlotBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  width: number;
  height: number;
}

/** Horizontal SVG coordinate of data value x. */
export function sx(box: PlotBox, x: number): number {
  return ((x - box.x0) / (box.x1 - box.x0)) * box.width;
}

/** Vertical SVG coordinate of data value y (SVG y grows downwards). */
export function sy(box: PlotBox, y: number): number {
  return box.height - ((y - box.y0) / (box.y1 - box.y0)) * box.height;
}

/** Keeps v inside [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** The n + 1 evenly spaced sample points from x0 to x1 (inclusive). */
export function samplePoints(x0: number, x1: number, n: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i <= n; i++) xs.push(x0 + ((x1 - x0) * i) / n);
  return xs;
}

/**
 * An SVG path "M…L…" through (x, f(x)) at n + 1 samples across the box; points outside the
 * vertical range are clamped to its edge so the line never leaves the plot.
 */
export function curvePath(box: PlotBox, f: (x: number) => number, n = 80): string {
  const parts: string[] = [];
  for (const x of samplePoints(box.x0, box.x1, n)) {
    const y = f(x);
    const py = Number.isFinite(y) ? clamp(sy(box, y), 0, box.height) : box.height;
    parts.push(`${parts.length ? 'L' : 'M'}${round(sx(box, x))} ${round(py)}`);
  }
  return parts.join('');
}

/** A marker position for (x, y), clamped into the box; `inside` says whether it needed no clamping. */
export function markerAt(box: PlotBox, x: number, y: number): { cx: number; cy: number; inside: boolean } {
  const inside = x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
  return { cx: round(clamp(sx(box, x), 0, box.width)), cy: round(clamp(sy(box, y), 0, box.height)), inside };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
