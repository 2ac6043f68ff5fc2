import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gemmNT, gemvRow } from '../../../../src/forward/fast/kernel.ts';

test('gemmNT(A, B) writes A·Bᵀ + bias for tile remainders in both dimensions', () => {
  for (const [n, k, m] of [[1, 1, 1], [5, 3, 6], [4, 4, 4], [7, 9, 5], [8, 2, 9]]) {
    const A = Float64Array.from({ length: n * k }, (_, i) => (i % 7) - 3);
    const B = Float64Array.from({ length: m * k }, (_, i) => (i % 5) * 0.5 - 1);
    const bias = Float64Array.from({ length: m }, (_, j) => j);
    const C = new Float64Array(n * m);
    gemmNT(A, n, k, B, m, C, bias);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
      let s = bias[j];
      for (let p = 0; p < k; p++) s += A[i * k + p] * B[j * k + p];
      assert.equal(C[i * m + j], s, `C[${i}][${j}] for ${n}×${k}·(${m}×${k})ᵀ`);
    }
  }
});

test('gemvRow(x, W) writes W·x at an offset and leaves the rest untouched', () => {
  const y = new Float64Array([9, 9, 9]);
  gemvRow(new Float64Array([1, 0.5]), 0, 2, new Float64Array([0.2, 0.4, 0.3, -0.5]), 2, y, 1, null);
  assert.deepEqual(Array.from(y), [9, 0.2 * 1 + 0.4 * 0.5, 0.3 * 1 + -0.5 * 0.5]);
});
