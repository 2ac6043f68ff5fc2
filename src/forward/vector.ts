import { checkInteger, checkSameLength, checkVector, fail } from './check.ts';

/** A vector of numbers: plain Float64Array, e.g. `vector([0.5, -0.15])`. */
export type Vector = Float64Array;

/** Copies finite numbers into a new Vector, e.g. `vector([1, 0.5])` → [1, 0.5] (a Float64Array). */
export function vector(xs: ArrayLike<number>): Vector {
  checkVector('vector', 'xs', xs);
  return Float64Array.from(xs);
}

/** A Vector of n zeros, e.g. `zeros(3)` → [0, 0, 0]. */
export function zeros(n: number): Vector {
  checkInteger('zeros', 'n', n, 1);
  return new Float64Array(n);
}

/** Dot product Σ aᵢ·bᵢ, e.g. `dot([0.2, 0.4], [1, 0.5])` → 0.4. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  checkVector('dot', 'a', a);
  checkVector('dot', 'b', b);
  checkSameLength('dot', 'a', a.length, 'b', b.length);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Applies `op` entry by entry to two vectors of equal length, checked in the name of `fn`. */
function elementwise(fn: string, a: ArrayLike<number>, b: ArrayLike<number>, out: Vector | undefined, op: (x: number, y: number) => number): Vector {
  checkVector(fn, 'a', a);
  checkVector(fn, 'b', b);
  checkSameLength(fn, 'a', a.length, 'b', b.length);
  if (out) checkSameLength(fn, 'a', a.length, 'out', out.length);
  const r = out ?? new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) r[i] = op(a[i], b[i]);
  return r;
}

/** Element-wise sum a + b, e.g. `add([1, 2], [0.5, 0.5])` → [1.5, 2.5]. */
export function add(a: ArrayLike<number>, b: ArrayLike<number>, out?: Vector): Vector {
  return elementwise('add', a, b, out, (x, y) => x + y);
}

/** Element-wise difference a − b, e.g. `sub([1, 2], [0.5, 0.5])` → [0.5, 1.5]. */
export function sub(a: ArrayLike<number>, b: ArrayLike<number>, out?: Vector): Vector {
  return elementwise('sub', a, b, out, (x, y) => x - y);
}

/** Multiplies every entry by a scalar, e.g. `scale([1, -2], 0.5)` → [0.5, -1]. */
export function scale(a: ArrayLike<number>, s: number, out?: Vector): Vector {
  checkVector('scale', 'a', a);
  if (typeof s !== 'number' || !Number.isFinite(s)) {
    fail('scale', 's', 'a finite number', String(s));
  }
  const r = out ?? new Float64Array(a.length);
  if (out) checkSameLength('scale', 'a', a.length, 'out', out.length);
  for (let i = 0; i < a.length; i++) r[i] = a[i] * s;
  return r;
}
