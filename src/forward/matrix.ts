import { checkFiniteData, checkInteger, checkRows, checkVector, describe, fail } from './check.ts';
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

/** Matrix from nested rows, e.g. `matrix([[0.2, 0.4], [0.3, -0.5]])` is W1 of the 2-2-1 example. */
export function matrix(rows: number[][]): Matrix {
  return toMatrix('matrix', 'rows', rows);
}

/** A rows × cols zero matrix, e.g. `zerosMatrix(2, 3)`. */
export function zerosMatrix(rows: number, cols: number): Matrix {
  checkInteger('zerosMatrix', 'rows', rows, 1);
  checkInteger('zerosMatrix', 'cols', cols, 1);
  return new Matrix(rows, cols);
}

/** Validates a Matrix or number[][] argument and returns a Matrix, e.g. `toMatrix('matVec', 'W', [[1, 2]])`. */
export function toMatrix(fn: string, arg: string, m: Matrix | number[][]): Matrix {
  if (m instanceof Matrix) {
    checkFiniteData(fn, arg, m.data, m.cols);
    return m;
  }
  const rows = checkRows(fn, arg, m);
  const cols = rows[0].length;
  const out = new Matrix(rows.length, cols);
  for (let i = 0; i < rows.length; i++) out.data.set(rows[i], i * cols);
  return out;
}

/** Transpose, e.g. `transpose(matrix([[1, 2]]))` is [[1], [2]]. */
export function transpose(A: Matrix | number[][]): Matrix {
  const a = toMatrix('transpose', 'A', A);
  const t = new Matrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) t.data[j * a.rows + i] = a.data[i * a.cols + j];
  return t;
}

/** Matrix–vector product W·x (W [out][in], x [in]), e.g. `matVec([[0.2, 0.4], [0.3, -0.5]], [1, 0.5])` → [0.4, 0.05]. */
export function matVec(W: Matrix | number[][], x: ArrayLike<number>, out?: Vector): Vector {
  const w = toMatrix('matVec', 'W', W);
  checkVector('matVec', 'x', x);
  if (x.length !== w.cols) {
    fail('matVec', 'W', 'equal', `has ${w.cols} columns but x has length ${x.length}`);
  }
  if (out !== undefined && (!(out instanceof Float64Array) || out.length !== w.rows)) {
    fail('matVec', 'out', `a Float64Array of length ${w.rows} (rows of W)`, describe(out));
  }
  const y = out ?? new Float64Array(w.rows);
  const xs = x instanceof Float64Array ? x : Float64Array.from(x);
  gemvRow(xs, 0, w.cols, w.data, w.rows, y, 0, null);
  return y;
}

/** Matrix product A·B, e.g. `matMul([[1, 2]], [[3], [4]])` is [[11]]. */
export function matMul(A: Matrix | number[][], B: Matrix | number[][]): Matrix {
  const a = toMatrix('matMul', 'A', A);
  const b = toMatrix('matMul', 'B', B);
  if (a.cols !== b.rows) {
    fail('matMul', 'A', 'equal', `has ${a.cols} columns but B has ${b.rows} rows`);
  }
  return matMulTransB(a, transpose(b));
}

/**
 * A·Bᵀ, the shape of a batched layer: with X [batch][in] and W [out][in], `matMulTransB(X, W)` is
 * X·Wᵀ [batch][out], e.g. `matMulTransB([[1, 0.5]], [[0.2, 0.4], [0.3, -0.5]])` is [[0.4, 0.05]].
 */
export function matMulTransB(A: Matrix | number[][], B: Matrix | number[][]): Matrix {
  const a = toMatrix('matMulTransB', 'A', A);
  const b = toMatrix('matMulTransB', 'B', B);
  if (a.cols !== b.cols) {
    fail('matMulTransB', 'A', 'equal', `has ${a.cols} columns but B has ${b.cols} columns`);
  }
  const c = new Matrix(a.rows, b.rows);
  gemmNT(a.data, a.rows, a.cols, b.data, b.rows, c.data, null);
  return c;
}

/**
 * Adds the bias b to a vector z, or to every row of a batch matrix,
 * e.g. `addBias([0.4, 0.05], [0.1, -0.2])` → [0.5, -0.15].
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
    return out;
  }
  checkVector('addBias', 'z', z);
  if (b.length !== z.length) {
    fail('addBias', 'z', 'equal', `has length ${z.length} but b has length ${b.length}`);
  }
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) out[i] = z[i] + b[i];
  return out;
}
