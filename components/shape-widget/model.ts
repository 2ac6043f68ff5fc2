/**
 * The shape widget's numbers: a batch X of n samples with d features each, fed to a network with
 * layer sizes `sizes` (input first, ReLU hidden layers, identity output), built and run by the
 * library. Every shape shown is read from the built network and from forwardBatch's results.
 */
import { buildNetwork, forwardBatch, Matrix, randn, createRng } from '../../src/forward/index.ts';
import type { NetworkSpec } from '../../src/forward/index.ts';
import { parameterCount } from '../../src/chapters/batches.ts';

/** The fields' defaults: a batch of 4 samples of 3 features, network 3-5-4-2. */
export const SHAPE_DEFAULTS = { n: 4, d: 3, sizes: [3, 5, 4, 2] } as const;
/** The largest batch and layer size a reader may choose (keeps the redraw instant). */
export const MAX_BATCH = 512;
export const MAX_WIDTH = 256;
const SEED = 3;

/** One layer's shapes: W (out, in), b (out), Z and A (n, out); `params` = out·in + out. */
export interface LayerShapes {
  W: [number, number];
  b: number;
  Z: [number, number] | null;
  A: [number, number] | null;
  params: number;
}

export interface ShapeReport {
  X: [number, number];
  layers: LayerShapes[];
  /** Weights plus biases over all layers. */
  params: number;
  /** The library's own message when the batch does not fit the network, else null. */
  error: string | null;
}

/** A seeded batch of n rows and d columns, entries N(0, 1), e.g. `randomBatch(2, 3).rows` → 2. */
export function randomBatch(n: number, d: number, seed = SEED): Matrix {
  const rng = createRng(seed);
  const X = new Matrix(n, d);
  for (let i = 0; i < X.data.length; i++) X.data[i] = randn(rng);
  return X;
}

/** The network the widget builds: ReLU hidden layers, identity output, Xavier weights. */
export function widgetNetwork(sizes: readonly number[]): NetworkSpec {
  const acts = sizes.slice(1).map((_, i) => (i === sizes.length - 2 ? 'identity' : 'relu') as 'identity' | 'relu');
  return buildNetwork([...sizes], acts, { init: 'xavier', seed: SEED });
}

/**
 * Shapes of X, every W, b, Z, A and the parameter count for batch size n, feature count d and layer
 * sizes (input first); when d ≠ sizes[0] the library refuses the batch and `error` holds its message,
 * e.g. `shapeReport(4, 3, [3, 5, 2]).layers[0].Z` → [4, 5].
 * Throws (from buildNetwork) when a size is not a whole number ≥ 1.
 */
export function shapeReport(n: number, d: number, sizes: readonly number[]): ShapeReport {
  const net = widgetNetwork(sizes);
  const X = randomBatch(n, d);
  const layers: LayerShapes[] = net.layers.map((l) => ({
    W: [l.W.length, l.W[0].length],
    b: l.b.length,
    Z: null,
    A: null,
    params: l.W.length * l.W[0].length + l.b.length,
  }));
  let error: string | null = null;
  try {
    let A: Matrix = X;
    net.layers.forEach((layer, i) => {
      // One layer at a time, so every Z and A shape comes from the library's own batch pass.
      const Z = forwardBatch({ layers: [{ ...layer, activation: 'identity' }] }, A);
      A = forwardBatch({ layers: [layer] }, A);
      layers[i].Z = [Z.rows, Z.cols];
      layers[i].A = [A.rows, A.cols];
    });
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  return { X: [X.rows, X.cols], layers, params: parameterCount(net), error };
}

/** Why a typed size is refused: 'whole' (not a whole number) or 'range' (outside 1…max), else null. */
export function sizeProblem(v: number, max: number): 'whole' | 'range' | null {
  if (!Number.isInteger(v)) return 'whole';
  if (v < 1 || v > max) return 'range';
  return null;
}

/** "(4, 3)" for a matrix shape, "(5)" for a vector. */
export function shapeText(shape: readonly number[] | number | null): string {
  if (shape === null) return '—';
  return typeof shape === 'number' ? `(${shape})` : `(${shape.join(', ')})`;
}
