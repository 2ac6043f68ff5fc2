import { checkVector, fail } from './check.ts';
import { Matrix, toMatrix } from './matrix.ts';
import type { Vector } from './vector.ts';
import { addDD, dd, divDD, expDD, scale2, twoSum } from './exact.ts';

// Softmax and log-softmax with the max subtracted first (Goodfellow, Bengio & Courville, "Deep
// Learning", MIT Press 2016, §4.1 and §6.2.2.3; Bridle 1990 named the softmax).
//
// Masking: a logit may be −Infinity (a class masked out); its exp is exactly 0, its probability 0 and
// its log-probability −Infinity. At least one logit must be finite. +Infinity and NaN are rejected.
//
// One stable pass over z[off … off+n): each difference zᵢ − max is kept exactly (twoSum: hi + lo), so
// exp never sees its rounding; e^(hi + lo) is taken in double-double (expDD) as 2^k·(eh + el), the sum
// 1 + Σ e is double-double too, and each probability e/sum is rounded once (within 0.5 ulp and a
// trace, instead of the several roundings of Math.exp, a product, a sum and a quotient). A difference
// that overflows (1e308 − (−1e308)) or is −∞ gives exp 0, never NaN.
const MIN_EXP_ARG = -746; // e^−746 is below half the smallest subnormal: rounds to 0 however it is scaled
let eHi = new Float64Array(16); // per entry: mantissa hi, lo and exponent k of e^(zᵢ − max)
let eLo = new Float64Array(16);
let eK = new Int32Array(16);
let rowMax = 0;
let sumHi = 0; // 1 + Σⱼ≠max e^(zⱼ − max) as sumHi + sumLo
let sumLo = 0;
let restHi = 0; // Σⱼ≠max e^(zⱼ − max), rounded
function expShifted(fn: string, arg: string, z: ArrayLike<number>, off: number, n: number, exps: Float64Array | null, eOff: number, shifted?: Float64Array): void {
  if (eHi.length < n) {
    eHi = new Float64Array(n);
    eLo = new Float64Array(n);
    eK = new Int32Array(n);
  }
  let max = -Infinity;
  let iMax = -1;
  for (let i = 0; i < n; i++) {
    if (z[off + i] > max) {
      max = z[off + i];
      iMax = i;
    }
  }
  if (iMax < 0) fail(fn, arg, 'at least one finite logit (−Infinity masks a class)', 'has only −Infinity');
  let rh = 0;
  let rl = 0;
  for (let i = 0; i < n; i++) {
    twoSum(z[off + i], -max);
    if (shifted !== undefined) shifted[i] = dd.hi;
    if (i === iMax) {
      eHi[i] = 1;
      eLo[i] = 0;
      eK[i] = 0;
      if (exps !== null) exps[eOff + i] = 1;
      continue;
    }
    if (dd.hi < MIN_EXP_ARG) { // also −∞: exp is 0
      eHi[i] = 0;
      eLo[i] = 0;
      eK[i] = 0;
      if (exps !== null) exps[eOff + i] = 0;
      continue;
    }
    const k = expDD(dd.hi, dd.lo);
    eHi[i] = dd.hi;
    eLo[i] = dd.lo;
    eK[i] = k;
    if (exps !== null) exps[eOff + i] = scale2(dd.hi, k);
    if (k >= -1022) {
      const f = 2 ** k; // exact, and the scaled terms stay normal
      addDD(rh, rl, dd.hi * f, dd.lo * f);
    } else { // a subnormal term, rounded once; its lost low bits are below 2^−1074
      addDD(rh, rl, scale2(dd.hi, k), 0);
    }
    rh = dd.hi;
    rl = dd.lo;
  }
  rowMax = max;
  restHi = rh + rl;
  addDD(1, 0, rh, rl);
  sumHi = dd.hi;
  sumLo = dd.lo;
}

// probs[pOff + i] = e^(zᵢ − max)/sum for the row expShifted just read, each rounded once.
function divideRow(n: number, probs: Float64Array, pOff: number): void {
  for (let i = 0; i < n; i++) {
    if (eHi[i] === 0) {
      probs[pOff + i] = 0;
      continue;
    }
    divDD(eHi[i], eLo[i], sumHi, sumLo);
    probs[pOff + i] = scale2(dd.hi + dd.lo, eK[i]);
  }
}

/**
 * Stable softmax pᵢ = exp(zᵢ − max z)/Σⱼ exp(zⱼ − max z) of logits z [n], giving probabilities [n] that
 * sum to 1, each within 1 ulp of the true value (measured: tests/unit/forward/reference.test.ts), e.g.
 * `softmax([1000, 1001, 1002])` ≈ [0.0900, 0.2447, 0.6652], `softmax([1e308, -1e308])` → [1, 0], `softmax([0, -Infinity])` → [1, 0].
 * A logit of −Infinity masks its class (probability 0). Source: Goodfellow, Bengio & Courville, Deep
 * Learning (2016), §4.1 and §6.2.2.3. Throws TypeError for a non-array, RangeError for an empty z, NaN,
 * +Infinity, or no finite logit.
 */
export function softmax(z: ArrayLike<number>): Vector {
  return softmaxSteps(z, 'softmax').probs;
}

/**
 * Textbook softmax exp(zᵢ)/Σⱼ exp(zⱼ) of logits z [n] with no max subtracted, kept on purpose to show
 * the overflow, so (the one exception in this library) it returns NaN instead of throwing when exp
 * overflows: e.g. `softmaxNaive([1000, 1001, 1002])` → [NaN, NaN, NaN] (∞/∞). Throws TypeError for a
 * non-array, RangeError for an empty or non-finite z.
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
 * Stable log-softmax zᵢ − max − log(1 + Σⱼ≠max exp(zⱼ − max)) of logits z [n] with log1p, so the largest
 * logit keeps its tiny loss however far ahead it is, e.g. `logSoftmax([0, 0])` ≈ [-0.6931, -0.6931],
 * `logSoftmax([0, 40])[1]` → -4.248354255291589e-18, `logSoftmax([0, -Infinity])` → [0, -Infinity].
 * Source: Goodfellow, Bengio & Courville, Deep Learning (2016), §6.2.2.3. Throws as softmax does, and a
 * RangeError when a finite logit's log-probability overflows: `logSoftmax([1e308, -1e308])` throws
 * "logSoftmax: entry 1 is -Infinity (expected a finite number; zᵢ − max z overflowed)".
 */
export function logSoftmax(z: ArrayLike<number>): Vector {
  const out = logSoftmaxOf('logSoftmax', z);
  for (let i = 0; i < out.length; i++) {
    if (out[i] === -Infinity && z[i] !== -Infinity) fail('logSoftmax', `entry ${i}`, 'a finite number; zᵢ − max z overflowed', '-Infinity');
  }
  return out;
}

/** logSoftmax in the name of `fn`, where an overflowed log-probability stays −Infinity (crossEntropyFromLogits weighs it), e.g. `logSoftmaxOf('f', [1e308, -1e308])` → [0, -Infinity]. */
export function logSoftmaxOf(fn: string, z: ArrayLike<number>): Vector {
  checkVector(fn, 'z', z, undefined, true);
  const n = z.length;
  const out = new Float64Array(n);
  expShifted(fn, 'z', z, 0, n, null, 0);
  const logSum = Math.log1p(restHi);
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
  /** z − max [n]: every entry ≤ 0, the largest logit's 0; −Infinity for a masked logit or a difference that overflows (its exp is then 0). */
  shifted: Vector;
  /** exp(z − max) [n]: every entry in [0, 1] (0 where it underflows or is masked), the largest logit's exactly 1. */
  exps: Vector;
  /** Σ exps, in [1, n]. */
  sum: number;
  /** exps / sum [n]: the softmax. */
  probs: Vector;
}

/**
 * Stable softmax step by step for logits z [n], e.g. `softmaxSteps([1, 2]).shifted` → [-1, 0].
 * `fn` names the caller in errors. Throws as softmax does.
 */
export function softmaxSteps(z: ArrayLike<number>, fn = 'softmaxSteps'): SoftmaxSteps {
  checkVector(fn, 'z', z, undefined, true);
  const n = z.length;
  const shifted = new Float64Array(n);
  const exps = new Float64Array(n);
  expShifted(fn, 'z', z, 0, n, exps, 0, shifted);
  const probs = new Float64Array(n);
  divideRow(n, probs, 0);
  return { max: rowMax, shifted, exps, sum: sumHi, probs };
}

/**
 * Stable softmax of every row of a batch of logits Z [batch][n] (one sample per row), giving a new
 * [batch][n] Matrix whose rows equal softmax(row) bit for bit, e.g. `softmaxRows([[0, 0], [1000, 1000]]).toArray()` → [[0.5, 0.5], [0.5, 0.5]].
 * Throws TypeError for a non-matrix, RangeError for ragged rows, NaN, +Infinity or a row with no finite logit.
 */
export function softmaxRows(Z: Matrix | number[][]): Matrix {
  const z = toMatrix('softmaxRows', 'Z', Z, true);
  const out = new Matrix(z.rows, z.cols);
  const n = z.cols;
  for (let r = 0; r < z.rows; r++) {
    expShifted('softmaxRows', `Z[${r}]`, z.data, r * n, n, null, 0);
    divideRow(n, out.data, r * n);
  }
  return out;
}
