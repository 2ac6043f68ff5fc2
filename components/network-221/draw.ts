/**
 * Geometry of the 2-2-1 widget that does not depend on the page: how an edge shows its weight
 * (sign by colour, size by width) and where the worked input X sits on a unit's picture.
 */
import type { Domain } from '../kit/heatmap.ts';

/** Side of a picture's overlay in its own viewBox units (the overlay is `0 0 PICTURE_BOX PICTURE_BOX`). */
export const PICTURE_BOX = 100;

/** The sign class of a weight: 'pos', 'neg' or 'zero' (non-finite counts as zero), e.g. `edgeSign(-0.5)` → "neg". */
export function edgeSign(w: number): 'pos' | 'neg' | 'zero' {
  return !Number.isFinite(w) || w === 0 ? 'zero' : w > 0 ? 'pos' : 'neg';
}

/**
 * The stroke width of an edge in diagram units: 1.5 for a zero weight growing linearly with |w| to 7.5
 * at |w| ≥ 1.5 (a non-finite weight draws thin), e.g. `edgeWidth(0.75)` → 4.5, `edgeWidth(-3)` → 7.5.
 */
export function edgeWidth(w: number): number {
  if (!Number.isFinite(w)) return 1.5;
  return 1.5 + 4 * Math.min(Math.abs(w), 1.5);
}

/**
 * Where an input sits on a picture, in overlay units (x₁ left to right, x₂ bottom to top), clamped to
 * the picture's edge, and whether it lies inside the plane,
 * e.g. `dotAt([1, 0.5], { lo: -2, hi: 2 })` → { cx: 75, cy: 37.5, inside: true }.
 */
export function dotAt(x: readonly number[], plane: Domain): { cx: number; cy: number; inside: boolean } {
  const span = plane.hi - plane.lo;
  const u = (x[0] - plane.lo) / span;
  const v = (plane.hi - x[1]) / span;
  const inside = u >= 0 && u <= 1 && v >= 0 && v <= 1;
  const clamp = (t: number) => (Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0.5) * PICTURE_BOX;
  return { cx: clamp(u), cy: clamp(v), inside };
}
