import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logitGradients } from '../../../src/forward/logitGradient.ts';
import { assertClose, assertThrowsWith } from './close.ts';

test('logitGradients(z, y) gives (p − y)·p·(1 − p) for ½(p − y)² and p − y for cross-entropy', () => {
  const p = 1 / (1 + Math.exp(-0.4));
  const g = logitGradients(0.4, 1);
  assertClose(g.p, p);
  assertClose(g.mse, (p - 1) * p * (1 - p));
  assertClose(g.crossEntropy, p - 1);
});

test('a confidently wrong sigmoid output: the MSE gradient vanishes, cross-entropy\'s does not', () => {
  const g = logitGradients(-10, 1);
  assert.ok(Math.abs(g.mse) < 1e-4);
  assert.ok(Math.abs(g.crossEntropy) > 0.99);
});

test('both gradients match a central difference of their losses', () => {
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  for (const [z, y] of [[-2, 1], [0.3, 0], [1.5, 0.5]]) {
    const h = 1e-6;
    const mse = (t: number) => 0.5 * (sig(t) - y) ** 2;
    const ce = (t: number) => -(y * Math.log(sig(t)) + (1 - y) * Math.log(1 - sig(t)));
    const g = logitGradients(z, y);
    assertClose(g.mse, (mse(z + h) - mse(z - h)) / (2 * h), 1e-8);
    assertClose(g.crossEntropy, (ce(z + h) - ce(z - h)) / (2 * h), 1e-8);
  }
});

test('logitGradients rejects a label outside [0, 1]', () => {
  assertThrowsWith(() => logitGradients(0, 2), 'logitGradients:', 'y', '[0, 1]', '2');
  assertThrowsWith(() => logitGradients(NaN, 1), 'logitGradients:', 'z', 'NaN');
});
