import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dot, sigmoid, relu } from '../../../src/forward/index.ts';
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
