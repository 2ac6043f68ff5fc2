/** Painting for the digit reader: grey images and weight pictures on canvases, pixel by pixel. */

/** Paints a `w × h` grey image (values in [0, 1], row-major) as white ink on black, one canvas pixel per value. */
export function paintGrey(canvas: HTMLCanvasElement, values: ArrayLike<number>, w: number, h: number): void {
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d')!;
  const img = ctx.createImageData(w, h);
  for (let i = 0; i < w * h; i++) {
    const v = Math.round(Math.min(1, Math.max(0, values[i])) * 255);
    img.data[4 * i] = v;
    img.data[4 * i + 1] = v;
    img.data[4 * i + 2] = v;
    img.data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

// Diverging colours for weights: negative orange, zero white, positive blue (ColorBrewer's PuOr ends).
const NEG = [179, 88, 6];
const POS = [33, 102, 172];

/** Paints 784 weights as a 28×28 picture: −range orange, 0 white, +range blue. */
export function paintWeights(canvas: HTMLCanvasElement, row: ArrayLike<number>, side: number, range: number): void {
  canvas.width = side;
  canvas.height = side;
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
