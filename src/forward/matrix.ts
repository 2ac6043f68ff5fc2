import { checkFiniteData, checkInteger, checkRows, checkVector, describe, fail, failType, overlaps } from './check.ts';
import { gemmNT, gemvRow } from './fast/kernel.ts';
import type { Vector } from './vector.ts';

/** A dense row-major matrix of doubles; weights are stored [out][in], e.g. `matrix([[0.2, 0.4], [0.3, -0.5]])`. */
export class Matrix {
  readonly rows: number;
  readonly cols: number;
  /** Row-major entries: entry (i, j) is data[i * cols + j]. */
  readonly data: Float64Array;

  /** Wraps (or allocates) row-major data, e.g. `new Matrix(2, 3)` is a 2×3 zero matrix. */
  constructor(rows: number, cols: number, data?: Float64Array) {
    checkInteger('Matrix', 'rows', rows, 1);
    checkInteger('Matrix', 'cols', cols, 1);
    if (data !== undefined && data.length !== rows * cols) {
      fail('Matrix', 'data', `length ${rows * cols} (rows × cols)`, `has length ${data.length}`);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }

  /** Entry (i, j), e.g. `matrix([[1, 2]]).get(0, 1)` → 2. */
  get(i: number, j: number): number {
    this.checkIndex('get', i, j);
    return this.data[i * this.cols + j];
  }

  /** Sets entry (i, j), e.g. `W.set(0, 1, 0.4)`. */
  set(i: number, j: number, v: number): void {
    this.checkIndex('set', i, j);
    this.data[i * this.cols + j] = v;
  }

  /** A copy of row i (one neuron's weights), e.g. `W1.row(0)` → [0.2, 0.4]. */
  row(i: number): Vector {
    this.checkIndex('row', i, 0);
    return this.data.slice(i * this.cols, (i + 1) * this.cols);
  }

  /** Nested plain arrays, e.g. `matrix([[1, 2]]).toArray()` → [[1, 2]]. */
  toArray(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.rows; i++) out.push(Array.from(this.data.subarray(i * this.cols, (i + 1) * this.cols)));
    return out;
  }

  /** Readable text, one row per line, e.g. "[[0.2, 0.4],\n [0.3, -0.5]]". */
  toString(): string {
    return '[' + this.toArray().map((r) => '[' + r.join(', ') + ']').join(',\n ') + ']';
  }

  private checkIndex(method: string, i: number, j: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.rows) {
      fail(`Matrix.${method}`, 'i', `an integer in [0, ${this.rows - 1}]`, describe(i));
    }
    if (!Number.isInteger(j) || j < 0 || j >= this.cols) {
      fail(`Matrix.${method}`, 'j', `an integer in [0, ${this.cols - 1}]`, describe(j));
    }
  }
}

/** Matrix from nested rows number[rows][cols] (copied; TypeError for non-arrays, RangeError for empty, ragged or non-finite rows), e.g. `matrix([[0.2, 0.4], [0.3, -0.5]])` is W1 of the 2-2-1 example. */
export function matrix(rows: number[][]): Matrix {
  return toMatrix('matrix', 'rows', rows);
}

/** A rows × cols zero matrix (both integers ≥ 1, else TypeError/RangeError), e.g. `zerosMatrix(2, 3)`. */
export function zerosMatrix(rows: number, cols: number): Matrix {
  checkInteger('zerosMatrix', 'rows', rows, 1);
  checkInteger('zerosMatrix', 'cols', cols, 1);
  return new Matrix(rows, cols);
}

/** Validates a Matrix or number[][] argument (errors as matrix(), in the name of `fn`) and returns a Matrix, e.g. `toMatrix('matVec', 'W', [[1, 2]])`. */
export function toMatrix(fn: string, arg: string, m: Matrix | number[][], allowMinusInfinity = false): Matrix {
  if (m instanceof Matrix) {
    checkFiniteData(fn, arg, m.data, m.cols, allowMinusInfinity);
    return m;
  }
  const rows = checkRows(fn, arg, m, allowMinusInfinity);
  const cols = rows[0].length;
  const out = new Matrix(rows.length, cols);
  for (let i = 0; i < rows.length; i++) out.data.set(rows[i], i * cols);
  return out;
}

/** Transpose: [rows][cols] in, a new [cols][rows] Matrix out (errors as matrix()), e.g. `transpose(matrix([[1, 2]]))` is [[1], [2]]. */
export function transpose(A: Matrix | number[][]): Matrix {
  const a = toMatrix('transpose', 'A', A);
  const t = new Matrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) t.data[j * a.rows + i] = a.data[i * a.cols + j];
  return t;
}

/**
 * Throws a RangeError naming the first non-finite entry of a product just computed (finite factors
 * whose sum overflowed to ±∞, or to NaN through ∞ − ∞): one check per output, after the hot loop.
 */
function checkProduct(fn: string, what: string, formula: string, data: Float64Array, cols: number, rows: boolean): void {
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) {
      const at = rows ? `${what}[${Math.floor(i / cols)}][${i % cols}]` : `${what}[${i}]`;
      fail(fn, at, `a finite number; ${formula} overflowed`, String(data[i]));
    }
  }
}

/**
 * Matrix–vector product W·x for W [out][in] and x [in], giving [out]; written into `out` if given, e.g.
 * `matVec([[0.2, 0.4], [0.3, -0.5]], [1, 0.5])` → [0.4, 0.04999999999999999] (0.05 to 16 digits: 0.3 − 0.25
 * in doubles). `out` may be x itself or share its memory (x is then copied first, so the result is
 * still W·x). Products are added in order j = 0, 1, …, as forward() does.
 * Throws TypeError for a non-array W or x or an `out` that is not a Float64Array; RangeError for
 * non-finite entries, a column count of W unequal to x's length, an `out` of the wrong length, or an
 * entry of W·x that overflows (e.g. [[1e200, 1e200]]·[1e200, −1e200]).
 */
export function matVec(W: Matrix | number[][], x: ArrayLike<number>, out?: Vector): Vector {
  const w = toMatrix('matVec', 'W', W);
  checkVector('matVec', 'x', x);
  if (x.length !== w.cols) {
    fail('matVec', 'W', 'equal', `has ${w.cols} columns but x has length ${x.length}`);
  }
  if (out !== undefined && (!(out instanceof Float64Array) || out.length !== w.rows)) {
    (out instanceof Float64Array ? fail : failType)('matVec', 'out', `a Float64Array of length ${w.rows} (rows of W)`, describe(out));
  }
  const y = out ?? new Float64Array(w.rows);
  // gemvRow writes y while it still reads x: an aliased x is copied first
  const xs = x instanceof Float64Array && !overlaps(x, y) && !overlaps(w.data, y) ? x : Float64Array.from(x);
  const ws = overlaps(w.data, y) ? w.data.slice() : w.data;
  gemvRow(xs, 0, w.cols, ws, w.rows, y, 0, null);
  checkProduct('matVec', 'entry', 'Σⱼ Wᵢⱼ·xⱼ', y, 1, false);
  return y;
}

/**
 * Matrix product A·B for A [n][k] and B [k][m], giving a new [n][m] Matrix, e.g. `matMul([[1, 2]], [[3], [4]])` is [[11]].
 * Throws TypeError for a non-matrix, RangeError for non-finite or ragged input, A's column count unequal
 * to B's row count, or an entry of the product that overflows.
 */
export function matMul(A: Matrix | number[][], B: Matrix | number[][]): Matrix {
  const a = toMatrix('matMul', 'A', A);
  const b = toMatrix('matMul', 'B', B);
  if (a.cols !== b.rows) {
    fail('matMul', 'A', 'equal', `has ${a.cols} columns but B has ${b.rows} rows`);
  }
  const c = new Matrix(a.rows, b.cols);
  gemmNT(a.data, a.rows, a.cols, transpose(b).data, b.cols, c.data, null);
  checkProduct('matMul', 'entry', 'Σₚ Aᵢₚ·Bₚⱼ', c.data, c.cols, true);
  return c;
}

/**
 * A·Bᵀ for A [n][k] and B [m][k], giving a new [n][m] Matrix: the shape of a batched layer, since with
 * X [batch][in] and W [out][in], `matMulTransB(X, W)` is X·Wᵀ [batch][out], e.g.
 * `matMulTransB([[1, 0.5]], [[0.2, 0.4], [0.3, -0.5]]).toArray()` → [[0.4, 0.04999999999999999]].
 * Throws as matMul does (here A and B must have equal column counts).
 */
export function matMulTransB(A: Matrix | number[][], B: Matrix | number[][]): Matrix {
  const a = toMatrix('matMulTransB', 'A', A);
  const b = toMatrix('matMulTransB', 'B', B);
  if (a.cols !== b.cols) {
    fail('matMulTransB', 'A', 'equal', `has ${a.cols} columns but B has ${b.cols} columns`);
  }
  const c = new Matrix(a.rows, b.rows);
  gemmNT(a.data, a.rows, a.cols, b.data, b.rows, c.data, null);
  checkProduct('matMulTransB', 'entry', 'Σₚ Aᵢₚ·Bⱼₚ', c.data, c.cols, true);
  return c;
}

/**
 * Adds the bias b [n] to a vector z [n], or to every row of a batch matrix z [batch][n], giving a new
 * vector or Matrix, e.g. `addBias([0.4, 0.05], [0.1, -0.2])` → [0.5, -0.15000000000000002].
 * Throws TypeError for a non-array, RangeError for non-finite or empty input, unequal lengths, or an
 * entry that overflows.
 */
export function addBias(z: Matrix, b: ArrayLike<number>): Matrix;
export function addBias(z: ArrayLike<number>, b: ArrayLike<number>): Vector;
export function addBias(z: ArrayLike<number> | Matrix, b: ArrayLike<number>): Vector | Matrix {
  checkVector('addBias', 'b', b);
  if (z instanceof Matrix) {
    checkFiniteData('addBias', 'z', z.data, z.cols);
    if (b.length !== z.cols) {
      fail('addBias', 'z', 'equal', `has ${z.cols} columns but b has length ${b.length}`);
    }
    const out = new Matrix(z.rows, z.cols);
    for (let i = 0; i < z.rows; i++) for (let j = 0; j < z.cols; j++) out.data[i * z.cols + j] = z.data[i * z.cols + j] + b[j];
    checkProduct('addBias', 'entry', 'zᵢⱼ + bⱼ', out.data, out.cols, true);
    return out;
  }
  checkVector('addBias', 'z', z);
  if (b.length !== z.length) {
    fail('addBias', 'z', 'equal', `has length ${z.length} but b has length ${b.length}`);
  }
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) out[i] = z[i] + b[i];
  checkProduct('addBias', 'entry', 'zᵢ + bᵢ', out, 1, false);
  return out;
}
