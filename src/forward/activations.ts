import { checkNumber, checkVector, describe, fail, failType } from './check.ts';
import { ERF_SERIES_MAX, erfcRatio, erfSmallDD } from './erf.ts';
import { addDD, dd, divDD, DOWN, expDD, expUp, mulDD, scale2, squareSplit, twoProd, twoSum } from './exact.ts';
import type { Vector } from './vector.ts';

// Scalar activations f(x) and their derivatives f′(x). They take any number and never throw:
// NaN in gives NaN out, so a widget can show it; vector entry points check their input instead.

const SQRT_HALF = Math.SQRT1_2;
const INV_SQRT_2PI = 0.3989422804014327; // 1/√(2π)
const GELU_TANH_C = 0.7978845608028654; // √(2/π)
const GELU_TANH_K = 0.044715;

/** Logistic sigmoid 1/(1+e^(−x)), computed from e^(−|x|) so it never overflows, e.g. `sigmoid(0.4)` → 0.598687660112452. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x); // x < 0: e ∈ (0, 1), no overflow
  return e / (1 + e);
}

/** Hyperbolic tangent, e.g. `tanh(0.5)` → 0.46211715726000974. */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/** Rectified linear unit max(0, x), e.g. `relu(-0.15)` → 0. */
export function relu(x: number): number {
  return x <= 0 ? 0 : x; // NaN stays NaN
}

// The slope of leaky ReLU must be a finite number: ∞·0 would give NaN at x = 0.
function checkSlope(fn: string, slope: number): void {
  if (!Number.isFinite(slope)) checkNumber(fn, 'slope', slope);
}

/**
 * Leaky ReLU (Maas, Hannun & Ng 2013): x for x > 0, slope·x otherwise, e.g. `leakyRelu(-2)` → -0.02.
 * Throws (TypeError/RangeError) for a slope that is not a finite number; x may be anything (NaN stays NaN).
 */
export function leakyRelu(x: number, slope = 0.01): number {
  if (slope !== 0.01) checkSlope('leakyRelu', slope);
  return x > 0 ? x : slope * x;
}

// GELU's Φ(x) = erfc(−x/√2)/2 and φ(x) = e^(−x²/2)/√(2π) in double-double. With y = |x|/√2 (its
// rounding passed on as a correction) beyond the series' range, both share E = e^(−x²/2) of the exact
// x²/2: Φ(−|x|) = E·R(y)/2 and φ(x) = E/√(2π). gaussTail sets E·2^k (in eh, el) and R(y)/2 (in dd),
// returning k; the callers combine them and round once.
const SQRT_HALF_LO = -4.833646656726457e-17; // √½ − SQRT_HALF
const INV_SQRT_2PI_LO = -2.49232720227773e-17; // 1/√(2π) − INV_SQRT_2PI
let eh = 0;
let el = 0;
function gaussTail(x: number): number {
  squareSplit(x);
  const k = expDD(-0.5 * dd.hi, -0.5 * dd.lo);
  eh = dd.hi;
  el = dd.lo;
  const y = Math.abs(x);
  twoProd(y, SQRT_HALF);
  erfcRatio(dd.hi, dd.lo + y * SQRT_HALF_LO);
  dd.hi *= 0.5;
  dd.lo *= 0.5;
  return k;
}

// True when |x|/√2 ≤ ERF_SERIES_MAX, where Φ comes from the series for erf; sets dd to Φ(x) there.
function phiSmall(x: number): boolean {
  twoProd(x, SQRT_HALF);
  const yh = dd.hi;
  if (Math.abs(yh) > ERF_SERIES_MAX) return false;
  erfSmallDD(yh, dd.lo + x * SQRT_HALF_LO);
  addDD(0.5, 0, 0.5 * dd.hi, 0.5 * dd.lo);
  return true;
}

/**
 * Exact GELU x·Φ(x) with Φ the standard normal CDF (Hendrycks & Gimpel 2016): x at +∞, −0 at −∞ and
 * below −38.6, e.g. `gelu(1)` → 0.8413447460685429, `gelu(-1)` → -0.15865525393145705
 * (the true values 0.8413447460685429486… and −0.1586552539314570514… to the nearest double).
 */
export function gelu(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 9) return x; // Φ(x) rounds to 1
  if (x <= -39) return -0; // below half the smallest subnormal
  if (Math.abs(x) < 1e-300) return 0.5 * x; // x·(1/2 + x/√(2π) + …), keeping the sign of ±0 and subnormals
  if (phiSmall(x)) {
    mulDD(dd.hi, dd.lo, x, 0);
    return dd.hi;
  }
  const k = gaussTail(x);
  mulDD(eh, el, dd.hi, dd.lo); // Φ(−|x|)·2^−k
  if (x < 0) {
    mulDD(dd.hi, dd.lo, x, 0);
    return scale2(dd.hi, k);
  }
  const f = 2 ** k; // x < 9: k > −60
  addDD(1, 0, -dd.hi * f, -dd.lo * f);
  mulDD(dd.hi, dd.lo, x, 0);
  return dd.hi;
}

// u = √(2/π)(x + 0.044715x³) as dd.hi + dd.lo: its rounding would be magnified |2u| times in exp(2u).
const C_LO = -4.98465440455546e-17; // √(2/π) − GELU_TANH_C
const K_LO = 2.1960211427085595e-18; // 0.044715 − GELU_TANH_K (the constant is decimal, not a double)
const K3 = 0.134145; // 3·0.044715 = K3 + K3_LO
const K3_LO = 1.3526957332032908e-17;
function geluTanhU(x: number): void {
  twoProd(x, x);
  const s = dd.hi;
  const se = dd.lo;
  twoProd(GELU_TANH_K, s);
  const kl = dd.lo + GELU_TANH_K * se + K_LO * s;
  twoSum(1, dd.hi); // 1 + k·x²
  const vh = dd.hi;
  const vl = dd.lo + kl;
  twoProd(GELU_TANH_C, x);
  const ch = dd.hi;
  const cl = dd.lo + C_LO * x;
  twoProd(ch, vh); // (ch + cl)(vh + vl)
  dd.lo += ch * vl + cl * vh;
}

/**
 * GELU's tanh approximation 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))) (Hendrycks & Gimpel 2016),
 * written as x·σ(2u) so the negative tail does not cancel, in double-double and rounded once: x at +∞, −0 at −∞,
 * e.g. `geluTanh(1)` → 0.8411919906082767 (the true value 0.841191990608276705… to the nearest double).
 */
export function geluTanh(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 10) return x; // σ(2u) rounds to 1
  if (x <= -30) return -0; // σ(2u) < 2^−2800
  if (x === 0) return x; // ±0 keeps its sign
  geluTanhU(x);
  const uh = dd.hi;
  const ul = dd.lo;
  if (uh < -350) { // σ(2u) = e^(2u) is subnormal or nearly: computed 2^600 larger, rounded once
    return x * (expUp(2 * uh) * (1 + 2 * ul)) * DOWN;
  }
  // e = e^(−2|u|) in double-double as 2^k·(eh + el); x/(1 + e) for u ≥ 0, x·e/(1 + e) for u < 0, rounded once
  const k = uh >= 0 ? expDD(-2 * uh, -2 * ul) : expDD(2 * uh, 2 * ul);
  if (uh < 0 && k < -120) { // 1 + e = 1 to 2⁻¹¹⁹
    mulDD(dd.hi, dd.lo, x, 0);
    return scale2(dd.hi, k);
  }
  const f = 2 ** k; // k ≥ −120 here, or u ≥ 0 with u < 44 (x < 10): normal
  const eh = dd.hi * f;
  const el = dd.lo * f;
  addDD(1, 0, eh, el);
  const dh = dd.hi;
  const dl = dd.lo;
  if (uh >= 0) {
    divDD(x, 0, dh, dl);
    return dd.hi;
  }
  mulDD(eh, el, x, 0);
  divDD(dd.hi, dd.lo, dh, dl);
  return dd.hi;
}

// (nh + nl)/(dh + dl)² rounded once.
function quotientBySquare(nh: number, nl: number, dh: number, dl: number): number {
  mulDD(dh, dl, dh, dl);
  divDD(nh, nl, dd.hi, dd.lo);
  return dd.hi;
}

/**
 * Derivative σ′(x) = σ(x)(1 − σ(x)) = e/(1 + e)² with e = e^(−|x|) in double-double, rounded once: at most
 * 0.25, 0 at ±∞, e.g. `sigmoidPrime(0)` → 0.25.
 */
export function sigmoidPrime(x: number): number {
  const y = Math.abs(x);
  if (y > 800) return 0; // e^(−800) is below the smallest subnormal
  const k = expDD(-y, 0); // NaN stays NaN
  if (k < -120) return scale2(dd.hi, k); // (1 + e)² = 1 to 2⁻¹¹⁹
  const f = 2 ** k;
  const e = dd.hi * f;
  const e2 = dd.lo * f;
  addDD(1, 0, e, e2);
  return quotientBySquare(e, e2, dd.hi, dd.lo);
}

/**
 * Derivative 1 − tanh²(x) = sech²(x) = 4e/(1 + e)² with e = e^(−2|x|), which is 4·σ′(2x): computed as
 * sigmoidPrime(2|x|) (double-double, rounded once; ×4 and ×2 are exact), so it does not cancel where
 * 1 − tanh² would: 0 at ±∞, e.g. `tanhPrime(0)` → 1.
 */
export function tanhPrime(x: number): number {
  const y = Math.abs(x);
  if (y > 350) { // 4e^(−2y) is subnormal or nearly: computed 2^600 larger, rounded once
    return 4 * expUp(-2 * y) * DOWN;
  }
  return 4 * sigmoidPrime(2 * y); // NaN stays NaN
}

/** Derivative of ReLU: 1 for x > 0, else 0 (0 at x = 0 by convention), e.g. `reluPrime(0.5)` → 1. */
export function reluPrime(x: number): number {
  return x > 0 ? 1 : x <= 0 ? 0 : NaN;
}

/** Derivative of leaky ReLU: 1 for x > 0, else slope, e.g. `leakyReluPrime(-3)` → 0.01. Throws as leakyRelu does for a bad slope. */
export function leakyReluPrime(x: number, slope = 0.01): number {
  if (slope !== 0.01) checkSlope('leakyReluPrime', slope);
  return x > 0 ? 1 : x <= 0 ? slope : NaN;
}

/**
 * Derivative of exact GELU, Φ(x) + x·φ(x) in double-double, rounded once: 1 at +∞ and −0 at −∞,
 * e.g. `geluPrime(0)` → 0.5.
 */
export function geluPrime(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 40) return 1;
  if (x <= -40) return -0;
  if (phiSmall(x)) {
    const ph = dd.hi;
    const pl = dd.lo;
    squareSplit(x);
    const f = 2 ** expDD(-0.5 * dd.hi, -0.5 * dd.lo); // x² < 1.2: f is 1 or 1/2
    mulDD(dd.hi * f, dd.lo * f, INV_SQRT_2PI, INV_SQRT_2PI_LO);
    mulDD(dd.hi, dd.lo, x, 0);
    addDD(ph, pl, dd.hi, dd.lo);
    return dd.hi;
  }
  const k = gaussTail(x);
  const rh = dd.hi;
  const rl = dd.lo;
  twoProd(x, INV_SQRT_2PI);
  const xh = dd.hi;
  const xl = dd.lo + x * INV_SQRT_2PI_LO;
  if (x < 0) { // E·(R/2 + x/√(2π))
    addDD(rh, rl, xh, xl);
    mulDD(eh, el, dd.hi, dd.lo);
    return scale2(dd.hi, k);
  }
  addDD(xh, xl, -rh, -rl); // 1 + E·(x/√(2π) − R/2)
  mulDD(eh, el, dd.hi, dd.lo);
  const f = 2 ** k;
  addDD(1, 0, dd.hi * f, dd.lo * f);
  return dd.hi;
}

/**
 * Derivative of the tanh-approximated GELU, σ(2u)·(1 + 2x·σ(−2u)·u′) with u′ = √(2/π)(1 + 3·0.044715x²),
 * written with e = e^(−2|u|) as ((1 + e) + 2x·u′·e)/(1 + e)² for u ≥ 0 and e·((1 + e) + 2x·u′)/(1 + e)²
 * for u < 0, in double-double and rounded once: 1 at +∞ and −0 at −∞ (no overflow for huge |x|),
 * e.g. `geluTanhPrime(0)` → 0.5.
 */
export function geluTanhPrime(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 10) return 1;
  if (x <= -30) return -0;
  geluTanhU(x);
  const uh = dd.hi;
  const ul = dd.lo;
  if (uh < -400) return -0; // e^(2u)·|2x·u′| < e^(−800)·6000: rounds to −0
  twoProd(x, x); // 2x·u′ = 2x·√(2/π)·(1 + 3·0.044715·x²)
  mulDD(dd.hi, dd.lo, K3, K3_LO);
  addDD(1, 0, dd.hi, dd.lo);
  mulDD(dd.hi, dd.lo, GELU_TANH_C, C_LO);
  mulDD(dd.hi, dd.lo, 2 * x, 0);
  const gh = dd.hi;
  const gl = dd.lo;
  const k = uh < 0 ? expDD(2 * uh, 2 * ul) : expDD(-2 * uh, -2 * ul); // e·2^−k; u < 44 for x < 10
  if (uh < 0 && k < -120) { // 1 + e = 1 to 2⁻¹¹⁹: e·(1 + 2x·u′), rounded once even where subnormal
    const mh = dd.hi;
    const ml = dd.lo;
    addDD(1, 0, gh, gl);
    mulDD(mh, ml, dd.hi, dd.lo);
    return scale2(dd.hi, k);
  }
  const f = 2 ** k;
  const e = dd.hi * f;
  const e2 = dd.lo * f;
  addDD(1, 0, e, e2);
  const dh = dd.hi;
  const dl = dd.lo;
  if (uh < 0) {
    addDD(dh, dl, gh, gl);
    mulDD(e, e2, dd.hi, dd.lo);
  } else {
    mulDD(gh, gl, e, e2);
    addDD(dh, dl, dd.hi, dd.lo);
  }
  return quotientBySquare(dd.hi, dd.lo, dh, dl);
}

/** The activation names a layer may use, e.g. 'relu'. */
export type ActivationName = 'identity' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'gelu' | 'geluTanh';

/** Every ActivationName in a fixed order, e.g. for a <select>: `activationNames[0]` → 'identity'. */
export const activationNames: readonly ActivationName[] = Object.freeze([
  'identity', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'gelu', 'geluTanh',
] as const);

/** An activation with its derivative, e.g. `getActivation('relu').df(2)` → 1. */
export interface Activation {
  readonly name: ActivationName;
  f(x: number): number;
  df(x: number): number;
}

const identity = (x: number): number => x;
const one = (_x: number): number => 1;

const table: Record<ActivationName, Activation> = {
  identity: Object.freeze({ name: 'identity', f: identity, df: one }),
  sigmoid: Object.freeze({ name: 'sigmoid', f: sigmoid, df: sigmoidPrime }),
  tanh: Object.freeze({ name: 'tanh', f: tanh, df: tanhPrime }),
  relu: Object.freeze({ name: 'relu', f: relu, df: reluPrime }),
  leakyRelu: Object.freeze({ name: 'leakyRelu', f: (x: number) => leakyRelu(x), df: (x: number) => leakyReluPrime(x) }),
  gelu: Object.freeze({ name: 'gelu', f: gelu, df: geluPrime }),
  geluTanh: Object.freeze({ name: 'geluTanh', f: geluTanh, df: geluTanhPrime }),
};

/** True when `name` is a known ActivationName, e.g. `isActivationName('relu')` → true. */
export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(table, name);
}

/** Throws (TypeError for a non-string, RangeError for an unknown name) unless `name` is an ActivationName, e.g. `checkActivationName('forward', 'activation', 'relu')`. */
export function checkActivationName(fn: string, arg: string, name: unknown): ActivationName {
  if (typeof name !== 'string') failType(fn, arg, `one of ${activationNames.join(', ')}`, describe(name));
  if (!isActivationName(name)) fail(fn, arg, `one of ${activationNames.join(', ')}`, describe(name));
  return name;
}

/** Looks up f and f′ by name (throws for unknown names, listing the known ones), e.g. `getActivation('sigmoid').f(0)` → 0.5. */
export function getActivation(name: ActivationName): Activation {
  return table[checkActivationName('getActivation', 'name', name)];
}

/** Applies an activation to every entry of z, e.g. `applyActivation('relu', [0.5, -0.15])` → [0.5, 0]. */
export function applyActivation(name: ActivationName, z: ArrayLike<number>, out?: Vector): Vector {
  const f = table[checkActivationName('applyActivation', 'name', name)].f;
  checkVector('applyActivation', 'z', z);
  if (out !== undefined && (!(out instanceof Float64Array) || out.length !== z.length)) {
    (out instanceof Float64Array ? fail : failType)('applyActivation', 'out', `a Float64Array of length ${z.length}`, describe(out));
  }
  const a = out ?? new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) a[i] = f(z[i]);
  return a;
}
