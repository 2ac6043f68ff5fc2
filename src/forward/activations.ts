import { checkVector, describe, fail } from './check.ts';
import { erfcTail, erfSmall } from './erf.ts';
import { dd, DOWN, expUp, squareSplit, twoProd, twoSum } from './exact.ts';
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

/** Leaky ReLU: x for x > 0, slope·x otherwise, e.g. `leakyRelu(-2)` → -0.02. */
export function leakyRelu(x: number, slope = 0.01): number {
  return x > 0 ? x : slope * x;
}

// GELU's Φ(x) = erfc(−x/√2)/2, with (x/√2)² taken as the exact x²/2 so the far tail keeps its digits;
// the result is 2^600 times too large when scaledTail is set (the caller scales back once).
let scaledTail = false;
function phiScaled(x: number): number {
  const y = x * SQRT_HALF;
  scaledTail = false;
  if (Math.abs(y) <= 0.46875) return 0.5 + 0.5 * erfSmall(y);
  squareSplit(x);
  const q = 0.5 * dd.hi;
  scaledTail = q > 700;
  const tail = 0.5 * erfcTail(Math.abs(y), q, 0.5 * dd.lo); // erfc(|y|)/2
  if (x < 0) return tail;
  const small = scaledTail ? tail * DOWN : tail;
  scaledTail = false; // Φ(x) near 1 never underflows
  return 1 - small;
}

/**
 * Exact GELU x·Φ(x) with Φ the standard normal CDF (Hendrycks & Gimpel 2016): x at +∞, −0 at −∞ and
 * below −38.6, e.g. `gelu(1)` → 0.841344746068543, `gelu(-1)` → -0.15865525393145702
 * (true values 0.8413447460685429486… and −0.1586552539314570514…).
 */
export function gelu(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 9) return x; // Φ(x) rounds to 1
  if (x <= -39) return -0; // below half the smallest subnormal
  const p = phiScaled(x);
  return scaledTail ? x * p * DOWN : x * p;
}

// u = √(2/π)(x + 0.044715x³) as dd.hi + dd.lo: its rounding would be magnified |2u| times in exp(2u).
const C_LO = -4.98465440455546e-17; // √(2/π) − GELU_TANH_C
const K_LO = 2.1960211427085595e-18; // 0.044715 − GELU_TANH_K (the constant is decimal, not a double)
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
 * written as x·σ(2u) so the negative tail does not cancel: x at +∞, −0 at −∞, e.g. `geluTanh(1)` → 0.8411919906082768.
 */
export function geluTanh(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 10) return x; // σ(2u) rounds to 1
  if (x <= -30) return -0; // σ(2u) < 2^−2800
  geluTanhU(x);
  const uh = dd.hi;
  const ul = dd.lo;
  if (uh >= 0) return x / (1 + Math.exp(-2 * uh) * (1 - 2 * ul));
  if (uh < -350) { // σ(2u) = e^(2u) is subnormal or nearly: computed 2^600 larger, rounded once
    return x * (expUp(2 * uh) * (1 + 2 * ul)) * DOWN;
  }
  const e = Math.exp(2 * uh) * (1 + 2 * ul);
  return (x * e) / (1 + e);
}

/** Derivative σ′(x) = σ(x)(1 − σ(x)), at most 0.25, 0 at ±∞, e.g. `sigmoidPrime(0)` → 0.25. */
export function sigmoidPrime(x: number): number {
  const s = sigmoid(x);
  const t = sigmoid(-x); // 1 − σ(x) without cancellation
  return s * t;
}

/** Derivative 1 − tanh²(x) = sech²(x), from e^(−2|x|) where 1 − tanh² would cancel: 0 at ±∞, e.g. `tanhPrime(0)` → 1. */
export function tanhPrime(x: number): number {
  const y = Math.abs(x);
  if (y < 0.5) {
    const t = Math.tanh(x);
    return (1 - t) * (1 + t);
  }
  if (y > 350) { // 4e^(−2y) is subnormal or nearly: computed 2^600 larger, rounded once
    return 4 * expUp(-2 * y) * DOWN;
  }
  const e = Math.exp(-2 * y);
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/** Derivative of ReLU: 1 for x > 0, else 0 (0 at x = 0 by convention), e.g. `reluPrime(0.5)` → 1. */
export function reluPrime(x: number): number {
  return x > 0 ? 1 : x <= 0 ? 0 : NaN;
}

/** Derivative of leaky ReLU: 1 for x > 0, else slope, e.g. `leakyReluPrime(-3)` → 0.01. */
export function leakyReluPrime(x: number, slope = 0.01): number {
  return x > 0 ? 1 : x <= 0 ? slope : NaN;
}

/** Derivative of exact GELU: Φ(x) + x·φ(x), 1 at +∞ and −0 at −∞, e.g. `geluPrime(0)` → 0.5. */
export function geluPrime(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 40) return 1;
  if (x <= -40) return -0;
  const p = phiScaled(x);
  let density: number; // φ(x), 2^600 larger when scaledTail
  if (Math.abs(x * SQRT_HALF) <= 0.46875) density = INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  else {
    const q = 0.5 * dd.hi; // phiScaled left the split x² in dd
    const dq = 0.5 * dd.lo;
    density = INV_SQRT_2PI * ((scaledTail ? expUp(-q) : Math.exp(-q)) * Math.exp(-dq));
  }
  const r = p + x * density;
  return scaledTail ? r * DOWN : r;
}

/**
 * Derivative of the tanh-approximated GELU, σ(2u)·(1 + 2x·σ(−2u)·u′) with u′ = √(2/π)(1 + 3·0.044715x²):
 * 1 at +∞ and −0 at −∞ (no overflow for huge |x|), e.g. `geluTanhPrime(0)` → 0.5.
 */
export function geluTanhPrime(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 10) return 1;
  if (x <= -30) return -0;
  geluTanhU(x);
  const uh = dd.hi;
  const ul = dd.lo;
  const du = GELU_TANH_C * (1 + 3 * GELU_TANH_K * x * x);
  if (uh < -350) {
    return (expUp(2 * uh) * (1 + 2 * ul)) * (1 + 2 * x * du) * DOWN;
  }
  let s: number; // σ(2u)
  let t: number; // σ(−2u)
  if (uh >= 0) {
    const e = Math.exp(-2 * uh) * (1 - 2 * ul);
    s = 1 / (1 + e);
    t = e / (1 + e);
  } else {
    const e = Math.exp(2 * uh) * (1 + 2 * ul);
    s = e / (1 + e);
    t = 1 / (1 + e);
  }
  return s * (1 + 2 * x * t * du);
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

/** Throws unless `name` is an ActivationName, e.g. `checkActivationName('forward', 'activation', 'relu')`. */
export function checkActivationName(fn: string, arg: string, name: unknown): ActivationName {
  if (!isActivationName(name)) {
    fail(fn, arg, `one of ${activationNames.join(', ')}`, describe(name));
  }
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
    fail('applyActivation', 'out', `a Float64Array of length ${z.length}`, describe(out));
  }
  const a = out ?? new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) a[i] = f(z[i]);
  return a;
}
