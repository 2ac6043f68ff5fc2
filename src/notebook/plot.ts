// plot(...) for cells: line plots as an SVG view tree (view.ts), the same at build time and in the browser.
//   plot({ x: [0, 1, 2], y: [0, 1, 4], title: 'squares' })
//   plot({ x, y: [ys1, ys2], labels: ['sigmoid', 'tanh'] })
//   plot(sigmoid, [-6, 6])            plot([sigmoid, tanh], [-4, 4], { labels: ['σ', 'tanh'] })
import { formatNumber } from '../forward/index.ts';
import { runtimeStrings, type RuntimeStrings } from './strings.ts';
import { el, type View } from './view.ts';

/** Data for a line plot: one x array and one or more y series of the same length. */
export interface PlotData {
  x: ArrayLike<number>;
  y: ArrayLike<number> | ArrayLike<number>[];
  labels?: string[];
  title?: string;
}

/** Options when plotting functions over a range. */
export interface PlotOptions { labels?: string[]; title?: string; samples?: number }

/** Caps of a plot: points drawn per series (more are sampled evenly), series, and characters of a label or title. */
export const plotCaps = { points: 2000, series: 8, label: 60, title: 120 } as const;

const W = 320;
const H = 200;
const M = { left: 44, right: 10, top: 22, bottom: 22 };

function isArrayLike(x: unknown): x is ArrayLike<number> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/** Turns plot(...)'s arguments into data, throwing a clear error (in the language of `s`) for anything else. */
export function plotData(args: unknown[], s: RuntimeStrings = runtimeStrings('en')): PlotData {
  const [first, second, third] = args;
  if (typeof first === 'function' || (Array.isArray(first) && first.length > 0 && first.every((f) => typeof f === 'function'))) {
    const fns = (typeof first === 'function' ? [first] : first) as ((x: number) => number)[];
    const range = Array.isArray(second) ? second : [second, third];
    const opts = ((Array.isArray(second) ? third : args[3]) ?? {}) as PlotOptions;
    const [a, b] = range as number[];
    if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b) || a >= b) {
      throw new Error(s.plotRange(JSON.stringify(range)));
    }
    const n = Math.max(2, Math.min(1000, Math.floor(opts.samples ?? 101)));
    const x = Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
    const y = fns.map((f) => x.map((xi) => Number(f(xi))));
    return { x, y, labels: opts.labels ?? fns.map((f) => f.name).filter(Boolean), title: opts.title };
  }
  if (typeof first !== 'object' || first === null || !isArrayLike((first as PlotData).x)) {
    throw new Error(s.plotArgs);
  }
  return first as PlotData;
}


/** Draws plot data as an SVG view, e.g. `plotView({ x: [0, 1], y: [0, 1] })`; errors and the default name in the language of `s`. */
export function plotView(data: PlotData, s: RuntimeStrings = runtimeStrings('en')): View {
  const n = data.x.length;
  const step = Math.max(1, n / plotCaps.points);
  const picks = Array.from({ length: Math.min(n, plotCaps.points) }, (_, i) => Math.min(n - 1, Math.round(i * step)));
  const xs = picks.map((i) => Number(data.x[i]));
  const ys = isArrayLike(data.y) && !isArrayLike((data.y as unknown as unknown[])[0]) ? [data.y as ArrayLike<number>] : (data.y as ArrayLike<number>[]);
  if (!isArrayLike(ys)) throw new Error(s.plotY);
  const series = Array.from({ length: Math.min(ys.length, plotCaps.series) }, (_, k) => {
    const one = ys[k];
    if (!isArrayLike(one)) throw new Error(s.plotSeries(k));
    if (one.length !== n) throw new Error(s.plotLength(k, one.length, n));
    return picks.map((i) => Number(one[i]));
  });
  if (xs.length === 0) throw new Error(s.plotEmpty);
  const finite = (v: number[]) => v.filter(Number.isFinite);
  const allX = finite(xs);
  const allY = series.flatMap(finite);
  if (allX.length === 0 || allY.length === 0) throw new Error(s.plotNoFinite);
  let [x0, x1] = range(allX);
  let [y0, y1] = range(allY);
  if (x0 === x1) { x0 -= 1; x1 += 1; }
  if (y0 === y1) { y0 -= 1; y1 += 1; }
  const px = (x: number) => (M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right)).toFixed(1);
  const py = (y: number) => (H - M.bottom - ((y - y0) / (y1 - y0)) * (H - M.top - M.bottom)).toFixed(1);
  const lines: View[] = series.map((ys, k) => {
    let d = '';
    let pen = false;
    for (let i = 0; i < xs.length; i++) {
      if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) { pen = false; continue; }
      d += `${pen ? 'L' : 'M'}${px(xs[i])} ${py(ys[i])}`;
      pen = true;
    }
    return el('path', `nb-s${k % 4}`, [], { d, fill: 'none' });
  });
  const bottom = String(H - M.bottom);
  const axes: View[] = [
    el('line', 'nb-axis', [], { x1: String(M.left), y1: String(M.top), x2: String(M.left), y2: bottom }),
    el('line', 'nb-axis', [], { x1: String(M.left), y1: bottom, x2: String(W - M.right), y2: bottom }),
    el('text', 'nb-tick', [formatNumber(y1, 3)], { x: String(M.left - 4), y: String(M.top + 4), 'text-anchor': 'end' }),
    el('text', 'nb-tick', [formatNumber(y0, 3)], { x: String(M.left - 4), y: bottom, 'text-anchor': 'end' }),
    el('text', 'nb-tick', [formatNumber(x0, 3)], { x: String(M.left), y: String(H - 6), 'text-anchor': 'start' }),
    el('text', 'nb-tick', [formatNumber(x1, 3)], { x: String(W - M.right), y: String(H - 6), 'text-anchor': 'end' }),
  ];
  if (y0 < 0 && y1 > 0) axes.push(el('line', 'nb-zero', [], { x1: String(M.left), y1: py(0), x2: String(W - M.right), y2: py(0) }));
  const labels = Array.from(data.labels ?? []).slice(0, series.length).map((label, k) =>
    el('text', `nb-label nb-s${k % 4}`, [short(String(label), plotCaps.label)], { x: String(W - M.right), y: String(M.top + 12 + 14 * k), 'text-anchor': 'end' }));
  const title = data.title ? short(String(data.title), plotCaps.title) : s.linePlot;
  const heading: View[] = data.title ? [el('text', 'nb-title', [title], { x: String(M.left), y: '14' })] : [];
  return el('svg', 'nb-plot', [el('title', undefined, [title]), ...heading, ...axes, ...lines, ...labels],
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title });
}

/** Smallest and largest of many numbers, without spreading them into a call (which overflows the stack). */
function range(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
