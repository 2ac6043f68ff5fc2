import { checkNumberOrVector, checkResult, checkVector, describe, fail } from './check.ts';
import { Matrix, toMatrix } from './matrix.ts';
import { logSoftmaxOf } from './softmax.ts';

// The losses of the loss chapter. Sources: mean squared error and cross-entropy as the negative
// log-likelihood of the true class, Goodfellow, Bengio & Courville, "Deep Learning" (MIT Press, 2016),
// §5.5 and §6.2.2 (softmax units with the log-likelihood; binary cross-entropy for a sigmoid output,
// §6.2.2.2). All logs are natural, so losses are in nats.
//
// Probabilities are not required to sum to 1: crossEntropy scores the entries it is given, so
// `crossEntropy([p], 0)` is −log p for one class alone (the site draws −log p that way); only each
// entry must lie in [0, 1]. Target weights are likewise not normalised: weights w give −Σ wᵢ·log pᵢ.

/**
 * Probabilities are clipped to at least CE_EPSILON where their log is taken with a non-zero weight,
 * so a predicted 0 for the true class costs −log(1e-12) ≈ 27.63 instead of ∞; a correct prediction
 * is never clipped and costs exactly 0.
 */
export const CE_EPSILON = 1e-12;

/**
 * Mean squared error (1/n)Σ(predᵢ − targetᵢ)² of two numbers or two vectors of length n, e.g.
 * `mse([0.5, 1], [0, 1])` → 0.125. Throws TypeError for a non-number/non-array, RangeError for empty or
 * non-finite input, unequal lengths, or a sum that overflows: `mse([1e200], [-1e200])` throws "mse: the result is Infinity (expected a finite number; Σ(predᵢ − targetᵢ)² overflowed)".
 */
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
  return checkResult('mse', 'the result', 'Σ(predᵢ − targetᵢ)²', s / p.length);
}

// Turns a class index or non-negative weights into a checked distribution of the right length.
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

// Throws unless every entry of probs[off … off + n) is in [0, 1]; `at` names entry i.
function checkProbabilities(fn: string, probs: ArrayLike<number>, off: number, n: number, at: (i: number) => string): void {
  for (let i = 0; i < n; i++) {
    const p = probs[off + i];
    if (p < 0 || p > 1) fail(fn, 'probs', 'probabilities in [0, 1]', `has ${p} at ${at(i)}`);
  }
}

/**
 * Cross-entropy −Σ targetᵢ·log(pᵢ) in nats for probabilities probs [n] (each in [0, 1], not required to
 * sum to 1), p clipped to at least CE_EPSILON where its weight is non-zero; target is a class index or
 * n non-negative weights (one-hot or a distribution), e.g. `crossEntropy([0.7, 0.2, 0.1], 0)` → 0.35667494393873245 (= −log 0.7).
 * Source: Goodfellow, Bengio & Courville, Deep Learning (2016), §6.2.2.3. Throws TypeError for a
 * non-array, RangeError for empty or non-finite input, a probability outside [0, 1], a class index that
 * is not an integer in [0, n − 1], or target weights of the wrong length or below 0.
 */
export function crossEntropy(probs: ArrayLike<number>, target: number | ArrayLike<number>): number {
  checkVector('crossEntropy', 'probs', probs);
  checkProbabilities('crossEntropy', probs, 0, probs.length, (i) => `index ${i}`);
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
 * Cross-entropy of softmax(logits) computed stably as −Σ targetᵢ·logSoftmax(logits)ᵢ in nats, no clipping
 * needed; logits [n] may hold −Infinity for masked classes (see softmax), target as in crossEntropy, e.g.
 * `crossEntropyFromLogits([1000, 1001, 1002], 2)` → 0.4076059644443803, `crossEntropyFromLogits([1e308, -1e308], 0)` → 0.
 * Source: Goodfellow, Bengio & Courville, Deep Learning (2016), §6.2.2.3. Throws as crossEntropy and
 * logSoftmax do, and a RangeError when the loss is not finite: a target weight on a masked class (its
 * probability is exactly 0), or a log-probability that overflows: `crossEntropyFromLogits([1e308, -1e308], 1)` throws "crossEntropyFromLogits: the loss is Infinity (expected a finite loss; the target weights a class whose log-probability is −∞ (masked) or overflows)".
 */
export function crossEntropyFromLogits(logits: ArrayLike<number>, target: number | ArrayLike<number>): number {
  checkVector('crossEntropyFromLogits', 'logits', logits, undefined, true);
  const t = targetDistribution('crossEntropyFromLogits', logits.length, target);
  const ls = logSoftmaxOf('crossEntropyFromLogits', logits);
  let loss = 0;
  for (let i = 0; i < ls.length; i++) if (t[i] !== 0) loss -= t[i] * ls[i];
  if (!Number.isFinite(loss)) {
    fail('crossEntropyFromLogits', 'the loss', 'a finite loss; the target weights a class whose log-probability is −∞ (masked) or overflows', String(loss));
  }
  return loss;
}

/**
 * Binary cross-entropy −[y·log p + (1 − y)·log(1 − p)] in nats of a probability p and a label y in [0, 1]
 * (two numbers, or two vectors of length n averaged over entries); p is clipped to at least CE_EPSILON
 * in the first log and to at most 1 − CE_EPSILON in the second, each only where its weight is non-zero,
 * so a perfect prediction costs exactly 0, e.g. `binaryCrossEntropy(0.598, 1)` ≈ 0.5142, `binaryCrossEntropy(1, 1)` → 0.
 * Source: Goodfellow, Bengio & Courville, Deep Learning (2016), §6.2.2.2. Throws TypeError for a
 * non-number/non-array, RangeError for empty or non-finite input, unequal lengths, or p or y outside [0, 1].
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
    if (ys[i] !== 0) loss -= ys[i] * Math.log(Math.max(ps[i], CE_EPSILON));
    if (ys[i] !== 1) loss -= (1 - ys[i]) * Math.log1p(-Math.min(ps[i], 1 - CE_EPSILON)); // log(1 − p) without cancelling for small p
  }
  return loss / ps.length;
}

/**
 * Mean cross-entropy in nats over a batch of probability rows probs [batch][n] and class labels [batch]
 * (one per row): every row is checked as crossEntropy checks probs, p clipped to at least CE_EPSILON, e.g.
 * `crossEntropyBatch([[0.7, 0.3], [0.4, 0.6]], [0, 1])` → 0.4337502838523616 = (−log 0.7 − log 0.6)/2.
 * Throws TypeError for a non-matrix or non-array labels, RangeError for non-finite or ragged input, an
 * entry outside [0, 1] in any row, a label count unequal to the row count, or a label that is not an integer in [0, n − 1].
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
    checkProbabilities('crossEntropyBatch', P.data, r * P.cols, P.cols, (j) => `[${r}][${j}]`);
    const p = P.data[r * P.cols + t];
    loss -= Math.log(p < CE_EPSILON ? CE_EPSILON : p);
  }
  return loss / P.rows;
}
