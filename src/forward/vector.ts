import { checkInteger, checkNumber, checkResult, checkSameLength, checkVector, describe, failType, overlaps } from './check.ts';

/** A vector of numbers: plain Float64Array, e.g. `vector([0.5, -0.15])`. */
export type Vector = Float64Array;

/** Copies n ≥ 1 finite numbers into a new Vector (TypeError for a non-array, RangeError for empty or non-finite input), e.g. `vector([1, 0.5])` → [1, 0.5] (a Float64Array). */
export function vector(xs: ArrayLike<number>): Vector {
  checkVector('vector', 'xs', xs);
  return Float64Array.from(xs);
}

/** A Vector of n zeros, n an integer ≥ 1 (else TypeError/RangeError), e.g. `zeros(3)` → [0, 0, 0]. */
export function zeros(n: number): Vector {
  checkInteger('zeros', 'n', n, 1);
  return new Float64Array(n);
}

/**
 * Dot product Σ aᵢ·bᵢ of two vectors of equal length n, added in order i = 0, 1, … (plain summation:
 * the error can reach about n·ε·Σ|aᵢbᵢ|, so terms that cancel lose digits), e.g. `dot([0.2, 0.4], [1, 0.5])` → 0.4.
 * Throws TypeError for a non-array, RangeError for an empty or non-finite vector, unequal lengths, or a
 * sum that overflows: `dot([1e200, 1e200], [1e200, -1e200])` throws "dot: the result is NaN (expected a finite number; Σ aᵢ·bᵢ overflowed)" (∞ − ∞).
 */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  checkVector('dot', 'a', a);
  checkVector('dot', 'b', b);
  checkSameLength('dot', 'a', a.length, 'b', b.length);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return checkResult('dot', 'the result', 'Σ aᵢ·bᵢ', s);
}

// Applies `op` entry by entry to two vectors of equal length, checked in the name of `fn`. `out` may
// be a or b itself (each entry is read before it is written); if it overlaps them any other way, the
// inputs are copied first. A non-finite entry (an overflow) throws a RangeError naming it.
function elementwise(fn: string, symbol: string, a: ArrayLike<number>, b: ArrayLike<number>, out: Vector | undefined, op: (x: number, y: number) => number): Vector {
  checkVector(fn, 'a', a);
  checkVector(fn, 'b', b);
  checkSameLength(fn, 'a', a.length, 'b', b.length);
  if (out) checkOut(fn, out, a.length);
  const r = out ?? new Float64Array(a.length);
  const x = out && out !== a && overlaps(out, a) ? Float64Array.from(a) : a;
  const y = out && out !== b && overlaps(out, b) ? Float64Array.from(b) : b;
  for (let i = 0; i < x.length; i++) {
    r[i] = op(x[i], y[i]);
    if (!Number.isFinite(r[i])) checkResult(fn, `entry ${i}`, symbol, r[i]);
  }
  return r;
}

function checkOut(fn: string, out: unknown, n: number): void {
  if (!(out instanceof Float64Array)) failType(fn, 'out', `a Float64Array of length ${n}`, describe(out));
  checkSameLength(fn, 'a', n, 'out', out.length);
}

/**
 * Element-wise sum a + b of two vectors of length n, into `out` if given (out may be a or b), e.g.
 * `add([1, 2], [0.5, 0.5])` → [1.5, 2.5]. Throws TypeError for a non-array or an `out` that is not a
 * Float64Array, RangeError for empty, non-finite or unequal-length input, or an entry that overflows.
 */
export function add(a: ArrayLike<number>, b: ArrayLike<number>, out?: Vector): Vector {
  return elementwise('add', 'aᵢ + bᵢ', a, b, out, (x, y) => x + y);
}

/** Element-wise difference a − b, as add (same shapes, `out` and errors), e.g. `sub([1, 2], [0.5, 0.5])` → [0.5, 1.5]. */
export function sub(a: ArrayLike<number>, b: ArrayLike<number>, out?: Vector): Vector {
  return elementwise('sub', 'aᵢ − bᵢ', a, b, out, (x, y) => x - y);
}

/**
 * Multiplies every entry of a vector of length n by a scalar s, into `out` if given (out may be a), e.g.
 * `scale([1, -2], 0.5)` → [0.5, -1]. Throws as add does, and for a non-finite s.
 */
export function scale(a: ArrayLike<number>, s: number, out?: Vector): Vector {
  checkVector('scale', 'a', a);
  checkNumber('scale', 's', s);
  if (out) checkOut('scale', out, a.length);
  const r = out ?? new Float64Array(a.length);
  const x = out && out !== a && overlaps(out, a) ? Float64Array.from(a) : a;
  for (let i = 0; i < x.length; i++) {
    r[i] = x[i] * s;
    if (!Number.isFinite(r[i])) checkResult('scale', `entry ${i}`, 'aᵢ·s', r[i]);
  }
  return r;
}
