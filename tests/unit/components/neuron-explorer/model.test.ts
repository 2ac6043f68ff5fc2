import assert from 'node:assert/strict';
import { test } from 'node:test';
import { factor, sumTerms } from '../../../../components/kit/terms.ts';
import { plotBoxFor } from '../../../../components/neuron-explorer/model.ts';
import { activationNames, formatNumber } from '../../../../src/forward/index.ts';
import { weatherNeuron } from '../../../../src/chapters/examples.ts';

test('sumTerms(w, x, b) writes the weather neuron with its numbers and a minus for the negative weight', () => {
  const { weights, bias, samples } = weatherNeuron;
  const x = samples[0].x;
  const f = (v: number) => formatNumber(Math.abs(v));
  assert.equal(sumTerms(weights, x, bias), `${f(weights[0])} × ${f(x[0])} + ${f(weights[1])} × ${f(x[1])} − ${f(weights[2])} × ${f(x[2])} + ${f(bias)}`);
});

test('sumTerms(w, x, b) puts a negative input in parentheses and a negative first weight with a minus', () => {
  assert.equal(sumTerms([-2, 1], [3, -4], -0.5), '−2 × 3 + 1 × (-4) − 0.5');
});

test('sumTerms(w, x, b) never writes "− 0" or "(-0)" for a negative zero', () => {
  assert.equal(sumTerms([-0], [-0], -0), '0 × 0 + 0');
  assert.equal(factor(-0), '0');
});

test('plotBoxFor(name) gives every activation a box with a real range', () => {
  for (const name of activationNames) {
    const box = plotBoxFor(name);
    assert.ok(box.x0 < box.x1 && box.y0 < box.y1, name);
  }
});
