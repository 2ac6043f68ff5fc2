/**
 * Build time only (imports sharp): a heatmap as a small image for the page's HTML, so that a widget
 * whose script starts on the reader's first touch shows its picture from the first paint. The colours
 * are heatmap.ts's ramp; the client's canvas paints the exact picture over it once the widget starts.
 */
import sharp from 'sharp';
import { valueColour } from './heatmap.ts';

/**
 * An n×n grid of values (row-major, row 0 at the top, as Heatmap.paint takes them) on the colour scale
 * [lo, hi], as a `data:image/webp` URL (lossy WebP, quality 90: 0.4–1 KB for a 100×100 picture of a
 * smooth field). Throws if `values` has fewer than n² entries.
 */
export async function heatmapDataUrl(values: ArrayLike<number>, n: number, lo: number, hi: number): Promise<string> {
  if (values.length < n * n) throw new RangeError(`heatmapDataUrl: ${values.length} values for a ${n}×${n} grid`);
  const raw = Buffer.alloc(n * n * 3);
  for (let k = 0; k < n * n; k++) raw.set(valueColour(values[k], lo, hi), 3 * k);
  const webp = await sharp(raw, { raw: { width: n, height: n, channels: 3 } }).webp({ quality: 90 }).toBuffer();
  return `data:image/webp;base64,${webp.toString('base64')}`;
}
