import { checkVector } from './check.ts';
import { Matrix, toMatrix } from './matrix.ts';
import type { Vector } from './vector.ts';
import { dd, twoSum } from './exact.ts';

// One stable pass over z[off … off+n): writes exp(zᵢ − max) into exps (and zᵢ − max into shifted), and
// leaves max, the sum Σ exps and the sum without the max's own term in the registers below. Each
// difference is kept exactly (twoSum) so exp never sees its rounding; the sums are compensated
// (Neumaier 1974), so a long row adds no more than one rounding.
let rowMax = 0;
let rowSum = 0;
let rowRest = 0;
function expShifted(z: ArrayLike<number>, off: number, n: number, exps: Float64Array, eOff: number, shifted?: Float64Array): void {
  let max = -Infinity;
  let iMax = 0;
  for (let i = 0; i < n; i++) {
    if (z[off + i] > max) {
      max = z[off + i];
      iMax = i;
    }
  }
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    twoSum(z[off + i], -max);
    if (shifted !== undefined) shifted[i] = dd.hi;
    const e = i === iMax ? 1 : Math.exp(dd.hi) * (1 + dd.lo);
    exps[eOff + i] = e;
    if (i === iMax) continue;
    const t = sum + e;
    comp += Math.abs(sum) >= e ? (sum - t) + e : (e - t) + sum;
    sum = t;
  }
  rowMax = max;
  rowRest = sum + comp;
  rowSum = 1 + rowRest;
}

/** Stable softmax exp(zᵢ − max z)/Σⱼ exp(zⱼ − max z), e.g. `softmax([1000, 1001, 1002])` → [0.0900, 0.2447, 0.6652]. */
export function softmax(z: ArrayLike<number>): Vector {
  return softmaxSteps(z, 'softmax').probs;
}

/**
 * Textbook softmax exp(zᵢ)/Σⱼ exp(zⱼ) with no max subtracted, kept on purpose to show the overflow:
 * e.g. `softmaxNaive([1000, 1001, 1002])` → [NaN, NaN, NaN] (∞/∞).
 */
export function softmaxNaive(z: ArrayLike<number>): Vector {
  checkVector('softmaxNaive', 'z', z);
  const p = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    p[i] = Math.exp(z[i]);
    sum += p[i];
  }
  for (let i = 0; i < z.length; i++) p[i] /= sum;
  return p;
}

/**
 * Stable log-softmax zᵢ − max − log(1 + Σⱼ≠max exp(zⱼ − max)) with log1p, so the largest logit keeps its
 * tiny loss however far ahead it is, e.g. `logSoftmax([0, 0])` → [-0.6931, -0.6931], `logSoftmax([0, 40])[1]` → -4.248354255291589e-18.
 */
export function logSoftmax(z: ArrayLike<number>): Vector {
  checkVector('logSoftmax', 'z', z);
  const n = z.length;
  const out = new Float64Array(n);
  expShifted(z, 0, n, out, 0);
  const logSum = Math.log1p(rowRest);
  for (let i = 0; i < n; i++) {
    twoSum(z[i], -rowMax);
    out[i] = (dd.hi - logSum) + dd.lo;
  }
  return out;
}

/** The intermediates of the stable softmax, for a widget that shows each step. */
export interface SoftmaxSteps {
  /** max z, the shift. */
  max: number;
  /** z − max: every entry ≤ 0. */
  shifted: Vector;
  /** exp(z − max): every entry in (0, 1], the largest exactly 1. */
  exps: Vector;
  /** Σ exps, in [1, n]. */
  sum: number;
  /** exps / sum: the softmax. */
  probs: Vector;
}

/** Stable softmax step by step, e.g. `softmaxSteps([1, 2]).shifted` → [-1, 0]. */
export function softmaxSteps(z: ArrayLike<number>, fn = 'softmaxSteps'): SoftmaxSteps {
  checkVector(fn, 'z', z);
  const n = z.length;
  const shifted = new Float64Array(n);
  const exps = new Float64Array(n);
  expShifted(z, 0, n, exps, 0, shifted);
  const sum = rowSum;
  const probs = new Float64Array(n);
  for (let i = 0; i < n; i++) probs[i] = exps[i] / sum;
  return { max: rowMax, shifted, exps, sum, probs };
}

/** Stable softmax of every row of a batch (one sample per row), e.g. `softmaxRows([[0, 0], [1000, 1000]])` is [[0.5, 0.5], [0.5, 0.5]]. */
export function softmaxRows(Z: Matrix | number[][]): Matrix {
  const z = toMatrix('softmaxRows', 'Z', Z);
  const out = new Matrix(z.rows, z.cols);
  const n = z.cols;
  for (let r = 0; r < z.rows; r++) {
    const o = r * n;
    expShifted(z.data, o, n, out.data, o);
    const sum = rowSum;
    for (let i = 0; i < n; i++) out.data[o + i] /= sum; // as in softmax: the same bits per row
  }
  return out;
}
