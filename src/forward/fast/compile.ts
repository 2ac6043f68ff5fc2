// The fast paths of the forward pass. They follow the reference forward() in ../network.ts
// operation for operation (products added in order, bias last, the activation table's own
// functions) and give its errors, so every path returns the same bits for the same input.
import { getActivation } from '../activations.ts';
import { fail } from '../check.ts';
import { Matrix, toMatrix } from '../matrix.ts';
import { badInput, badOut, badPreActivation, networkSizes } from '../network.ts';
import type { NetworkSpec } from '../network.ts';
import type { Vector } from '../vector.ts';
import { gemmNT, gemvRow } from './kernel.ts';
import { simdLayers } from './simdKernel.ts';
import type { SimdLayers } from './simdKernel.ts';
import { unrolledForward } from './unroll.ts';

/**
 * The network on a batch, one sample per row: each layer computes A·Wᵀ + b; row r equals
 * forward(net, X[r]) bit for bit, e.g. `forwardBatch(example221Network(), [[1, 0.5], [0, 0]])` is a 2×1 Matrix.
 */
export function forwardBatch(net: NetworkSpec, X: Matrix | number[][]): Matrix {
  networkSizes(net, 'forwardBatch');
  return compileNetwork(net).forwardBatch(X);
}

/** A network copied into typed arrays for fast repeated evaluation; see compileNetwork. */
export interface CompiledNetwork {
  /** Layer sizes, input first, e.g. [2, 2, 1]. */
  readonly sizes: readonly number[];
  /**
   * Output for one sample, bit-identical to forward(). Without `out` the result is an internal buffer
   * that the next call overwrites (no allocation per call); copy it (`.slice()`) to keep it.
   */
  forward(x: ArrayLike<number>, out?: Vector): Vector;
  /** Output for a batch (one sample per row) as a new Matrix, bit-identical to forwardBatch(). */
  forwardBatch(X: Matrix | number[][]): Matrix;
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

// Applies f to buf[0 … n) in place after checking each pre-activation, as forward() does; a row of
// `cols` entries is one sample.
function activateAll(fn: string, layer: number, f: (x: number) => number, buf: Float64Array, n: number, cols: number): void {
  for (let i = 0; i < n; i++) {
    const v = buf[i];
    if (!(v - v === 0)) badPreActivation(fn, layer, i % cols, v, Math.floor(i / cols));
    buf[i] = f(v);
  }
}

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
  const fs = net.layers.map((layer) => getActivation(layer.activation).f);
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
    wo += inn * out;
    no += out;
  }
  // acts holds the input copy followed by every layer's activations: [nIn | out₁ | out₂ | …]
  const acts = new Float64Array(nIn + nTotal);
  const output = acts.subarray(nIn + nTotal - nOut);

  function forwardOne(x: ArrayLike<number>, out?: Vector): Vector {
    if (x == null || x.length !== nIn) badInput(nIn, x);
    for (let i = 0; i < nIn; i++) {
      const v = x[i];
      if (!(typeof v === 'number' && v - v === 0)) badInput(nIn, x);
      acts[i] = v;
    }
    let src = 0; // offset of a[l-1] in acts
    let dst = nIn; // offset of a[l] in acts
    for (let l = 0; l < L; l++) {
      const inn = ins[l];
      const n = outs[l];
      const f = fs[l];
      let w = wOff[l];
      const bo = nOff[l];
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < inn; j++) s += Wflat[w + j] * acts[src + j];
        w += inn;
        const z = s + bflat[bo + i];
        if (!(z - z === 0)) badPreActivation('forward', l + 1, i, z);
        acts[dst + i] = f(z);
      }
      src = dst;
      dst += n;
    }
    if (out === undefined) return output;
    if (!(out instanceof Float64Array) || out.length !== nOut) badOut(nOut, out);
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
    const x = toMatrix('forwardBatch', 'X', X);
    if (x.cols !== nIn) fail('forwardBatch', 'X', 'equal', `has ${x.cols} columns but the first layer takes ${nIn} inputs`);
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
      activateAll('forwardBatch', l + 1, fs[l], dst, rows * outs[l], outs[l]);
      src = dst;
    }
    return result;
  }

  const fast = options.unroll === false ? null : unrolledForward(Ws, bs, fs, sizes, output);
  return { sizes: Object.freeze(sizes.slice()), forward: fast ?? forwardOne, forwardBatch: forwardMany };
}
