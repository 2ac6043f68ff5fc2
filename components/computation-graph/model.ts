/**
 * The 2-2-1 example as a chain of operations (multiply by W, add b, activation), one node per
 * value; every value comes from forwardTrace (z and a) or the library's matVec (the products W·a,
 * which forwardTrace does not keep).
 */
import { graphProducts, graphTrace } from '../../src/chapters/batches.ts';
import type { Vector } from '../../src/forward/index.ts';
import { example221 } from '../../src/chapters/examples.ts';

export type NodeKind = 'input' | 'multiply' | 'add' | 'activation';

export interface GraphNode {
  kind: NodeKind;
  /** Math label pieces: [base, bracketed layer] pairs, e.g. [['z', '1']] for z^{[1]}. */
  name: string;
  layer: number;
  /** The parameter fed in from the side (W or b), with its layer, or null. */
  param: string | null;
  value: ArrayLike<number>;
  /** Whether forwardTrace keeps this value (its z and a lists). */
  kept: boolean;
}

const t = graphTrace;

/** The seven values in the order a forward pass computes them, e.g. `graphNodes[2].value` → z^{[1]} = [0.5, -0.15]. */
export const graphNodes: GraphNode[] = [
  { kind: 'input', name: 'a', layer: 0, param: null, value: t.a[0], kept: true },
  { kind: 'multiply', name: 'Wa', layer: 1, param: 'W', value: graphProducts.W1x, kept: false },
  { kind: 'add', name: 'z', layer: 1, param: 'b', value: t.z[1], kept: true },
  { kind: 'activation', name: 'a', layer: 1, param: null, value: t.a[1], kept: true },
  { kind: 'multiply', name: 'Wa', layer: 2, param: 'W', value: graphProducts.W2a1, kept: false },
  { kind: 'add', name: 'z', layer: 2, param: 'b', value: t.z[2], kept: true },
  { kind: 'activation', name: 'a', layer: 2, param: null, value: t.a[2], kept: true },
];

/** The last step index (all values computed). */
export const LAST_STEP = graphNodes.length - 1;

/** Clamps a requested step into 0…LAST_STEP, e.g. `clampStep(9)` → 6. */
export function clampStep(step: number): number {
  return Math.max(0, Math.min(LAST_STEP, Math.trunc(step)));
}

/** Whether node i shows its value at `step` (values appear in computing order). */
export function isComputed(i: number, step: number): boolean {
  return i <= step;
}

/** The values forwardTrace returns, in its own layout, for comparison: z[l] and a[l]. */
export function traceValues(): { z: Vector[]; a: Vector[] } {
  return t;
}

const actSymbol = (layer: number) => (layer === 2 ? example221.output : example221.hidden) === 'sigmoid' ? 'σ' : 'ReLU';

/** Node i's formula as plain text with bracketed layer indices, e.g. `nodeText(2)` → "z[1] = W[1]·a[0] + b[1]". */
export function nodeText(i: number): string {
  const { kind, layer: l } = graphNodes[i];
  if (kind === 'input') return 'a[0] = x';
  if (kind === 'multiply') return `W[${l}]·a[${l - 1}]`;
  if (kind === 'add') return `z[${l}] = W[${l}]·a[${l - 1}] + b[${l}]`;
  return `a[${l}] = ${actSymbol(l)}(z[${l}])`;
}

/** The operation symbol drawn in node i, e.g. `opSymbol(1)` → "×". */
export function opSymbol(i: number): string {
  return { input: 'x', multiply: '×', add: '+', activation: 'f' }[graphNodes[i].kind];
}
