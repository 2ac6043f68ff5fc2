import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sigmoid, relu } from '../../../src/forward/index.ts';
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
