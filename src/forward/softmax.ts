import { checkVector } from './check.ts';
import { Matrix, toMatrix } from './matrix.ts';
import type { Vector } from './vector.ts';

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

/** Stable log-softmax zᵢ − max − log Σⱼ exp(zⱼ − max), e.g. `logSoftmax([0, 0])` → [-0.6931, -0.6931]. */
export function logSoftmax(z: ArrayLike<number>): Vector {
  checkVector('logSoftmax', 'z', z);
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) if (z[i] > max) max = z[i];
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += Math.exp(z[i] - max);
  const logSum = Math.log(sum); // sum ≥ 1 because the max term is exp(0)
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) out[i] = z[i] - max - logSum;
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
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (z[i] > max) max = z[i];
  const shifted = new Float64Array(n);
  const exps = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    shifted[i] = z[i] - max;
    exps[i] = Math.exp(shifted[i]);
    sum += exps[i];
  }
  const probs = new Float64Array(n);
  for (let i = 0; i < n; i++) probs[i] = exps[i] / sum;
  return { max, shifted, exps, sum, probs };
}

/** Stable softmax of every row of a batch (one sample per row), e.g. `softmaxRows([[0, 0], [1000, 1000]])` is [[0.5, 0.5], [0.5, 0.5]]. */
export function softmaxRows(Z: Matrix | number[][]): Matrix {
  const z = toMatrix('softmaxRows', 'Z', Z);
  const out = new Matrix(z.rows, z.cols);
  const n = z.cols;
  for (let r = 0; r < z.rows; r++) {
    const o = r * n;
    let max = -Infinity;
    for (let i = 0; i < n; i++) if (z.data[o + i] > max) max = z.data[o + i];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = Math.exp(z.data[o + i] - max);
      out.data[o + i] = e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let i = 0; i < n; i++) out.data[o + i] *= inv;
  }
  return out;
}
