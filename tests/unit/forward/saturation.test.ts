import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sigmoidChainProduct, sigmoidChainSteps } from '../../../src/forward/saturation.ts';
import { assertClose, assertThrowsWith } from './close.ts';

test('sigmoidChainProduct(depth) at z = 0 is exactly 0.25^depth, the best case', () => {
  assert.equal(sigmoidChainProduct(0), 1);
  assert.equal(sigmoidChainProduct(1), 0.25);
  assert.equal(sigmoidChainProduct(10), 0.25 ** 10);
});

test('ten sigmoid layers shrink the gradient below 1e-6', () => {
  assert.ok(sigmoidChainProduct(10) < 1e-6);
  assert.ok(sigmoidChainProduct(10, 2) < sigmoidChainProduct(10, 0));
});

test('sigmoidChainProduct accepts one z per layer and sigmoidChainSteps shows the running product', () => {
  const s = 1 / (1 + Math.exp(-1));
  assertClose(sigmoidChainProduct(2, [0, 1]), 0.25 * s * (1 - s), 1e-16);
  const steps = sigmoidChainSteps(3);
  assert.deepEqual(steps.map((x) => x.product), [0.25, 0.0625, 0.015625]);
  assert.ok(steps.every((x) => x.factor === 0.25));
});

test('sigmoidChainProduct rejects a negative depth and a z list of the wrong length', () => {
  assertThrowsWith(() => sigmoidChainProduct(-1), 'sigmoidChainProduct:', 'depth', 'integer ≥ 0', 'number -1');
  assertThrowsWith(() => sigmoidChainProduct(3, [0, 1]), 'sigmoidChainProduct:', 'z', 'length 3', 'length 2');
});
