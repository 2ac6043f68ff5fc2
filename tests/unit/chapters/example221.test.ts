import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forward, forwardTrace, compileNetwork, forwardBatch, crossEntropy, relu, sigmoid, formatNumber } from '../../../src/forward/index.ts';
import { example221, example221Network, crossEntropyExamples } from '../../../src/chapters/examples.ts';
import { assertClose } from '../forward/close.ts';

// The article's numbers, each written out as the arithmetic a reader would do by hand.
const z1 = [0.2 * 1 + 0.4 * 0.5 + 0.1, 0.3 * 1 - 0.5 * 0.5 - 0.2]; // [0.5, -0.15]
const a1 = [Math.max(0, z1[0]), Math.max(0, z1[1])]; // [0.5, 0]
const z2 = 0.7 * a1[0] + 0.6 * a1[1] + 0.05; // 0.4
const a2 = 1 / (1 + Math.exp(-0.4));

test('the hand arithmetic gives the article\'s rounded values', () => {
  assertClose(z1[0], 0.5); assertClose(z1[1], -0.15); assertClose(z2, 0.4);
  assert.equal(formatNumber(a2, 3), '0.599'); // the article truncates to 0.598
});

test('forwardTrace(example 2-2-1, [1, 0.5]) gives z1 = [0.5, -0.15], a1 = [0.5, 0], z2 = 0.4, a2 = σ(0.4)', () => {
  const t = forwardTrace(example221Network(), example221.X);
  assert.equal(t.z[0].length, 0);
  assert.deepEqual(Array.from(t.a[0]), [1, 0.5]);
  assertClose(t.z[1][0], z1[0]); assertClose(t.z[1][1], z1[1]);
  assertClose(t.a[1][0], a1[0]); assertClose(t.a[1][1], a1[1]);
  assertClose(t.z[2][0], z2); assertClose(t.a[2][0], a2);
});

test('forward, compiled forward (unrolled and generic) and forwardBatch agree on the article\'s output', () => {
  const net = example221Network();
  assertClose(forward(net, example221.X)[0], a2);
  assertClose(compileNetwork(net).forward(example221.X)[0], a2);
  assertClose(compileNetwork(net, { unroll: false }).forward(example221.X)[0], a2);
  assertClose(forwardBatch(net, [example221.X]).get(0, 0), a2);
  assertClose(sigmoid(relu(0.5) * 0.7 + 0.05), a2);
});

test('crossEntropy of the article\'s good and bad predictions is −log 0.7 and −log 0.4', () => {
  assertClose(crossEntropy(crossEntropyExamples.good, crossEntropyExamples.label), -Math.log(0.7));
  assertClose(crossEntropy(crossEntropyExamples.bad, crossEntropyExamples.label), -Math.log(0.4));
  assert.ok(crossEntropy(crossEntropyExamples.bad, 0) > crossEntropy(crossEntropyExamples.good, 0));
});
