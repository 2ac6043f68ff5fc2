/**
 * A two-input neuron a = f(w₁x₁ + w₂x₂ + b) over the (x₁, x₂) plane: its values on a grid (the
 * library's compileNetwork/forwardBatch), its boundary line w·x + b = 0 and the normal w.
 */
import { compileNetwork, forward } from '../../src/forward/index.ts';
import type { ActivationName, Matrix, NetworkSpec } from '../../src/forward/index.ts';
import { gridInputs } from '../kit/heatmap.ts';
import type { Domain } from '../kit/heatmap.ts';

/** The plane shown: x₁, x₂ ∈ [−3, 3]. */
export const DOMAIN: Domain = { lo: -3, hi: 3 };
/** Samples per side of the heatmap (GRID² in all). */
export const GRID = 120;

/**
 * The activations offered: the library's four plus 'step', the hard threshold (1 for z ≥ 0, else 0).
 * 'step' is not in src/forward (it has no useful derivative, so the library leaves it out); it is
 * defined here, by `step`, for drawing only.
 */
export type PlaneActivation = 'identity' | 'sigmoid' | 'tanh' | 'relu' | 'step';
export const planeActivations: readonly PlaneActivation[] = ['step', 'sigmoid', 'tanh', 'relu', 'identity'];

/** The hard threshold: 1 for z ≥ 0, else 0, e.g. `step(0)` → 1, `step(-0.1)` → 0. */
export function step(z: number): number {
  return z >= 0 ? 1 : 0;
}

export interface NeuronState {
  w1: number;
  w2: number;
  b: number;
  activation: PlaneActivation;
}

/** The widget's first state. */
export const START: NeuronState = { w1: 1, w2: 0.5, b: -0.5, activation: 'sigmoid' };
/** Limits on typed weights and bias. */
export const LIMIT = 10;

/** The neuron as a one-layer library network; 'step' runs as identity and is thresholded afterwards. */
export function neuronNetwork(s: NeuronState): NetworkSpec {
  const activation: ActivationName = s.activation === 'step' ? 'identity' : s.activation;
  return { layers: [{ W: [[s.w1, s.w2]], b: [s.b], activation }] };
}

/** The pre-activation z and the activation a at one point, both from the library's forward. */
export function neuronAt(s: NeuronState, x: [number, number]): { z: number; a: number } {
  const z = forward({ layers: [{ W: [[s.w1, s.w2]], b: [s.b], activation: 'identity' }] }, x)[0];
  const a = s.activation === 'step' ? step(z) : forward(neuronNetwork(s), x)[0];
  return { z, a };
}

/** The colour scale [lo, hi] for an activation, e.g. `valueRange('tanh')` → [-1, 1]. */
export function valueRange(activation: PlaneActivation): [number, number] {
  switch (activation) {
    case 'sigmoid':
    case 'step': return [0, 1];
    case 'tanh': return [-1, 1];
    case 'relu': return [0, 4];
    default: return [-4, 4];
  }
}

let grid: Matrix | null = null;

/** The neuron's activation at every grid point (GRID² values, row j·GRID + i). */
export function planeValues(s: NeuronState): Float64Array {
  grid ??= gridInputs(GRID, DOMAIN);
  const values = compileNetwork(neuronNetwork(s), { unroll: false }).forwardBatch(grid).data;
  if (s.activation === 'step') for (let k = 0; k < values.length; k++) values[k] = step(values[k]);
  return values;
}

/**
 * The boundary w·x + b = 0 clipped to the plane as a segment [[x₁, x₂], [x₁, x₂]], or null when
 * w = 0 (no boundary) or the line misses the plane.
 */
export function boundary(s: NeuronState, domain: Domain = DOMAIN): [[number, number], [number, number]] | null {
  const { w1, w2, b } = s;
  const pts: [number, number][] = [];
  const { lo, hi } = domain;
  const inside = (v: number) => v >= lo - 1e-12 && v <= hi + 1e-12;
  if (w2 !== 0) {
    for (const x1 of [lo, hi]) {
      const x2 = -(b + w1 * x1) / w2;
      if (inside(x2)) pts.push([x1, x2]);
    }
  }
  if (w1 !== 0) {
    for (const x2 of [lo, hi]) {
      const x1 = -(b + w2 * x2) / w1;
      if (inside(x1)) pts.push([x1, x2]);
    }
  }
  if (pts.length < 2) return null;
  // The two points furthest apart (corners can repeat).
  let best: [[number, number], [number, number]] = [pts[0], pts[1]];
  let d = -1;
  for (let i = 0; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      const dd = (pts[i][0] - pts[j][0]) ** 2 + (pts[i][1] - pts[j][1]) ** 2;
      if (dd > d) { d = dd; best = [pts[i], pts[j]]; }
    }
  }
  return best;
}

/** The foot of the normal from the origin to the line, −b·w/|w|², where the arrow w starts; null when w = 0. */
export function foot(s: NeuronState): [number, number] | null {
  const n2 = s.w1 * s.w1 + s.w2 * s.w2;
  if (n2 === 0) return null;
  return [(-s.b * s.w1) / n2, (-s.b * s.w2) / n2];
}

/** Rounds to 2 decimals, the precision of a drag, e.g. `snap(0.123)` → 0.12. */
export function snap(v: number): number {
  return Math.round(v * 100) / 100 + 0;
}

/** Dragging the line through point p: w stays, b becomes −w·p (snapped). */
export function dragLine(s: NeuronState, p: [number, number]): NeuronState {
  return { ...s, b: clampLimit(snap(-(s.w1 * p[0] + s.w2 * p[1]))) };
}

/**
 * Dragging the arrow's tip to p: the arrow keeps its foot f, so w becomes p − f and the line turns
 * about f (b = −w·f); all snapped.
 */
export function dragArrow(s: NeuronState, p: [number, number]): NeuronState {
  const f = foot(s) ?? [0, 0];
  const w1 = clampLimit(snap(p[0] - f[0]));
  const w2 = clampLimit(snap(p[1] - f[1]));
  return { ...s, w1, w2, b: clampLimit(snap(-(w1 * f[0] + w2 * f[1]))) };
}

function clampLimit(v: number): number {
  return Math.min(LIMIT, Math.max(-LIMIT, v));
}
