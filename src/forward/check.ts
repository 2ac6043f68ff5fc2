// Shared boundary checks: every public function validates its arguments here so that
// error messages always name the function, the argument, what was expected and what came.

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

/** Builds the one error shape used everywhere, e.g. `fail('matVec', 'x', 'length 2', 'length 3')` throws "matVec: x is length 3 (expected length 2)". */
export function fail(fn: string, arg: string, expected: string, received: string): never {
  throw new Error(`${fn}: ${arg} ${received.startsWith('has ') || received.startsWith('is ') ? received : `is ${received}`} (expected ${expected})`);
}

/** Throws unless `x` is a finite number, e.g. `checkNumber('neuron', 'bias', 0.2)`. */
export function checkNumber(fn: string, arg: string, x: unknown): number {
  if (typeof x !== 'number') fail(fn, arg, 'a finite number', describe(x));
  if (!Number.isFinite(x)) fail(fn, arg, 'a finite number', String(x));
  return x;
}

/** Throws unless `n` is an integer ≥ `min`, e.g. `checkInteger('zeros', 'n', 3)`. */
export function checkInteger(fn: string, arg: string, n: unknown, min = 0): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min) {
    fail(fn, arg, `an integer ≥ ${min}`, describe(n));
  }
  return n;
}

/** Throws unless `v` is a non-empty array-like of finite numbers, e.g. `checkVector('softmax', 'z', [1, 2])`. */
export function checkVector(fn: string, arg: string, v: unknown, length?: number): ArrayLike<number> {
  if (v === null || typeof v !== 'object' || typeof (v as ArrayLike<number>).length !== 'number') {
    fail(fn, arg, 'an array of numbers', describe(v));
  }
  const xs = v as ArrayLike<number>;
  if (xs.length === 0) fail(fn, arg, length === undefined ? 'a non-empty array of numbers' : `length ${length}`, 'is empty');
  if (length !== undefined && xs.length !== length) fail(fn, arg, `length ${length}`, `has length ${xs.length}`);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      fail(fn, arg, 'finite numbers only', `has ${typeof x === 'number' ? String(x) : describe(x)} at index ${i}`);
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

/** Throws unless `rows` is a non-empty rectangular number[][] of finite numbers, e.g. `checkRows('matrix', 'rows', [[1]])`. */
export function checkRows(fn: string, arg: string, rows: unknown): number[][] {
  if (!Array.isArray(rows)) fail(fn, arg, 'an array of rows (number[][])', describe(rows));
  if (rows.length === 0) fail(fn, arg, 'at least one row', 'is empty');
  const first: unknown = rows[0];
  if (first === null || typeof first !== 'object' || typeof (first as ArrayLike<number>).length !== 'number') {
    fail(fn, `${arg}[0]`, 'a row of numbers', describe(first));
  }
  const cols = (first as ArrayLike<number>).length;
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (row === null || typeof row !== 'object' || typeof (row as ArrayLike<number>).length !== 'number') {
      fail(fn, `${arg}[${i}]`, 'a row of numbers', describe(row));
    }
    if ((row as ArrayLike<number>).length !== cols) {
      fail(fn, `${arg}[${i}]`, `length ${cols} like row 0 (rectangular)`, `has length ${(row as ArrayLike<number>).length}`);
    }
    checkVector(fn, `${arg}[${i}]`, row);
  }
  return rows as number[][];
}

/** Throws unless every entry of a typed array is finite, e.g. `checkFiniteData('matMul', 'A', m.data)`. */
export function checkFiniteData(fn: string, arg: string, data: Float64Array, cols: number): void {
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) {
      fail(fn, arg, 'finite numbers only', `has ${String(data[i])} at [${Math.floor(i / cols)}][${i % cols}]`);
    }
  }
}
