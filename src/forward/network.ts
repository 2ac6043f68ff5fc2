import { applyActivation, checkActivationName, getActivation, leakyRelu, sigmoid, gelu, geluTanh } from './activations.ts';
import type { ActivationName } from './activations.ts';
import { checkInteger, checkRows, checkVector, describe, fail } from './check.ts';
import { initHe, initSmallRandom, initXavier, initZeros } from './init.ts';
import { gemmNT, gemvRow } from './kernel.ts';
import { simdLayers } from './simdKernel.ts';
import type { SimdLayers } from './simdKernel.ts';
import { Matrix, toMatrix } from './matrix.ts';
import { createRng } from './random.ts';
import { unrolledForward } from './unroll.ts';
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
 * e.g. `buildNetwork([2, 2, 1], ['relu', 'sigmoid'], { init: 'xavier', seed: 1 })`.
 */
export function buildNetwork(
  sizes: number[],
  activations: ActivationName[] | ActivationName,
  options: BuildOptions = {},
): NetworkSpec {
  const fn = 'buildNetwork';
  if (!Array.isArray(sizes) || sizes.length < 2) {
    fail(fn, 'sizes', 'an array of at least 2 layer sizes (input first)', describe(sizes));
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
  const seed = options.seed ?? 1;
  if (!Number.isFinite(seed)) fail(fn, 'options.seed', 'a finite number', describe(seed));
  const rng = createRng(seed);
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
    fail(fn, 'net', 'a NetworkSpec { layers: LayerSpec[] }', describe(net));
  }
  if (net.layers.length === 0) fail(fn, 'net.layers', 'at least one layer', 'is empty');
  const sizes: number[] = [];
  net.layers.forEach((layer, l) => {
    const at = `net.layers[${l}]`;
    if (layer === null || typeof layer !== 'object') fail(fn, at, 'a LayerSpec { W, b, activation }', describe(layer));
    const W = checkRows(fn, `${at}.W`, layer.W);
    checkVector(fn, `${at}.b`, layer.b);
    checkActivationName(fn, `${at}.activation`, layer.activation);
    if (layer.b.length !== W.length) {
      throw new Error(`${fn}: ${at}.W has ${W.length} rows but ${at}.b has length ${layer.b.length} (expected equal, one bias per neuron)`);
    }
    if (l === 0) sizes.push(W[0].length);
    else if (W[0].length !== sizes[l]) {
      throw new Error(`${fn}: ${at}.W has ${W[0].length} columns but layer ${l - 1} has ${sizes[l]} outputs (expected equal)`);
    }
    sizes.push(W.length);
  });
  return sizes;
}

function checkInput(fn: string, sizes: number[], x: ArrayLike<number>): void {
  checkVector(fn, 'x', x);
  if (x.length !== sizes[0]) {
    throw new Error(`${fn}: the first layer takes ${sizes[0]} inputs but x has length ${x.length} (expected equal)`);
  }
}

// z = W·a + b for one layer held as nested arrays. W: [out][in], a: [in], z: [out]
function layerZ(layer: LayerSpec, a: ArrayLike<number>): Vector {
  const { W, b } = layer;
  const z = new Float64Array(W.length);
  for (let i = 0; i < W.length; i++) {
    const row = W[i];
    let s = b[i];
    for (let j = 0; j < row.length; j++) s += row[j] * a[j];
    z[i] = s;
  }
  return z;
}

/** The network's output for one sample x (a[L] in the article), e.g. `forward(example221Network(), [1, 0.5])` → [0.598687660112452]. */
export function forward(net: NetworkSpec, x: ArrayLike<number>): Vector {
  const sizes = networkSizes(net, 'forward');
  checkInput('forward', sizes, x);
  let a: ArrayLike<number> = x;
  for (const layer of net.layers) {
    const z = layerZ(layer, a);
    a = applyActivation(layer.activation, z, z); // in place: z is not kept
  }
  return a as Vector;
}

/** Every layer's z and a for one sample; a[0] = x and z[0] is an empty vector, so z[L], a[L] match the article's layer L. */
export interface ForwardTrace {
  z: Vector[];
  a: Vector[];
}

/** forward(), keeping each layer's z and a for drawing, e.g. `forwardTrace(example221Network(), [1, 0.5]).z[1]` → [0.5, -0.15]. */
export function forwardTrace(net: NetworkSpec, x: ArrayLike<number>): ForwardTrace {
  const sizes = networkSizes(net, 'forwardTrace');
  checkInput('forwardTrace', sizes, x);
  const z: Vector[] = [new Float64Array(0)];
  const a: Vector[] = [Float64Array.from(x)];
  for (const layer of net.layers) {
    const zl = layerZ(layer, a[a.length - 1]);
    z.push(zl);
    a.push(applyActivation(layer.activation, zl));
  }
  return { z, a };
}

/**
 * The network on a batch, one sample per row: each layer computes A·Wᵀ + b,
 * e.g. `forwardBatch(example221Network(), [[1, 0.5], [0, 0]])` is a 2×1 Matrix.
 */
export function forwardBatch(net: NetworkSpec, X: Matrix | number[][]): Matrix {
  networkSizes(net, 'forwardBatch');
  return compileNetwork(net).forwardBatch(toMatrix('forwardBatch', 'X', X));
}

/** A network copied into typed arrays for fast repeated evaluation; see compileNetwork. */
export interface CompiledNetwork {
  /** Layer sizes, input first, e.g. [2, 2, 1]. */
  readonly sizes: readonly number[];
  /**
   * Output for one sample. Without `out` the result is an internal buffer that the next call
   * overwrites (no allocation per call); copy it (`.slice()`) to keep it.
   */
  forward(x: ArrayLike<number>, out?: Vector): Vector;
  /** Output for a batch (one sample per row) as a new Matrix. */
  forwardBatch(X: Matrix | number[][]): Matrix;
}

// Activation codes for the compiled loops: a switch on a small integer inlines well.
const ACT_CODE: Record<ActivationName, number> = {
  identity: 0, sigmoid: 1, tanh: 2, relu: 3, leakyRelu: 4, gelu: 5, geluTanh: 6,
};

function activate(code: number, v: number): number {
  switch (code) {
    case 0: return v;
    case 1: return v >= 0 ? 1 / (1 + Math.exp(-v)) : sigmoid(v);
    case 2: return Math.tanh(v);
    case 3: return v <= 0 ? 0 : v;
    case 4: return leakyRelu(v);
    case 5: return gelu(v);
    default: return geluTanh(v);
  }
}

function activateAll(code: number, buf: Float64Array, n: number): void {
  if (code === 0) return;
  if (code === 3) {
    for (let i = 0; i < n; i++) if (buf[i] <= 0) buf[i] = 0;
    return;
  }
  for (let i = 0; i < n; i++) buf[i] = activate(code, buf[i]);
}

/**
 * Options of compileNetwork: `unroll: false` forces the generic typed-array loop for single samples
 * (default true: small nets get straight-line code); `simd: false` keeps batches on the typed-array
 * kernel (default true: large batches use WebAssembly SIMD where available, with identical results).
 */
export interface CompileOptions {
  unroll?: boolean;
  simd?: boolean;
}

/** Batches with at least this many multiply-adds go to the WebAssembly kernel, e.g. 64 × 784·128. */
export const SIMD_MIN_WORK = 1 << 16;

/**
 * Copies a network into flat typed arrays with preallocated buffers for fast repeated calls; later
 * edits to `net` are not seen (compile again), e.g. `compileNetwork(example221Network()).forward([1, 0.5])`.
 */
export function compileNetwork(net: NetworkSpec, options: CompileOptions = {}): CompiledNetwork {
  const sizes = networkSizes(net, 'compileNetwork');
  const L = net.layers.length;
  const nIn = sizes[0];
  const nOut = sizes[L];
  // All weights in one array, layer by layer, each W row-major [out][in]; all biases likewise.
  let wTotal = 0;
  let nTotal = 0;
  for (let l = 0; l < L; l++) {
    wTotal += sizes[l] * sizes[l + 1];
    nTotal += sizes[l + 1];
  }
  const Wflat = new Float64Array(wTotal);
  const bflat = new Float64Array(nTotal);
  const Ws: Float64Array[] = [];
  const bs: Float64Array[] = [];
  const wOff = new Int32Array(L);
  const nOff = new Int32Array(L);
  const ins = new Int32Array(L);
  const outs = new Int32Array(L);
  const codes = new Int32Array(L);
  let wo = 0;
  let no = 0;
  for (let l = 0; l < L; l++) {
    const layer = net.layers[l];
    const inn = sizes[l];
    const out = sizes[l + 1];
    for (let i = 0; i < out; i++) {
      Wflat.set(layer.W[i], wo + i * inn);
      bflat[no + i] = layer.b[i];
    }
    Ws.push(Wflat.subarray(wo, wo + inn * out));
    bs.push(bflat.subarray(no, no + out));
    wOff[l] = wo;
    nOff[l] = no;
    ins[l] = inn;
    outs[l] = out;
    codes[l] = ACT_CODE[getActivation(layer.activation).name];
    wo += inn * out;
    no += out;
  }
  // acts holds the input copy followed by every layer's activations: [nIn | out₁ | out₂ | …]
  const acts = new Float64Array(nIn + nTotal);
  const output = acts.subarray(nIn + nTotal - nOut);

  function forwardOne(x: ArrayLike<number>, out?: Vector): Vector {
    if (x == null || x.length !== nIn) {
      throw new Error(`compiled forward: x is ${describe(x)} (expected ${nIn} finite numbers)`);
    }
    for (let i = 0; i < nIn; i++) {
      const v = x[i];
      if (!(v - v === 0)) throw new Error(`compiled forward: x has ${String(v)} at index ${i} (expected finite numbers only)`);
      acts[i] = v;
    }
    let src = 0; // offset of a[l-1] in acts
    let dst = nIn; // offset of a[l] in acts
    for (let l = 0; l < L; l++) {
      const inn = ins[l];
      const n = outs[l];
      const code = codes[l];
      let w = wOff[l];
      const bo = nOff[l];
      for (let i = 0; i < n; i++) {
        let s = bflat[bo + i];
        for (let j = 0; j < inn; j++) s += Wflat[w + j] * acts[src + j];
        w += inn;
        acts[dst + i] = code === 3 ? (s <= 0 ? 0 : s) : activate(code, s);
      }
      src = dst;
      dst += n;
    }
    if (out === undefined) return output;
    if (!(out instanceof Float64Array) || out.length !== nOut) {
      throw new Error(`compiled forward: out is ${describe(out)} (expected a Float64Array of length ${nOut})`);
    }
    out.set(output);
    return out;
  }

  // Batch buffers are kept between calls with the same batch size.
  let bufRows = 0;
  let bufs: Float64Array[] = [];
  let weightsPerSample = 0;
  for (let l = 0; l < L; l++) weightsPerSample += ins[l] * outs[l];
  // Packed on the first batch big enough to need it.
  let simd: SimdLayers | null | undefined = options.simd === false ? null : undefined;

  function forwardMany(X: Matrix | number[][]): Matrix {
    const x = toMatrix('compiled forwardBatch', 'X', X);
    if (x.cols !== nIn) {
      throw new Error(`compiled forwardBatch: X has ${x.cols} columns but the first layer takes ${nIn} inputs (expected equal)`);
    }
    const rows = x.rows;
    if (rows !== bufRows) {
      bufs = [];
      for (let l = 0; l < L - 1; l++) bufs.push(new Float64Array(rows * outs[l]));
      bufRows = rows;
    }
    const result = new Matrix(rows, nOut);
    const big = rows > 1 && rows * weightsPerSample >= SIMD_MIN_WORK;
    if (big && simd === undefined) simd = simdLayers(Ws, bs, ins, outs);
    let src = x.data;
    for (let l = 0; l < L; l++) {
      const dst = l === L - 1 ? result.data : bufs[l];
      if (rows === 1) gemvRow(src, 0, ins[l], Ws[l], outs[l], dst, 0, bs[l]);
      else if (!(big && simd && simd.product(l, src, rows, dst))) gemmNT(src, rows, ins[l], Ws[l], outs[l], dst, bs[l]);
      activateAll(codes[l], dst, rows * outs[l]);
      src = dst;
    }
    return result;
  }

  const fast = options.unroll === false ? null : unrolledForward(Ws, bs, net.layers.map((layer) => layer.activation), sizes, output);
  return { sizes: Object.freeze(sizes.slice()), forward: fast ?? forwardOne, forwardBatch: forwardMany };
}
