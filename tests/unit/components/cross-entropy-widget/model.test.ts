import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renormalise } from '../../../../components/cross-entropy-widget/model.ts';
import { crossEntropyExamples } from '../../../../src/chapters/examples.ts';

const sum = (p: number[]) => p.reduce((s, v) => s + v, 0);

test('renormalise(p, i, v) sets entry i and lets the others share 1 − v in their old proportions', () => {
  const p = renormalise([...crossEntropyExamples.good], 0, 0.4);
  assert.equal(p[0], 0.4);
  assert.ok(Math.abs(sum(p) - 1) < 1e-12);
  assert.ok(Math.abs(p[1] / p[2] - crossEntropyExamples.good[1] / crossEntropyExamples.good[2]) < 1e-12);
});

test('renormalise(p, i, v) splits the rest equally when the other entries were all zero', () => {
  assert.deepEqual(renormalise([1, 0, 0], 0, 0.5), [0.5, 0.25, 0.25]);
});

test('renormalise(p, i, v) gives the others nothing when v is 1, and clamps v into [0, 1]', () => {
  assert.deepEqual(renormalise([0.2, 0.3, 0.5], 1, 1), [0, 1, 0]);
  assert.deepEqual(renormalise([0.2, 0.3, 0.5], 1, 7), [0, 1, 0]);
  const low = renormalise([0.2, 0.3, 0.5], 1, -3);
  assert.equal(low[1], 0);
  assert.ok(Math.abs(sum(low) - 1) < 1e-12);
});

test('renormalise(p, i, v) keeps any distribution normalised over many random moves', () => {
  let p = [1 / 3, 1 / 3, 1 / 3];
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let k = 0; k < 1000; k++) {
    p = renormalise(p, k % 3, rand());
    assert.ok(Math.abs(sum(p) - 1) < 1e-9, `step ${k}: ${p}`);
    assert.ok(p.every((v) => v >= 0 && v <= 1));
  }
});
