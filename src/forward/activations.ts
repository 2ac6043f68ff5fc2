import { checkVector, describe, fail } from './check.ts';
import { erf, erfc } from './erf.ts';
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

/** Exact GELU x·Φ(x) with Φ the standard normal CDF, e.g. `gelu(1)` → 0.8413447460685429. */
export function gelu(x: number): number {
  // Φ(x) = erfc(−x/√2)/2 keeps full relative accuracy for negative x.
  return 0.5 * x * erfc(-x * SQRT_HALF);
}

/** GELU's tanh approximation 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))), e.g. `geluTanh(1)` → 0.8411919906082768. */
export function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(GELU_TANH_C * (x + GELU_TANH_K * x * x * x)));
}

/** Derivative σ′(x) = σ(x)(1 − σ(x)), at most 0.25, e.g. `sigmoidPrime(0)` → 0.25. */
export function sigmoidPrime(x: number): number {
  const s = sigmoid(x);
  const t = sigmoid(-x); // 1 − σ(x) without cancellation
  return s * t;
}

/** Derivative 1 − tanh²(x), e.g. `tanhPrime(0)` → 1. */
export function tanhPrime(x: number): number {
  const t = Math.tanh(x);
  return 1 - t * t;
}

/** Derivative of ReLU: 1 for x > 0, else 0 (0 at x = 0 by convention), e.g. `reluPrime(0.5)` → 1. */
export function reluPrime(x: number): number {
  return x > 0 ? 1 : x <= 0 ? 0 : NaN;
}

/** Derivative of leaky ReLU: 1 for x > 0, else slope, e.g. `leakyReluPrime(-3)` → 0.01. */
export function leakyReluPrime(x: number, slope = 0.01): number {
  return x > 0 ? 1 : x <= 0 ? slope : NaN;
}

/** Derivative of exact GELU: Φ(x) + x·φ(x), e.g. `geluPrime(0)` → 0.5. */
export function geluPrime(x: number): number {
  return 0.5 * erfc(-x * SQRT_HALF) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** Derivative of the tanh-approximated GELU, e.g. `geluTanhPrime(0)` → 0.5. */
export function geluTanhPrime(x: number): number {
  const u = GELU_TANH_C * (x + GELU_TANH_K * x * x * x);
  const t = Math.tanh(u);
  const du = GELU_TANH_C * (1 + 3 * GELU_TANH_K * x * x);
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du;
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
