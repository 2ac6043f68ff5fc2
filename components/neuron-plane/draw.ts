/** SVG geometry of the neuron-plane widget: plane ↔ picture coordinates, the line, the arrow, the formula. */
import { formatNumber } from '../../src/forward/index.ts';
import { DOMAIN, boundary, foot } from './model.ts';
import type { NeuronState, PlaneActivation } from './model.ts';

/** Side of the SVG picture in its own units. */
export const SIZE = 300;

/** Picture coordinates of a plane point, e.g. `toSvg([0, 0])` → [150, 150]. */
export function toSvg(p: [number, number]): [number, number] {
  const k = SIZE / (DOMAIN.hi - DOMAIN.lo);
  return [(p[0] - DOMAIN.lo) * k, (DOMAIN.hi - p[1]) * k];
}

/** The plane point at picture coordinates, e.g. `fromSvg([150, 150])` → [0, 0]. */
export function fromSvg(q: [number, number]): [number, number] {
  const k = (DOMAIN.hi - DOMAIN.lo) / SIZE;
  return [DOMAIN.lo + q[0] * k, DOMAIN.hi - q[1] * k];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The path of the boundary segment ('' when there is none on the plane). */
export function linePath(s: NeuronState): string {
  const seg = boundary(s);
  if (!seg) return '';
  const [a, b] = [toSvg(seg[0]), toSvg(seg[1])];
  return `M${r2(a[0])} ${r2(a[1])}L${r2(b[0])} ${r2(b[1])}`;
}

/** Start and tip of the arrow w in picture coordinates, or null when w = 0. */
export function arrowEnds(s: NeuronState): { from: [number, number]; to: [number, number] } | null {
  const f = foot(s);
  if (!f) return null;
  return { from: toSvg(f), to: toSvg([f[0] + s.w1, f[1] + s.w2]) };
}

/** The formula's function name for an activation. */
export function fName(activation: PlaneActivation): string {
  return activation === 'sigmoid' ? 'σ' : activation === 'relu' ? 'ReLU' : activation;
}

const n = (v: number) => formatNumber(v);
const paren = (v: number) => (v < 0 ? `(${n(v)})` : n(v));

/**
 * The formula with the numbers plugged in, e.g. "a = σ(1·0.5 + 0.5·(-0.2) + (-0.5)) = σ(-0.1) = 0.475",
 * where z and a come from the library (model.neuronAt).
 */
export function formulaText(s: NeuronState, x: [number, number], z: number, a: number): string {
  const f = fName(s.activation);
  const sum = `${n(s.w1)}·${paren(x[0])} + ${n(s.w2)}·${paren(x[1])} + ${paren(s.b)}`;
  if (s.activation === 'identity') return `a = z = ${sum} = ${n(z)}`;
  return `a = ${f}(${sum}) = ${f}(${n(z)}) = ${n(a)}`;
}
