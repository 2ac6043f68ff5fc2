import { applyActivation, checkActivationName } from './activations.ts';
import type { ActivationName } from './activations.ts';
import { checkInteger, checkRows, checkVector, describe, fail, failType } from './check.ts';
import { initHe, initSmallRandom, initXavier, initZeros } from './init.ts';
import { checkSeed, createRng } from './random.ts';
import type { Vector } from './vector.ts';

/** One layer as plain JSON data: z = W·a_prev + b, a = activation(z); W is [out][in], e.g. `{ W: [[0.7, 0.6]], b: [0.05], activation: 'sigmoid' }`. */
export interface LayerSpec {
  W: number[][];
  b: number[];
  activation: ActivationName;
}

/** A network as plain JSON-serialisable data, e.g. `{ layers: [hidden, output] }`. */
export interface NetworkSpec {
  layers: LayerSpec[];
}

/** How buildNetwork fills W: all zeros, 0.01·N(0,1), Xavier uniform or He normal; b always starts at 0. */
export type InitName = 'zeros' | 'small' | 'xavier' | 'he';

/** Options of buildNetwork, e.g. `{ init: 'he', seed: 42 }` (defaults: 'xavier', seed 1). */
export interface BuildOptions {
  init?: InitName;
  seed?: number;
}

const initNames: readonly InitName[] = ['zeros', 'small', 'xavier', 'he'];

/**
 * A seeded network with layer sizes `sizes` (input first), one activation per layer or one for all,
 * e.g. `buildNetwork([2, 2, 1], ['relu', 'sigmoid'], { init: 'xavier', seed: 1 })`. Layer l gets W [sizes[l+1]][sizes[l]]
 * and b [sizes[l+1]] = 0. Throws TypeError for a wrong type, RangeError for sizes that are not integers ≥ 1
 * (at least two), a wrong number of activations or an unknown name, an unknown init, or a seed that is
 * not an integer in [0, 2^32 − 1].
 */
export function buildNetwork(
  sizes: number[],
  activations: ActivationName[] | ActivationName,
  options: BuildOptions = {},
): NetworkSpec {
  const fn = 'buildNetwork';
  if (!Array.isArray(sizes) || sizes.length < 2) {
    (Array.isArray(sizes) ? fail : failType)(fn, 'sizes', 'an array of at least 2 layer sizes (input first)', describe(sizes));
  }
  sizes.forEach((n, i) => checkInteger(fn, `sizes[${i}]`, n, 1));
  const nLayers = sizes.length - 1;
  let acts: ActivationName[];
  if (Array.isArray(activations)) {
    if (activations.length !== nLayers) {
      fail(fn, 'activations', `${nLayers} names (one per layer, sizes.length − 1)`, `has length ${activations.length}`);
    }
    acts = activations.map((a, i) => checkActivationName(fn, `activations[${i}]`, a));
  } else {
    acts = new Array<ActivationName>(nLayers).fill(checkActivationName(fn, 'activations', activations));
  }
  const init = options.init ?? 'xavier';
  if (!initNames.includes(init)) fail(fn, 'options.init', `one of ${initNames.join(', ')}`, describe(init));
  const rng = createRng(checkSeed(fn, 'options.seed', options.seed ?? 1));
  const layers: LayerSpec[] = [];
  for (let l = 0; l < nLayers; l++) {
    const out = sizes[l + 1];
    const inn = sizes[l];
    const W =
      init === 'zeros' ? initZeros(out, inn)
      : init === 'small' ? initSmallRandom(out, inn, rng)
      : init === 'xavier' ? initXavier(out, inn, rng)
      : initHe(out, inn, rng);
    layers.push({ W: W.toArray(), b: new Array<number>(out).fill(0), activation: acts[l] });
  }
  return { layers };
}

/** Validates a network's shapes and values and returns its sizes (input first), e.g. `networkSizes(example221Network())` → [2, 2, 1]. */
export function networkSizes(net: NetworkSpec, fn = 'networkSizes'): number[] {
  if (net === null || typeof net !== 'object' || !Array.isArray(net.layers)) {
    failType(fn, 'net', 'a NetworkSpec { layers: LayerSpec[] }', describe(net));
  }
  if (net.layers.length === 0) fail(fn, 'net.layers', 'at least one layer', 'is empty');
  const sizes: number[] = [];
  net.layers.forEach((layer, l) => {
    const at = `net.layers[${l}]`;
    if (layer === null || typeof layer !== 'object') failType(fn, at, 'a LayerSpec { W, b, activation }', describe(layer));
    const W = checkRows(fn, `${at}.W`, layer.W);
    checkVector(fn, `${at}.b`, layer.b);
    checkActivationName(fn, `${at}.activation`, layer.activation);
    if (layer.b.length !== W.length) {
      fail(fn, `${at}.W`, 'equal, one bias per neuron', `has ${W.length} rows but ${at}.b has length ${layer.b.length}`);
    }
    if (l === 0) sizes.push(W[0].length);
    else if (W[0].length !== sizes[l]) {
      fail(fn, `${at}.W`, 'equal', `has ${W[0].length} columns but layer ${l - 1} has ${sizes[l]} outputs`);
    }
    sizes.push(W.length);
  });
  return sizes;
}

/**
 * The error every forward path gives when a pre-activation is not a finite number (W·a + b
 * overflowed), naming the function called, the layer (1 for the first, as in the article's a[1]),
 * the batch row if any and the index, e.g. `badPreActivation('forward', 2, 0, Infinity)` throws "forward: layer 2, z[0] is Infinity (expected a finite pre-activation; W·a + b overflowed)".
 */
export function badPreActivation(fn: string, layer: number, i: number, z: number, row?: number): never {
  const where = row === undefined ? `layer ${layer}, z[${i}]` : `layer ${layer}, row ${row}, z[${i}]`;
  return fail(fn, where, 'a finite pre-activation; W·a + b overflowed', String(z));
}

/** The error for a bad x on every single-sample path, forward()'s, e.g. "forward: x has NaN at index 1 (expected finite numbers only)". */
export function badInput(nIn: number, x: unknown): never {
  checkVector('forward', 'x', x, nIn);
  return failType('forward', 'x', `${nIn} finite numbers`, describe(x)); // not reached for array-likes
}

/** The error for a bad `out` buffer on every single-sample path. */
export function badOut(nOut: number, out: unknown): never {
  return (out instanceof Float64Array ? fail : failType)('forward', 'out', `a Float64Array of length ${nOut}`, describe(out));
}

// z = W·a + b for one layer held as nested arrays. W: [out][in], a: [in], z: [out]. The products are
// added in order j = 0, 1, … and the bias last, as every fast path does, so all give the same bits.
function layerZ(fn: string, l: number, layer: LayerSpec, a: ArrayLike<number>): Vector {
  const { W, b } = layer;
  const z = new Float64Array(W.length);
  for (let i = 0; i < W.length; i++) {
    const row = W[i];
    let s = 0;
    for (let j = 0; j < row.length; j++) s += row[j] * a[j];
    z[i] = s + b[i];
    if (!Number.isFinite(z[i])) badPreActivation(fn, l + 1, i, z[i]);
  }
  return z;
}

/**
 * The network's output for one sample x (a[L] in the article), e.g. `forward(example221Network(), [1, 0.5])` → [0.598687660112452].
 * This is the reference: compileNetwork and forwardBatch (src/forward/fast) give the same bits and the same errors.
 * x [sizes[0]] in, a[L] [sizes[L]] out. Throws TypeError for a malformed net or x, RangeError for wrong
 * shapes, non-finite numbers, or a pre-activation that overflows (see badPreActivation).
 */
export function forward(net: NetworkSpec, x: ArrayLike<number>): Vector {
  const sizes = networkSizes(net, 'forward');
  checkVector('forward', 'x', x, sizes[0]);
  let a: ArrayLike<number> = x;
  net.layers.forEach((layer, l) => {
    const z = layerZ('forward', l, layer, a);
    a = applyActivation(layer.activation, z, z); // in place: z is not kept
  });
  return a as Vector;
}

/** Every layer's z and a for one sample; a[0] = x and z[0] is an empty vector, so z[L], a[L] match the article's layer L. */
export interface ForwardTrace {
  z: Vector[];
  a: Vector[];
}

/** forward(), keeping each layer's z and a for drawing (same shapes and errors, named forwardTrace), e.g. `forwardTrace(example221Network(), [1, 0.5]).z[1]` → [0.5, -0.15000000000000002]. */
export function forwardTrace(net: NetworkSpec, x: ArrayLike<number>): ForwardTrace {
  const sizes = networkSizes(net, 'forwardTrace');
  checkVector('forwardTrace', 'x', x, sizes[0]);
  const z: Vector[] = [new Float64Array(0)];
  const a: Vector[] = [Float64Array.from(x)];
  net.layers.forEach((layer, l) => {
    const zl = layerZ('forwardTrace', l, layer, a[a.length - 1]);
    z.push(zl);
    a.push(applyActivation(layer.activation, zl));
  });
  return { z, a };
}

// The fast paths (compileNetwork, forwardBatch: straight-line code, typed-array and WebAssembly SIMD
// kernels) live in src/forward/fast and follow this file's order of operations exactly.
