import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sigmoid, relu } from '../../../src/forward/index.ts';
import { example221 } from '../../../src/chapters/examples.ts';
import * as ch from '../../../src/chapters/network.ts';

test('network chapter: the worked 2-2-1 example, layer by layer', () => {
  const { z, a } = ch.trace;
  assert.deepEqual(Array.from(a[1]), Array.from(z[1], relu));
  assert.equal(a[2][0], sigmoid(z[2][0]));
  assert.equal(ch.text.a2, '0.599');
  assert.equal(ch.text.a2Exact, '0.59868766');
  assert.equal(ch.tex.z1, 'z^{[1]} = \\begin{bmatrix} 0.2 \\times 1 + 0.4 \\times 0.5 + 0.1 \\\\ 0.3 \\times 1 - 0.5 \\times 0.5 - 0.2 \\end{bmatrix} = \\begin{bmatrix} 0.5 \\\\ -0.15 \\end{bmatrix}');
});

test('network chapter: the article cut 0.5987 to 0.598 instead of rounding it', () => {
  assert.equal(Math.trunc(ch.trace.a[2][0] * 1000) / 1000, Number(ch.articleA2));
  assert.notEqual(ch.text.a2, ch.articleA2);
});

test('network chapter: a weight behind a silent ReLU neuron changes nothing', () => {
  assert.equal(ch.trace.a[1][1], 0);
  assert.equal(ch.altOut[0], ch.trace.a[2][0]);
  assert.ok(ch.exTrace.z[1][1] < 0);
  assert.equal(ch.text.exA2, '0.664');
});

test('the dead-unit exercise asks for an output the page does not print above it, and the new weight leaves it as it was', async () => {
  const { defaultInputs } = await import('../../../components/network-221/model.ts');
  const answer = ch.deadTrace.a[2][0];
  // The point: for this input too the second hidden neuron is silent, so W^{[2]}_{12} cannot reach the output.
  assert.ok(ch.deadTrace.z[1][1] < 0);
  assert.equal(ch.deadTrace.a[1][1], 0);
  assert.equal(ch.deadNet.layers[1].W[0][1], ch.deadW2Second);
  for (const w of [example221.W2[0][1], ch.altW2[0][1]]) assert.notEqual(ch.deadW2Second, w);
  assert.equal(answer, ch.deadBefore.a[2][0]);
  assert.equal(ch.text.deadOut3, '0.632');
  // Outputs printed above it: the worked example's 0.5987 (also with W^{[2]}_{12} = −1) and the other input's 0.6637.
  assert.equal(ch.text.a2Four, '0.5987');
  assert.equal(ch.text.altOut, '0.5987');
  assert.equal(ch.text.exA2, '0.664');
  for (const shown of [ch.trace.a[2][0], ch.altOut[0], ch.exTrace.a[2][0]]) assert.ok(Math.abs(answer - shown) > 0.03, `${answer} vs ${shown}`);
  // Nor does the widget's default state show it: its input is the worked example's, not the exercise's.
  const v = defaultInputs();
  assert.notDeepEqual([v.x_0, v.x_1], ch.deadX);
});
