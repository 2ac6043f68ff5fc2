import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRng, randn } from '../../../src/forward/random.ts';
import { assertThrowsWith } from './close.ts';

test('createRng(seed) repeats its sequence for the same seed and stays in [0, 1)', () => {
  const a = createRng(42), b = createRng(42), c = createRng(43);
  const xs = Array.from({ length: 1000 }, a);
  assert.deepEqual(Array.from({ length: 1000 }, b), xs);
  assert.notDeepEqual(Array.from({ length: 1000 }, c), xs);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
});

test('randn(rng) has mean ≈ 0 and variance ≈ 1 over 20000 samples', () => {
  const rng = createRng(7);
  const xs = Array.from({ length: 20000 }, () => randn(rng));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
  assert.ok(Math.abs(mean) < 0.03, `mean ${mean}`);
  assert.ok(Math.abs(variance - 1) < 0.05, `variance ${variance}`);
  assert.ok(xs.every(Number.isFinite));
});

test('createRng rejects a seed that is not an integer in [0, 2^32 − 1], so no two seeds share a sequence', () => {
  assertThrowsWith(() => createRng(NaN), 'createRng:', 'seed', 'integer in [0, 4294967295]', 'NaN');
  for (const seed of [1.5, -1, 2 ** 32, 2 ** 32 + 1, Infinity]) assert.throws(() => createRng(seed), RangeError, String(seed));
  assert.throws(() => createRng('1' as never), TypeError);
  assert.notEqual(createRng(0)(), createRng(2 ** 32 - 1)());
});
