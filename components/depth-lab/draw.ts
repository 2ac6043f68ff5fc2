/** Geometry of the depth lab: one row per layer (the input first), a 5–95 % band, a 25–75 % box and a median tick. */
import { scale } from '../kit/svg.ts';
import type { LayerSpread } from './model.ts';

export const VIEW_W = 360;
export const ROW_H = 24;
export const TOP = 22;
export const PLOT_X0 = 34;
export const PLOT_X1 = 246;
export const STD_X = 356;

/** The row's vertical centre for layer index l (0 = input). */
export function rowY(l: number): number {
  return TOP + l * ROW_H + ROW_H / 2;
}

/** The view's height for `rows` rows. */
export function viewHeight(rows: number): number {
  return TOP + rows * ROW_H + 8;
}

/**
 * The symmetric horizontal range [−m, m] that holds every layer's 5–95 % band, never zero wide,
 * e.g. `axisLimit([{ p5: -2, p95: 1 }])` → 2.
 */
export function axisLimit(spreads: readonly Pick<LayerSpread, 'p5' | 'p95'>[]): number {
  const m = Math.max(...spreads.map((s) => Math.max(Math.abs(s.p5), Math.abs(s.p95))));
  return m > 0 ? m : 1;
}

export interface RowShapes {
  band: { x: number; w: number };
  box: { x: number; w: number };
  median: number;
}

/** The x positions of one row's band, box and median on an axis [−limit, limit]; a zero-width band stays 1 unit wide so it is seen. */
export function rowShapes(s: LayerSpread, limit: number): RowShapes {
  const x = scale([-limit, limit], [PLOT_X0, PLOT_X1]);
  const span = (lo: number, hi: number) => {
    const a = x(lo);
    const w = Math.max(1, x(hi) - a);
    return { x: Math.min(a, PLOT_X1 - w), w };
  };
  return { band: span(s.p5, s.p95), box: span(s.p25, s.p75), median: x(s.p50) };
}

/** The axis's x position of value v. */
export function axisX(v: number, limit: number): number {
  return scale([-limit, limit], [PLOT_X0, PLOT_X1])(v);
}
