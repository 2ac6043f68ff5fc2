// Shared boundary checks: every public function validates its arguments here so that
// error messages always name the function, the argument, what was expected and what came.
// An argument of the wrong type (a string for a number, a number for an array) throws TypeError;
// one of the right type with a wrong value, shape or range (NaN, a length mismatch, an overflow)
// throws RangeError, as the ECMAScript built-ins do (e.g. `new Array(-1)`, `(1).toFixed(200)`).

/** Describes a received value briefly for an error message, e.g. `describe([1, 2])` → "an array of length 2". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) {
    const name = value.constructor.name;
    return `a ${name} of length ${(value as unknown as ArrayLike<number>).length}`;
  }
  if (typeof value === 'object') return `an object (${(value as object).constructor?.name ?? 'Object'})`;
  return `a ${typeof value}`;
}

function message(fn: string, arg: string, expected: string, received: string): string {
  return `${fn}: ${arg} ${received.startsWith('has ') || received.startsWith('is ') ? received : `is ${received}`} (expected ${expected})`;
}

/**
 * Throws the one error shape used everywhere, as a RangeError (right type, wrong value, shape or range),
 * e.g. `fail('matVec', 'x', 'length 2', 'length 3')` throws "matVec: x is length 3 (expected length 2)".
 */
export function fail(fn: string, arg: string, expected: string, received: string): never {
  throw new RangeError(message(fn, arg, expected, received));
}

/** The same message as fail, as a TypeError (the argument has the wrong type), e.g. `failType('dot', 'a', 'an array of numbers', 'a string')` throws "dot: a is a string (expected an array of numbers)". */
export function failType(fn: string, arg: string, expected: string, received: string): never {
  throw new TypeError(message(fn, arg, expected, received));
}

/**
 * Throws a RangeError unless a computed result is finite: finite input that overflowed (to ±∞, or to
 * NaN through ∞ − ∞) must not pass silently, e.g. `checkResult('dot', 'the result', 'Σ aᵢ·bᵢ', Infinity)`
 * throws "dot: the result is Infinity (expected a finite number; Σ aᵢ·bᵢ overflowed)".
 */
export function checkResult(fn: string, what: string, formula: string, value: number): number {
  if (!Number.isFinite(value)) fail(fn, what, `a finite number; ${formula} overflowed`, String(value));
  return value;
}

/**
 * True when two typed arrays share memory (the same buffer, overlapping bytes), e.g. a vector and a
 * subarray of it: a function writing one while reading the other must copy first.
 */
export function overlaps(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.buffer !== b.buffer) return a === b;
  return a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

/** Throws (TypeError for a non-number, RangeError for NaN or ±∞) unless `x` is a finite number, e.g. `checkNumber('neuron', 'bias', 0.2)`. */
export function checkNumber(fn: string, arg: string, x: unknown): number {
  if (typeof x !== 'number') failType(fn, arg, 'a finite number', describe(x));
  if (!Number.isFinite(x)) fail(fn, arg, 'a finite number', String(x));
  return x;
}

/** Throws (TypeError for a non-number, else RangeError) unless `n` is an integer ≥ `min`, e.g. `checkInteger('zeros', 'n', 3)`. */
export function checkInteger(fn: string, arg: string, n: unknown, min = 0): number {
  if (typeof n !== 'number') failType(fn, arg, `an integer ≥ ${min}`, describe(n));
  if (!Number.isInteger(n) || n < min) fail(fn, arg, `an integer ≥ ${min}`, describe(n));
  return n;
}

/**
 * Throws unless `v` is a non-empty array-like of finite numbers (TypeError for a non-array or a
 * non-number entry, RangeError for an empty array, a wrong length, NaN or ±∞), e.g. `checkVector('dot', 'a', [1, 2])`.
 * `allowMinusInfinity` lets −∞ entries through (masked logits).
 */
export function checkVector(fn: string, arg: string, v: unknown, length?: number, allowMinusInfinity = false): ArrayLike<number> {
  if (v === null || typeof v !== 'object' || typeof (v as ArrayLike<number>).length !== 'number') {
    failType(fn, arg, 'an array of numbers', describe(v));
  }
  const xs = v as ArrayLike<number>;
  if (xs.length === 0) fail(fn, arg, length === undefined ? 'a non-empty array of numbers' : `length ${length}`, 'is empty');
  if (length !== undefined && xs.length !== length) fail(fn, arg, `length ${length}`, `has length ${xs.length}`);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x !== 'number') failType(fn, arg, 'finite numbers only', `has ${describe(x)} at index ${i}`);
    if (!Number.isFinite(x) && !(allowMinusInfinity && x === -Infinity)) {
      fail(fn, arg, allowMinusInfinity ? 'finite numbers or −Infinity (a masked logit)' : 'finite numbers only', `has ${String(x)} at index ${i}`);
    }
  }
  return xs;
}

/** A number as a one-entry vector, or a checked vector, e.g. `checkNumberOrVector('mse', 'pred', 0.5)` → [0.5]. */
export function checkNumberOrVector(fn: string, arg: string, v: unknown): ArrayLike<number> {
  return typeof v === 'number' ? [checkNumber(fn, arg, v)] : checkVector(fn, arg, v);
}

/** Throws unless two lengths agree, e.g. `checkSameLength('dot', 'a', 2, 'b', 2)`. */
export function checkSameLength(fn: string, argA: string, lengthA: number, argB: string, lengthB: number): void {
  if (lengthA !== lengthB) {
    fail(fn, argB, `length ${lengthA}, equal to ${argA}`, `has length ${lengthB}`);
  }
}

/** Throws (TypeError for non-arrays, RangeError for empty, ragged or non-finite rows) unless `rows` is a non-empty rectangular number[][] of finite numbers, e.g. `checkRows('matrix', 'rows', [[1]])`. */
export function checkRows(fn: string, arg: string, rows: unknown, allowMinusInfinity = false): number[][] {
  if (!Array.isArray(rows)) failType(fn, arg, 'an array of rows (number[][])', describe(rows));
  if (rows.length === 0) fail(fn, arg, 'at least one row', 'is empty');
  const first: unknown = rows[0];
  if (first === null || typeof first !== 'object' || typeof (first as ArrayLike<number>).length !== 'number') {
    failType(fn, `${arg}[0]`, 'a row of numbers', describe(first));
  }
  const cols = (first as ArrayLike<number>).length;
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (row === null || typeof row !== 'object' || typeof (row as ArrayLike<number>).length !== 'number') {
      failType(fn, `${arg}[${i}]`, 'a row of numbers', describe(row));
    }
    if ((row as ArrayLike<number>).length !== cols) {
      fail(fn, `${arg}[${i}]`, `length ${cols} like row 0 (rectangular)`, `has length ${(row as ArrayLike<number>).length}`);
    }
    checkVector(fn, `${arg}[${i}]`, row, undefined, allowMinusInfinity);
  }
  return rows as number[][];
}

/** Throws a RangeError unless every entry of a typed array is finite (or −∞ with `allowMinusInfinity`), e.g. `checkFiniteData('matMul', 'A', m.data, m.cols)`. */
export function checkFiniteData(fn: string, arg: string, data: Float64Array, cols: number, allowMinusInfinity = false): void {
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i]) && !(allowMinusInfinity && data[i] === -Infinity)) {
      fail(fn, arg, allowMinusInfinity ? 'finite numbers or −Infinity (a masked logit)' : 'finite numbers only', `has ${String(data[i])} at [${Math.floor(i / cols)}][${i % cols}]`);
    }
  }
}
