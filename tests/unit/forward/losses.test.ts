import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mse, crossEntropy, crossEntropyFromLogits, binaryCrossEntropy, crossEntropyBatch, CE_EPSILON } from '../../../src/forward/losses.ts';
import { assertClose, assertThrowsWith } from './close.ts';

test('mse(pred, target) is the mean of squared differences', () => {
  assertClose(mse([0.5, 1], [0, 1]), (0.25 + 0) / 2, 0);
  assertClose(mse(0.598, 1), (1 - 0.598) ** 2, 1e-15);
});

test('crossEntropy accepts a class index, a one-hot vector or a distribution', () => {
  const p = [0.7, 0.2, 0.1];
  assertClose(crossEntropy(p, 0), -Math.log(0.7));
  assertClose(crossEntropy(p, [1, 0, 0]), -Math.log(0.7));
  assertClose(crossEntropy(p, [0.5, 0.5, 0]), -(0.5 * Math.log(0.7) + 0.5 * Math.log(0.2)));
});

test('crossEntropy with p = 0 for the true class is clipped to −log(CE_EPSILON), not ∞', () => {
  assert.equal(CE_EPSILON, 1e-12);
  assertClose(crossEntropy([0, 1], 0), -Math.log(1e-12), 1e-12);
  assert.equal(crossEntropy([0, 1], 1), 0); // 0·log 0 counts as 0
});

test('crossEntropyFromLogits is stable for [1000, 1001, 1002] and equals crossEntropy(softmax)', () => {
  assertClose(crossEntropyFromLogits([1000, 1001, 1002], 2), 0.4076059644443803, 1e-12);
  assertClose(crossEntropyFromLogits([0, 1, 2], [0, 0, 1]), 0.4076059644443803, 1e-15);
  assertClose(crossEntropyFromLogits([-1000, 0], 0), 1000, 1e-9);
});

test('binaryCrossEntropy(p, y) is −[y log p + (1 − y) log(1 − p)], clipped at 0 and 1', () => {
  assertClose(binaryCrossEntropy(1 / (1 + Math.exp(-0.4)), 1), -Math.log(1 / (1 + Math.exp(-0.4))));
  assertClose(binaryCrossEntropy(0.2, 0), -Math.log(0.8));
  assertClose(binaryCrossEntropy([0.2, 0.9], [0, 1]), (-Math.log(0.8) - Math.log(0.9)) / 2);
  assert.ok(Number.isFinite(binaryCrossEntropy(0, 1)));
  assert.ok(Number.isFinite(binaryCrossEntropy(1, 0)));
});

test('crossEntropyBatch(probs, labels) is the mean over rows', () => {
  assertClose(crossEntropyBatch([[0.7, 0.3], [0.4, 0.6]], [0, 1]), (-Math.log(0.7) - Math.log(0.6)) / 2);
});

test('losses reject bad input naming function, argument, expected and received', () => {
  assertThrowsWith(() => mse([1, 2], [1]), 'mse:', 'pred has length 2', 'target has length 1', 'expected equal');
  assertThrowsWith(() => crossEntropy([0.5, 0.5], 2), 'crossEntropy:', 'target', 'class index', '[0, 1]', 'number 2');
  assertThrowsWith(() => crossEntropy([0.5, 0.5], [1, 0, 0]), 'crossEntropy:', 'target', 'length 3', 'expected length 2');
  assertThrowsWith(() => crossEntropy([1.5, -0.5], 0), 'crossEntropy:', 'probs', '[0, 1]', '1.5');
  assertThrowsWith(() => crossEntropy([], 0), 'crossEntropy:', 'probs', 'empty');
  assertThrowsWith(() => binaryCrossEntropy(NaN, 1), 'binaryCrossEntropy:', 'p', 'NaN', 'finite');
  assertThrowsWith(() => crossEntropyFromLogits([1, 2], 1.5), 'crossEntropyFromLogits:', 'target', '1.5');
});
