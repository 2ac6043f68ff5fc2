/**
 * Where the MSE widget draws things: data units to SVG units with one scale for both axes, and the
 * square that shows a squared error (side |ŷ − y|, beside the point, flipped left near the right edge).
 */
import { mseDomain } from './model.ts';

export const VIEW = 320;
const PAD = 24;
const SCALE = (VIEW - 2 * PAD) / (mseDomain.max - mseDomain.min);

export const toX = (x: number): number => PAD + (x - mseDomain.min) * SCALE;
export const toY = (y: number): number => VIEW - PAD - (y - mseDomain.min) * SCALE;
/** The plot area (for clipping), in SVG units. */
export const plotBox = { x: PAD, y: PAD, size: VIEW - 2 * PAD };

/** The square for one point: its corner and side in SVG units, e.g. `errorSquare(1, 2, 2.5)`. */
export function errorSquare(x: number, y: number, pred: number): { x: number; y: number; size: number } {
  const size = Math.abs(pred - y) * SCALE;
  const left = toX(x) + size > plotBox.x + plotBox.size ? toX(x) - size : toX(x);
  return { x: left, y: toY(Math.max(pred, y)), size };
}

/** An SVG coordinate kept inside a sane band, so huge values never reach an attribute as 1e300. */
export function clampCoord(v: number): number {
  return Number.isFinite(v) ? Math.min(Math.max(v, -10 * VIEW), 11 * VIEW) : 0;
}
