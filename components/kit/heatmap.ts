/**
 * Units as pictures: a value over the input plane drawn as a heatmap. A square grid of n×n sample
 * points covers a square domain; a batch of values (one per grid point, from the library's
 * forwardBatch) becomes the pixels of an ImageData, one pixel per sample, written in place.
 * Used by the playground and the neuron-plane widget; any widget with a 2-input network can reuse it.
 */
import { Matrix } from '../../src/forward/index.ts';

/** The square [lo, hi] × [lo, hi] shown by a heatmap, in input units. */
export interface Domain {
  lo: number;
  hi: number;
}

/**
 * The input of grid pixel (i, j) of an n×n grid: pixel centres, column i left to right along x₁,
 * row j top to bottom along x₂ (x₂ grows upwards), e.g. `gridPoint(0, 0, 2, { lo: -1, hi: 1 })` → [-0.5, 0.5].
 */
export function gridPoint(i: number, j: number, n: number, domain: Domain): [number, number] {
  const step = (domain.hi - domain.lo) / n;
  return [domain.lo + (i + 0.5) * step, domain.hi - (j + 0.5) * step];
}

/** All n² grid inputs as an (n²)×2 Matrix, row j·n + i holding gridPoint(i, j), e.g. `gridInputs(100, d).rows` → 10000. */
export function gridInputs(n: number, domain: Domain): Matrix {
  const X = new Matrix(n * n, 2);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const [x1, x2] = gridPoint(i, j, n, domain);
      X.data[2 * (j * n + i)] = x1;
      X.data[2 * (j * n + i) + 1] = x2;
    }
  }
  return X;
}

/** The grid pixel nearest an input (clamped to the grid), e.g. `pixelOf(0.5, -0.5, 2, { lo: -1, hi: 1 })` → [1, 1]. */
export function pixelOf(x1: number, x2: number, n: number, domain: Domain): [number, number] {
  const step = (domain.hi - domain.lo) / n;
  const clamp = (k: number) => Math.min(n - 1, Math.max(0, k));
  return [clamp(Math.floor((x1 - domain.lo) / step)), clamp(Math.floor((domain.hi - x2) / step))];
}

// A diverging ramp from orange (low) through a light neutral to blue (high): ColorBrewer PuOr/RdBu ends,
// chosen so both ends stay apart for red-green colour blindness. [t, r, g, b] stops.
const STOPS: readonly (readonly [number, number, number, number])[] = [
  [0, 179, 88, 6],
  [0.25, 241, 163, 64],
  [0.5, 247, 247, 247],
  [0.75, 103, 169, 207],
  [1, 33, 102, 172],
];

/** Number of colours in the lookup table: values are quantised to this many steps. */
export const RAMP_STEPS = 257;

const LUT = (() => {
  const lut = new Uint8ClampedArray(RAMP_STEPS * 3);
  for (let k = 0; k < RAMP_STEPS; k++) {
    const t = k / (RAMP_STEPS - 1);
    let s = 1;
    while (s < STOPS.length - 1 && STOPS[s][0] < t) s++;
    const [t0, r0, g0, b0] = STOPS[s - 1];
    const [t1, r1, g1, b1] = STOPS[s];
    const u = (t - t0) / (t1 - t0);
    lut[3 * k] = Math.round(r0 + (r1 - r0) * u);
    lut[3 * k + 1] = Math.round(g0 + (g1 - g0) * u);
    lut[3 * k + 2] = Math.round(b0 + (b1 - b0) * u);
  }
  return lut;
})();

/** The ramp index of a value on the scale [lo, hi] (clamped; NaN → the middle), e.g. `rampIndex(1, 0, 1)` → 256. */
export function rampIndex(v: number, lo: number, hi: number): number {
  const t = (v - lo) / (hi - lo);
  if (!(t === t)) return RAMP_STEPS >> 1;
  return t <= 0 ? 0 : t >= 1 ? RAMP_STEPS - 1 : Math.round(t * (RAMP_STEPS - 1));
}

/** The colour [r, g, b] (0–255) of a value on the scale [lo, hi], e.g. `valueColour(0.5, 0, 1)` → [247, 247, 247]. */
export function valueColour(v: number, lo: number, hi: number): [number, number, number] {
  const k = 3 * rampIndex(v, lo, hi);
  return [LUT[k], LUT[k + 1], LUT[k + 2]];
}

/** As a CSS colour, e.g. `cssColour(0, 0, 1)` → "rgb(179, 88, 6)". */
export function cssColour(v: number, lo: number, hi: number): string {
  return `rgb(${valueColour(v, lo, hi).join(', ')})`;
}

/** Colours of the three classes of a 3-class task (class 0, 1, 2): orange, blue, green. */
export const CLASS_COLOURS: readonly (readonly [number, number, number])[] = [
  [230, 120, 20],
  [40, 110, 190],
  [40, 160, 90],
];

/** The colour of a probability row: the classes' colours mixed by the probabilities, e.g. `mixColour([1, 0, 0])` → [230, 120, 20]. */
export function mixColour(p: ArrayLike<number>): [number, number, number] {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let k = 0; k < CLASS_COLOURS.length; k++) {
    r += p[k] * CLASS_COLOURS[k][0];
    g += p[k] * CLASS_COLOURS[k][1];
    b += p[k] * CLASS_COLOURS[k][2];
  }
  return [Math.round(r), Math.round(g), Math.round(b)];
}

/**
 * Writes the ramp colours of column `col` of `values` (row-major, `cols` columns, one row per point of
 * an m×m grid with m = n/step, rows in gridInputs order) into the RGBA pixels `px` of an n×n image: each
 * value fills a step×step block, so a coarse grid can be shown at once and the full one later.
 * Alpha is left as it is. Throws a RangeError when step does not divide n or a size does not match,
 * e.g. a 1×1 grid of value 1 on [0, 1] with n = 2, step = 2 makes all four pixels [33, 102, 172].
 */
export function rampPixels(
  px: Uint8ClampedArray, n: number, values: Float64Array, cols: number, col: number, lo: number, hi: number, step = 1,
): void {
  const m = checkBlocks(px, n, values.length / cols, step);
  const scale = (RAMP_STEPS - 1) / (hi - lo);
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < m; i++) {
      const t = (values[(j * m + i) * cols + col] - lo) * scale;
      const k = 3 * (t <= 0 ? 0 : t >= RAMP_STEPS - 1 ? RAMP_STEPS - 1 : t === t ? Math.round(t) : RAMP_STEPS >> 1);
      fillBlock(px, n, i, j, step, LUT[k], LUT[k + 1], LUT[k + 2]);
    }
  }
}

/** As rampPixels, for rows of three class probabilities, each shown as the classes' colours mixed (mixColour). */
export function classPixels(px: Uint8ClampedArray, n: number, probs: Float64Array, step = 1): void {
  const m = checkBlocks(px, n, probs.length / 3, step);
  const [c0, c1, c2] = CLASS_COLOURS;
  for (let p = 0; p < m * m; p++) {
    const a = probs[3 * p];
    const b = probs[3 * p + 1];
    const c = probs[3 * p + 2];
    fillBlock(px, n, p % m, Math.floor(p / m), step,
      Math.round(a * c0[0] + b * c1[0] + c * c2[0]),
      Math.round(a * c0[1] + b * c1[1] + c * c2[1]),
      Math.round(a * c0[2] + b * c1[2] + c * c2[2]));
  }
}

/** The coarse grid's side m = n/step, after checking that the image and the batch fit it. */
function checkBlocks(px: Uint8ClampedArray, n: number, rows: number, step: number): number {
  const m = n / step;
  if (!Number.isInteger(m) || px.length !== 4 * n * n || rows !== m * m) {
    throw new RangeError(`a ${rows}-row batch does not fill an ${n}×${n} image in ${step}×${step} blocks`);
  }
  return m;
}

function fillBlock(px: Uint8ClampedArray, n: number, i: number, j: number, step: number, r: number, g: number, b: number): void {
  for (let y = j * step; y < (j + 1) * step; y++) {
    for (let x = i * step, o = 4 * (y * n + x); x < (i + 1) * step; x++, o += 4) {
      px[o] = r;
      px[o + 1] = g;
      px[o + 2] = b;
    }
  }
}

/**
 * A canvas of n×n pixels showing one value per grid point. The ImageData is allocated once and
 * written in place on every paint.
 */
export class Heatmap {
  readonly canvas: HTMLCanvasElement;
  readonly n: number;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly image: ImageData;

  constructor(canvas: HTMLCanvasElement, n: number) {
    this.canvas = canvas;
    this.n = n;
    canvas.width = n;
    canvas.height = n;
    this.ctx = canvas.getContext('2d', { willReadFrequently: false })!;
    this.image = this.ctx.createImageData(n, n);
    this.image.data.fill(255);
  }

  /**
   * Paints column `col` of a row-major batch `values` with `cols` columns (one row per grid point,
   * as forwardBatch returns) on the scale [lo, hi]. With `step` > 1 the batch covers the coarser
   * (n/step)×(n/step) grid and each value fills a step×step block (see rampPixels).
   */
  paint(values: Float64Array, cols: number, col: number, lo: number, hi: number, step = 1): void {
    rampPixels(this.image.data, this.n, values, cols, col, lo, hi, step);
    this.ctx.putImageData(this.image, 0, 0);
    this.canvas.dataset.lo = String(lo);
    this.canvas.dataset.hi = String(hi);
  }

  /** Paints probability rows (three classes per row) as mixed class colours; `step` as for paint. */
  paintClasses(probs: Float64Array, step = 1): void {
    classPixels(this.image.data, this.n, probs, step);
    this.ctx.putImageData(this.image, 0, 0);
  }
}
