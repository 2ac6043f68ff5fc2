import { checkNumberOrVector, checkVector, describe, fail } from './check.ts';
import { Matrix, toMatrix } from './matrix.ts';
import { logSoftmax } from './softmax.ts';

/** Probabilities are clipped to [CE_EPSILON, 1] before the log, so a predicted 0 costs −log(1e-12) ≈ 27.63 instead of ∞. */
export const CE_EPSILON = 1e-12;

/** Mean squared error (1/n)Σ(predᵢ − targetᵢ)², e.g. `mse([0.5, 1], [0, 1])` → 0.125. */
export function mse(pred: ArrayLike<number> | number, target: ArrayLike<number> | number): number {
  const p = checkNumberOrVector('mse', 'pred', pred);
  const t = checkNumberOrVector('mse', 'target', target);
  if (p.length !== t.length) {
    fail('mse', 'pred', 'equal', `has length ${p.length} but target has length ${t.length}`);
  }
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const d = p[i] - t[i];
    s += d * d;
  }
  return s / p.length;
}

// Turns a class index or a distribution into a checked distribution of the right length.
function targetDistribution(fn: string, n: number, target: number | ArrayLike<number>): ArrayLike<number> {
  if (typeof target === 'number') {
    if (!Number.isInteger(target) || target < 0 || target >= n) {
      fail(fn, 'target', `a class index, an integer in [0, ${n - 1}]`, describe(target));
    }
    const t = new Float64Array(n);
    t[target] = 1;
    return t;
  }
  checkVector(fn, 'target', target);
  if (target.length !== n) {
    fail(fn, 'target', `length ${n} like the prediction`, `has length ${target.length}`);
  }
  for (let i = 0; i < n; i++) {
    if (target[i] < 0) fail(fn, 'target', 'non-negative weights (one-hot or a distribution)', `has ${target[i]} at index ${i}`);
  }
  return target;
}

/**
 * Cross-entropy −Σ targetᵢ·log(pᵢ) (natural log), p clipped to [CE_EPSILON, 1]; target is a class
 * index or a one-hot/distribution, e.g. `crossEntropy([0.7, 0.2, 0.1], 0)` → 0.35667494393873245 (= −log 0.7).
 */
export function crossEntropy(probs: ArrayLike<number>, target: number | ArrayLike<number>): number {
  checkVector('crossEntropy', 'probs', probs);
  for (let i = 0; i < probs.length; i++) {
    if (probs[i] < 0 || probs[i] > 1) fail('crossEntropy', 'probs', 'probabilities in [0, 1]', `has ${probs[i]} at index ${i}`);
  }
  const t = targetDistribution('crossEntropy', probs.length, target);
  let loss = 0;
  for (let i = 0; i < probs.length; i++) {
    if (t[i] === 0) continue; // 0·log p = 0, even for p = 0
    const p = probs[i] < CE_EPSILON ? CE_EPSILON : probs[i];
    loss -= t[i] * Math.log(p);
  }
  return loss;
}

/**
 * Cross-entropy of softmax(logits) computed stably as −Σ targetᵢ·logSoftmax(logits)ᵢ, no clipping needed,
 * e.g. `crossEntropyFromLogits([1000, 1001, 1002], 2)` → 0.4076059644443803.
 */
export function crossEntropyFromLogits(logits: ArrayLike<number>, target: number | ArrayLike<number>): number {
  checkVector('crossEntropyFromLogits', 'logits', logits);
  const t = targetDistribution('crossEntropyFromLogits', logits.length, target);
  const ls = logSoftmax(logits);
  let loss = 0;
  for (let i = 0; i < ls.length; i++) if (t[i] !== 0) loss -= t[i] * ls[i];
  return loss;
}

/**
 * Binary cross-entropy −[y·log p + (1 − y)·log(1 − p)] (mean over entries for arrays), p clipped to
 * [CE_EPSILON, 1 − CE_EPSILON], e.g. `binaryCrossEntropy(0.598, 1)` → 0.5142.
 */
export function binaryCrossEntropy(p: number | ArrayLike<number>, y: number | ArrayLike<number>): number {
  const ps = checkNumberOrVector('binaryCrossEntropy', 'p', p);
  const ys = checkNumberOrVector('binaryCrossEntropy', 'y', y);
  if (ps.length !== ys.length) {
    fail('binaryCrossEntropy', 'p', 'equal', `has length ${ps.length} but y has length ${ys.length}`);
  }
  let loss = 0;
  for (let i = 0; i < ps.length; i++) {
    if (ps[i] < 0 || ps[i] > 1) fail('binaryCrossEntropy', 'p', 'probabilities in [0, 1]', `has ${ps[i]} at index ${i}`);
    if (ys[i] < 0 || ys[i] > 1) fail('binaryCrossEntropy', 'y', 'labels in [0, 1]', `has ${ys[i]} at index ${i}`);
    const q = Math.min(Math.max(ps[i], CE_EPSILON), 1 - CE_EPSILON);
    if (ys[i] !== 0) loss -= ys[i] * Math.log(q);
    if (ys[i] !== 1) loss -= (1 - ys[i]) * Math.log1p(-q); // log(1 − q) without cancelling for small q
  }
  return loss / ps.length;
}

/**
 * Mean cross-entropy over a batch of probability rows and class labels (one per row), p clipped to
 * [CE_EPSILON, 1], e.g. `crossEntropyBatch([[0.7, 0.3], [0.4, 0.6]], [0, 1])` → 0.4337502838523616 = (−log 0.7 − log 0.6)/2.
 */
export function crossEntropyBatch(probs: Matrix | number[][], labels: ArrayLike<number>): number {
  const P = toMatrix('crossEntropyBatch', 'probs', probs);
  checkVector('crossEntropyBatch', 'labels', labels);
  if (labels.length !== P.rows) {
    fail('crossEntropyBatch', 'probs', 'equal', `has ${P.rows} rows but labels has length ${labels.length}`);
  }
  let loss = 0;
  for (let r = 0; r < P.rows; r++) {
    const t = labels[r];
    if (!Number.isInteger(t) || t < 0 || t >= P.cols) {
      fail('crossEntropyBatch', `labels[${r}]`, `a class index, an integer in [0, ${P.cols - 1}]`, describe(t));
    }
    const p = P.data[r * P.cols + t];
    if (p < 0 || p > 1) fail('crossEntropyBatch', 'probs', 'probabilities in [0, 1]', `has ${p} at [${r}][${t}]`);
    loss -= Math.log(p < CE_EPSILON ? CE_EPSILON : p);
  }
  return loss / P.rows;
}
