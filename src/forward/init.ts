import { checkInteger, checkNumber, checkResult, describe, failType } from './check.ts';
import { Matrix } from './matrix.ts';
import { randn } from './random.ts';

function checkRng(fn: string, rng: unknown): () => number {
  if (typeof rng !== 'function') failType(fn, 'rng', 'a function returning numbers in [0, 1), e.g. createRng(42)', describe(rng));
  return rng as () => number;
}

function shape(fn: string, rows: number, cols: number): Matrix {
  checkInteger(fn, 'rows', rows, 1);
  checkInteger(fn, 'cols', cols, 1);
  return new Matrix(rows, cols);
}

// Every initialiser returns a new Matrix W [rows = out][cols = in] and throws TypeError for a non-number
// size or a non-function rng, RangeError for a size that is not an integer ≥ 1.

/** All-zero weights [rows = out][cols = in]: every neuron then computes the same thing, e.g. `initZeros(2, 2)`. */
export function initZeros(rows: number, cols: number): Matrix {
  return shape('initZeros', rows, cols);
}

/**
 * Normal weights scaled down, scale·N(0, 1), W [rows = out][cols = in], e.g. `initSmallRandom(2, 2, createRng(1))` (scale 0.01).
 * Throws also for a non-finite scale, or one so large that a weight overflows (RangeError).
 */
export function initSmallRandom(rows: number, cols: number, rng: () => number, scale = 0.01): Matrix {
  const W = shape('initSmallRandom', rows, cols);
  checkRng('initSmallRandom', rng);
  checkNumber('initSmallRandom', 'scale', scale);
  for (let i = 0; i < W.data.length; i++) {
    W.data[i] = scale * randn(rng);
    if (!Number.isFinite(W.data[i])) checkResult('initSmallRandom', `W[${Math.floor(i / cols)}][${i % cols}]`, 'scale·N(0, 1)', W.data[i]);
  }
  return W;
}

/**
 * The variance Xavier initialisation gives each weight of a layer with `rows` = out neurons and
 * `cols` = in inputs: Var(w) = 2/(in + out) (Glorot & Bengio 2010, eq. 12). A layer multiplies the mean
 * square of its input by about in · Var(w), 1 when in = out. Throws a RangeError unless both sizes
 * are positive integers.
 *
 * e.g. `xavierVariance(32, 64)` → 0.020833333333333332, `xavierVariance(64, 64)` → 0.015625.
 */
export function xavierVariance(rows: number, cols: number): number {
  checkInteger('xavierVariance', 'rows', rows, 1);
  checkInteger('xavierVariance', 'cols', cols, 1);
  return 2 / (rows + cols);
}

/**
 * Glorot/Xavier uniform U(−l, l) with l = √(6/(in + out)), W [rows = out][cols = in] (Glorot & Bengio,
 * "Understanding the difficulty of training deep feedforward neural networks", AISTATS 2010, eq. 16),
 * e.g. `initXavier(128, 784, createRng(1))`.
 */
export function initXavier(rows: number, cols: number, rng: () => number): Matrix {
  const W = shape('initXavier', rows, cols);
  checkRng('initXavier', rng);
  // U(−l, l) has variance l²/3 = xavierVariance(rows, cols); written as 6/(in + out) so the seeded
  // weights stay bit for bit what they were.
  const limit = Math.sqrt(6 / (rows + cols));
  for (let i = 0; i < W.data.length; i++) W.data[i] = (2 * rng() - 1) * limit;
  return W;
}

/**
 * He normal N(0, 2/in), suited to ReLU layers, W [rows = out][cols = in] (He, Zhang, Ren & Sun, "Delving
 * deep into rectifiers", ICCV 2015, §2.2), e.g. `initHe(128, 784, createRng(1))`.
 */
export function initHe(rows: number, cols: number, rng: () => number): Matrix {
  const W = shape('initHe', rows, cols);
  checkRng('initHe', rng);
  const std = Math.sqrt(2 / cols);
  for (let i = 0; i < W.data.length; i++) W.data[i] = std * randn(rng);
  return W;
}
