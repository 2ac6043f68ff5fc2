import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dot, formatNumber, neuron, sigmoid, relu } from '../../../src/forward/index.ts';
import { weatherNeuron } from '../../../src/chapters/examples.ts';
import { chapterNumber } from '../../../src/chapters/index.ts';
import * as ch from '../../../src/chapters/neuron.ts';

test('neuron chapter: the weather neuron computes z = w·x + b and a = σ(z)', () => {
  assert.equal(ch.zeroDay.z, ch.b);
  assert.ok(Math.abs(ch.hotOut.z - (dot(ch.w, ch.hot.x) + ch.b)) < 1e-12);
  assert.ok(Math.abs(ch.hotOut.a - sigmoid(ch.hotOut.z)) < 1e-12);
  assert.ok(Math.abs(ch.exOut.z - (dot(ch.w, ch.exDay.x) + ch.b)) < 1e-12);
  assert.equal(ch.text.w, '[0.7, 0.1, -0.3]');
  assert.equal(ch.text.b, '0.2');
});

test('neuron chapter: the collapse of linear layers is referred to pitfall 1 by its chapter number', () => {
  assert.equal(ch.pitfallsChapter, chapterNumber('pitfalls'));
});

test('neuron chapter: exercise answers come from the library', () => {
  assert.equal(ch.sigAnswer, sigmoid(-1));
  assert.equal(ch.text.sigAnswer, '0.269');
  assert.equal(ch.reluAnswer, relu(ch.stormOut.z - 0.7));
  assert.equal(ch.tex.sigSolution, '\\sigma(-1) = \\frac{1}{1 + e^{1}} = 0.2689');
  assert.equal(ch.weatherTex(['a', 'b', 'c']), 'z = 0.7\\cdot\\text{a} + 0.1\\cdot\\text{b} - 0.3\\cdot\\text{c} + 0.2');
});

test('the z exercise asks about a day whose z the page does not print above it', () => {
  // The cell above the exercises prints z for every sample day (0.84, 0.4, 0.06, 0.2).
  const printed = weatherNeuron.samples.map((s) => neuron(ch.w, ch.b, s.x).z);
  assert.deepEqual(printed.map((z) => formatNumber(z)), ['0.84', '0.4', '0.06', '0.2']);
  assert.equal(ch.text.exZ, '0.52');
  for (const s of weatherNeuron.samples) assert.notDeepEqual(ch.exDay.x, s.x);
  for (const z of [...printed, ch.hotOut.z, ch.hotOut.a, ch.zeroDay.z]) assert.ok(Math.abs(ch.exOut.z - z) > 0.01, `${ch.exOut.z} vs ${z}`);
});
