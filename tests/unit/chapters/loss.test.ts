import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber, sigmoid, softmax, softmaxNaive } from '../../../src/forward/index.ts';
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

test('loss chapter: the widget\'s starting loss is the mean of the squared errors', () => {
  const mean = ch.start.squares.reduce((s, q) => s + q, 0) / ch.msePoints.length;
  assert.ok(Math.abs(ch.start.loss - mean) < 1e-12);
});

/** Every number written in a text, e.g. numbersIn("[-2, -1, 0]") → [-2, -1, 0]. */
const numbersIn = (text: string): number[] => [...text.replace(/\u2212/g, '-').matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));

/** The numbers the page prints before these two exercises: the prose, the formulas and the first exercise. */
const printedAbove = (): number[] => {
  const exercise = /^(exP3|mseEx)/;
  const prose = Object.entries(ch.text).filter(([k]) => !exercise.test(k)).map(([, v]) => v);
  const formulas = Object.entries(ch.tex).filter(([k]) => !exercise.test(k)).map(([, v]) => v);
  return [...prose, ...formulas].flatMap(numbersIn).concat(Array.from(ch.stable), ch.start.loss, ...ch.start.squares);
};

test('the stable-softmax exercise raises a logit, so its answer is none of the probabilities printed above it', () => {
  const tolerance = 0.001; // the exercise's tolerance prop
  assert.deepEqual(ch.exLogits, ch.stabilityLogits.map((z, i) => (i === 2 ? z + ch.exRaise : z)));
  assert.ok(!Array.from(softmaxNaive(ch.exLogits)).every(Number.isFinite), 'the textbook formula fails on them too');
  assert.ok(Math.abs(ch.exP3 - softmax(ch.exLogits)[2]) < 1e-15);
  assert.equal(ch.exSteps.max, Math.max(...ch.exLogits));
  assert.equal(ch.text.exP3, formatNumber(ch.exP3, 4));
  assert.ok(ch.exP3 > ch.stable[2], 'raising the third logit raises its probability');
  for (const v of printedAbove()) assert.ok(Math.abs(v - ch.exP3) > tolerance, `${v} is within ${tolerance} of ${ch.exP3}`);
});

test('the MSE exercise moves the line to ŷ = x, so its loss is not the starting loss printed above it', () => {
  const tolerance = 0.005; // the exercise's tolerance prop
  // The question says the line predicts ŷ = x, and the hint that each prediction is the point's own x.
  assert.deepEqual(ch.mseEx.preds, ch.msePoints.map((p) => p.x));
  assertCloseTo(ch.mseEx.loss, ch.mseEx.squares.reduce((s, q) => s + q, 0) / ch.msePoints.length);
  assert.match(ch.text.mseExSum, / \/ 5 ≈ /);
  // The solution says it fits better than the starting line.
  assert.ok(ch.mseEx.loss < ch.start.loss);
  for (const v of printedAbove()) assert.ok(Math.abs(v - ch.mseEx.loss) > tolerance, `${v} is within ${tolerance} of ${ch.mseEx.loss}`);
});

function assertCloseTo(a: number, b: number): void {
  assert.ok(Math.abs(a - b) < 1e-12, `${a} ≉ ${b}`);
}
