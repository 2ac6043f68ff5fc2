import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sigmoid } from '../../../src/forward/index.ts';
import * as ch from '../../../src/chapters/loss.ts';

test('loss chapter: cross-entropy with a one-hot label is −log of the true class probability', () => {
  assert.equal(ch.trueClass, 0);
  assert.ok(Math.abs(ch.lossGood - -Math.log(ch.pGood)) < 1e-12);
  assert.ok(Math.abs(ch.lossBad - -Math.log(ch.pBad)) < 1e-12);
  assert.ok(Math.abs(ch.exSecond - -Math.log(ch.ce.bad[1])) < 1e-12);
  assert.deepEqual(ch.secondLabel, [0, 1, 0]);
  assert.ok(ch.lossBad > ch.lossGood);
});

test('loss chapter: the stable softmax survives logits the textbook formula cannot', () => {
  assert.ok(!Array.from(ch.naive).every(Number.isFinite));
  assert.ok(Math.abs(Array.from(ch.stable).reduce((s, p) => s + p, 0) - 1) < 1e-12);
  assert.equal(ch.steps.max, 1002);
  assert.ok(Math.exp(ch.lnMax * 1.0001) === Infinity && Number.isFinite(Math.exp(ch.lnMax * 0.9999)));
  assert.equal(ch.tex.maxDouble, '1.8 \\times 10^{308}');
});

test('loss chapter: a sigmoid output is a two-class softmax, and binary cross-entropy scores it', () => {
  assert.ok(Math.abs(ch.twoClass[0] - sigmoid(ch.zOut)) < 1e-12);
  assert.ok(Math.abs(ch.twoClass[1] - (1 - sigmoid(ch.zOut))) < 1e-12);
  assert.ok(Math.abs(ch.bceOne - -Math.log(ch.pOut)) < 1e-9);
  assert.ok(Math.abs(ch.bceZero - -Math.log(1 - ch.pOut)) < 1e-9);
});

test('loss chapter: the MSE exercise is the mean of the squared errors', () => {
  const mean = ch.start.squares.reduce((s, q) => s + q, 0) / ch.msePoints.length;
  assert.ok(Math.abs(ch.start.loss - mean) < 1e-12);
  assert.match(ch.text.squareSum, / \/ 5 ≈ /);
});
