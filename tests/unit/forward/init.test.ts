import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initZeros, initSmallRandom, initXavier, initHe, xavierVariance } from '../../../src/forward/init.ts';
import { createRng } from '../../../src/forward/random.ts';
import { assertThrowsWith } from './close.ts';

function stats(data: Float64Array): { mean: number; std: number; maxAbs: number } {
  const mean = data.reduce((s, x) => s + x, 0) / data.length;
  const std = Math.sqrt(data.reduce((s, x) => s + (x - mean) ** 2, 0) / data.length);
  return { mean, std, maxAbs: data.reduce((m, x) => Math.max(m, Math.abs(x)), 0) };
}

test('initZeros(rows, cols) is all zeros, shaped [out][in]', () => {
  const W = initZeros(3, 2);
  assert.equal(W.rows, 3);
  assert.equal(W.cols, 2);
  assert.ok(W.data.every((x) => x === 0));
});

test('initSmallRandom has standard deviation ≈ scale', () => {
  assert.ok(Math.abs(stats(initSmallRandom(100, 100, createRng(1)).data).std - 0.01) < 0.001);
  assert.ok(Math.abs(stats(initSmallRandom(100, 100, createRng(1), 0.5).data).std - 0.5) < 0.05);
});

test('initXavier stays within √(6/(in+out)) with the uniform standard deviation', () => {
  const W = initXavier(128, 784, createRng(2));
  const limit = Math.sqrt(6 / (128 + 784));
  const s = stats(W.data);
  assert.ok(s.maxAbs <= limit);
  assert.ok(Math.abs(s.std - limit / Math.sqrt(3)) < 0.002);
});

test('initHe has standard deviation ≈ √(2/in)', () => {
  const s = stats(initHe(128, 784, createRng(3)).data);
  assert.ok(Math.abs(s.std - Math.sqrt(2 / 784)) < 0.002, `std ${s.std}`);
  assert.ok(Math.abs(s.mean) < 0.002);
});

test('init functions reject bad shapes and a missing rng', () => {
  assertThrowsWith(() => initHe(0, 2, createRng(1)), 'initHe:', 'rows', 'integer ≥ 1', 'number 0');
  assertThrowsWith(() => initXavier(2, 2, undefined as never), 'initXavier:', 'rng', 'function', 'undefined');
});

test('xavierVariance(rows, cols) is 2/(in + out), the variance initXavier draws with, and refuses a size below 1', () => {
  assert.equal(xavierVariance(32, 64), 2 / 96);
  const W = initXavier(200, 300, createRng(7));
  let sq = 0;
  for (const w of W.data) sq += w * w;
  const variance = sq / W.data.length; // the mean is 0 by construction, so the mean square is the variance
  assert.ok(Math.abs(variance / xavierVariance(200, 300) - 1) < 0.02, String(variance));
  assert.throws(() => xavierVariance(0, 4), RangeError);
  assert.throws(() => xavierVariance(3, 1.5), RangeError);
});
