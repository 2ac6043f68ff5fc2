import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labStart, labView } from '../../../../components/stability-lab/model.ts';
import { stabilityLogits } from '../../../../src/chapters/examples.ts';

test('labView(z) agrees between the textbook and the stable softmax on small logits', () => {
  const v = labView(labStart);
  assert.equal(v.failure, null);
  v.naive.forEach((p, i) => assert.ok(Math.abs(p - v.stable[i]) < 1e-15));
});

test('labView([1000, 1001, 1002]) reports the overflow and keeps the stable probabilities right', () => {
  const v = labView(stabilityLogits);
  assert.deepEqual(v.failure, { kind: 'overflow', z: stabilityLogits[0] });
  assert.ok(v.naive.every(Number.isNaN));
  assert.ok(v.naiveExps.every((e) => e === Infinity));
  assert.deepEqual(v.shifted, [-2, -1, 0]);
  const e = [Math.exp(-2), Math.exp(-1), 1]; // independent check
  const s = e[0] + e[1] + e[2];
  v.stable.forEach((p, i) => assert.ok(Math.abs(p - e[i] / s) < 1e-15));
});

test('labView(z) reports underflow when every exponential is 0', () => {
  const v = labView([-1001, -1002, -1003]);
  assert.deepEqual(v.failure, { kind: 'underflow', z: -1001 });
  assert.ok(v.stable.every(Number.isFinite));
});

test('labStart keeps the gaps of the article’s overflow logits', () => {
  assert.deepEqual(labStart.map((z, i) => stabilityLogits[i] - z), [stabilityLogits[0], stabilityLogits[0], stabilityLogits[0]]);
});
