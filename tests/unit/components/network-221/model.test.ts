import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeAll, defaultInputs, inputKeys, nodeOf, opText, outputKeys, specFrom, stepText, valueText } from '../../../../components/network-221/model.ts';
import { formatNumber, forwardTrace } from '../../../../src/forward/index.ts';
import { example221, example221Network } from '../../../../src/chapters/examples.ts';

test('defaultInputs() holds exactly the article example: X, W1, b1, W2, b2', () => {
  const v = defaultInputs();
  assert.deepEqual(Object.keys(v).sort(), [...inputKeys].sort());
  assert.deepEqual(specFrom(v), example221Network());
  assert.deepEqual([v.x_0, v.x_1], [...example221.X]);
});

test('computeAll(inputs) returns every z and a of forwardTrace on the same network', () => {
  const v = computeAll(defaultInputs());
  const trace = forwardTrace(example221Network(), example221.X);
  for (const key of outputKeys) {
    const [, L, i] = /^[za](\d)_(\d)$/.exec(key)!;
    const expected = trace[key[0] as 'z' | 'a'][Number(L)][Number(i)];
    assert.equal(v[key], expected, key);
  }
});

test('stepText(step, values) writes each step with the numbers formatted by the library', () => {
  const v = computeAll(defaultInputs());
  const f = (x: number) => formatNumber(x);
  assert.equal(stepText('a2', v, 'ReLU', 'σ'), `a2 = σ(${f(v.z2_0)}) = ${f(v.a2_0)} ≈ ${formatNumber(v.a2_0, 3)}`);
  assert.equal(stepText('z1', v, 'ReLU', 'σ').split('\n')[1],
    `z1[2] = ${f(v.W1_1_0)} × ${f(v.x_0)} − ${f(-v.W1_1_1)} × ${f(v.x_1)} − ${f(-v.b1_1)} = ${f(v.z1_1)}`);
});

test('valueText(v) shows a flag instead of NaN or Infinity', () => {
  assert.equal(valueText(NaN, 'plain'), '⚠');
  assert.equal(valueText(Infinity, 'abs'), '⚠');
  assert.equal(valueText(-2, 'factor'), '(-2)');
  assert.equal(opText(-0.5), '−');
  assert.equal(opText(0.5), '+');
});

test('nodeOf(key) finds the neuron of a value and none for a weight', () => {
  assert.equal(nodeOf('x_1'), 'in1');
  assert.equal(nodeOf('z1_0'), 'h0');
  assert.equal(nodeOf('b1_1'), 'h1');
  assert.equal(nodeOf('a2_0'), 'out');
  assert.equal(nodeOf('W1_0_1'), null);
});
