import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Matrix, matrix, zerosMatrix, matVec, matMul, matMulTransB, addBias, transpose } from '../../../src/forward/matrix.ts';
import { assertAllClose, assertThrowsWith } from './close.ts';

const W1 = [[0.2, 0.4], [0.3, -0.5]];

test('matrix(rows) stores rows [out][in] row-major, with get, set, row, toArray and toString', () => {
  const W = matrix(W1);
  assert.equal(W.rows, 2);
  assert.equal(W.cols, 2);
  assert.deepEqual(Array.from(W.data), [0.2, 0.4, 0.3, -0.5]);
  assert.equal(W.get(1, 1), -0.5);
  assert.deepEqual(Array.from(W.row(1)), [0.3, -0.5]);
  assert.deepEqual(W.toArray(), W1);
  W.set(0, 0, 1);
  assert.equal(W.get(0, 0), 1);
  assert.equal(W.toString(), '[[1, 0.4],\n [0.3, -0.5]]');
  assert.deepEqual(zerosMatrix(2, 3).toArray(), [[0, 0, 0], [0, 0, 0]]);
});

test('matVec(W1, x) + b1 gives the article\'s z1 = [0.5, -0.15]', () => {
  const z = addBias(matVec(W1, [1, 0.5]), [0.1, -0.2]);
  assertAllClose(z, [0.2 * 1 + 0.4 * 0.5 + 0.1, 0.3 * 1 - 0.5 * 0.5 - 0.2], 1e-15);
  const out = new Float64Array(2);
  assert.equal(matVec(matrix(W1), [1, 0.5], out), out);
});

function naiveMul(A: number[][], B: number[][]): number[][] {
  return A.map((row) => B[0].map((_, j) => row.reduce((s, a, k) => s + a * B[k][j], 0)));
}
const dims = fc.record({ n: fc.integer({ min: 1, max: 9 }), k: fc.integer({ min: 1, max: 9 }), m: fc.integer({ min: 1, max: 9 }), seed: fc.integer() });
function rand(rows: number, cols: number, seed: number): number[][] {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) - 0.5;
  return Array.from({ length: rows }, () => Array.from({ length: cols }, next));
}

test('matMul(A, B) equals the textbook triple loop for all shapes, including non-multiples of the 4×4 tile (property)', () => {
  fc.assert(fc.property(dims, ({ n, k, m, seed }) => {
    const A = rand(n, k, seed);
    const B = rand(k, m, seed + 1);
    const C = matMul(A, B);
    const ref = naiveMul(A, B);
    for (let i = 0; i < n; i++) assertAllClose(C.row(i), ref[i], 1e-12);
    const Ct = matMulTransB(A, transpose(B));
    assert.deepEqual(Ct.toArray(), C.toArray());
  }));
});

test('matVec(W, x) equals per-row dot products for all shapes (property)', () => {
  fc.assert(fc.property(dims, ({ n, k, seed }) => {
    const W = rand(n, k, seed);
    const x = rand(1, k, seed + 7)[0];
    assertAllClose(matVec(W, x), W.map((r) => r.reduce((s, w, j) => s + w * x[j], 0)), 1e-12);
  }));
});

test('addBias(Z, b) adds b to every row of a batch', () => {
  assert.deepEqual(addBias(matrix([[1, 2], [3, 4]]), [10, 20]).toArray(), [[11, 22], [13, 24]]);
});

test('matrix functions reject bad shapes naming function, argument, expected and received', () => {
  assertThrowsWith(() => matVec(W1, [1, 2, 3]), 'matVec: W has 2 columns but x has length 3 (expected equal)');
  assertThrowsWith(() => matMul([[1, 2]], [[1, 2]]), 'matMul:', 'A has 2 columns', 'B has 1 rows', 'expected equal');
  assertThrowsWith(() => matrix([[1, 2], [3]]), 'matrix:', 'rows[1]', 'length 1', 'rectangular');
  assertThrowsWith(() => matrix([]), 'matrix:', 'rows', 'empty');
  assertThrowsWith(() => matVec([[1, NaN]], [1, 2]), 'matVec:', 'W[0]', 'NaN');
  assertThrowsWith(() => matrix(W1).get(2, 0), 'Matrix.get:', 'i', '[0, 1]', 'number 2');
  assertThrowsWith(() => new Matrix(2, 2, new Float64Array(3)), 'Matrix:', 'data', 'length 4', 'length 3');
  assertThrowsWith(() => addBias([1, 2], [1]), 'addBias:', 'z has length 2', 'b has length 1');
});
