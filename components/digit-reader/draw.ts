/** Painting for the digit reader: grey images and weight pictures on canvases, pixel by pixel. */

// One ImageData per canvas, reused on every redraw (no allocation per stroke).
const images = new WeakMap<HTMLCanvasElement, ImageData>();

/**
 * Paints a `w × h` grey image (values in [0, 1], row-major) as white ink on black, centred on the
 * canvas (which keeps its size; the rest stays black), one canvas pixel per value.
 */
export function paintGrey(canvas: HTMLCanvasElement, values: ArrayLike<number>, w: number, h: number): void {
  // willReadFrequently keeps the canvas in memory, where putImageData is cheap.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  let img = images.get(canvas);
  if (!img) images.set(canvas, (img = ctx.createImageData(canvas.width, canvas.height)));
  const W = canvas.width;
  const d = img.data;
  d.fill(0);
  const left = (W - w) >> 1;
  const top = (canvas.height - h) >> 1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = Math.round(Math.min(1, Math.max(0, values[y * w + x])) * 255);
      const k = 4 * ((y + top) * W + x + left);
      d[k] = v;
      d[k + 1] = v;
      d[k + 2] = v;
    }
  }
  for (let k = 3; k < d.length; k += 4) d[k] = 255;
  ctx.putImageData(img, 0, 0);
}

// Diverging colours for weights: negative orange, zero white, positive blue (ColorBrewer's PuOr ends).
const NEG = [179, 88, 6];
const POS = [33, 102, 172];

/** Paints 784 weights as a 28×28 picture: −range orange, 0 white, +range blue. */
export function paintWeights(canvas: HTMLCanvasElement, row: ArrayLike<number>, side: number, range: number): void {
  const ctx = canvas.getContext('2d')!;
  const img = ctx.createImageData(side, side);
  for (let i = 0; i < side * side; i++) {
    const t = Math.max(-1, Math.min(1, row[i] / range));
    const end = t < 0 ? NEG : POS;
    const s = Math.abs(t);
    for (let c = 0; c < 3; c++) img.data[4 * i + c] = Math.round(255 + (end[c] - 255) * s);
    img.data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

/** The grey level of each pixel of an RGBA canvas image, taken from its red channel (white ink on black), in [0, 1]. */
export function greyOf(data: Uint8ClampedArray, out: Float32Array): Float32Array {
  for (let i = 0; i < out.length; i++) out[i] = data[4 * i] / 255;
  return out;
}
