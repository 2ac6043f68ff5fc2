import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ch from '../../../src/chapters/forward-code.ts';
import { buildNetwork, crossEntropy, forward, networkSizes, softmax } from '../../../src/forward/index.ts';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} ≉ ${b}`);

test('parameterCount reproduces its doc example and counts weights plus biases', () => {
  assert.equal(ch.parameterCount(buildNetwork([3, 5, 2], 'relu', { init: 'zeros' })), 32);
  assert.equal(ch.exParams, 3 * 5 + 5 + 5 * 2 + 2);
  assert.equal(ch.exParamsSum, '5 × 3 + 5 + 2 × 5 + 2');
  assert.equal(ch.totalParams, 4 * 8 + 8 + 8 * 8 + 8 + 8 * 3 + 3);
  assert.equal(ch.layerParamsText, '40 + 72 + 27');
});

test('the classifier is the seeded 4-8-8-3 ReLU network the cells build', () => {
  assert.deepEqual(networkSizes(ch.net), [4, 8, 8, 3]);
  assert.equal(ch.sizesText, '4-8-8-3');
  assert.equal(ch.shapesText, '8×4, 8×8, 3×8');
  assert.equal(ch.classes, 3);
  const again = buildNetwork([4, 8, 8, 3], ['relu', 'relu', 'identity'], { init: 'he', seed: 7 });
  assert.deepEqual(Array.from(forward(again, ch.samples[0].x)), ch.rows[0].logits);
});

test('each table row is softmax of the logits and −log of the labelled probability', () => {
  assert.equal(ch.rows.length, 3); // the page's table writes out three rows
  for (const row of ch.rows) {
    const p = Array.from(softmax(forward(ch.net, row.x)));
    assert.deepEqual(row.p, p);
    close(row.pLabel, p[row.label]);
    close(row.loss, -Math.log(p[row.label]), 1e-9);
    close(row.lossFromLogits, row.loss, 1e-9);
    assert.equal(row.classNumber, row.label + 1);
  }
  close(ch.meanLoss, (ch.rows[0].loss + ch.rows[1].loss + ch.rows[2].loss) / 3);
});

test('the per-layer table has one row per layer, ending with the logits', () => {
  assert.equal(ch.layerRows.length, 3); // the page's table writes out three layer rows
  assert.deepEqual(ch.layerRows.map((r) => r.activation), ['relu', 'relu', 'identity']);
  assert.deepEqual(Array.from(ch.trace.a[3]), ch.rows[0].logits);
  for (const v of ch.trace.a[1]) assert.ok(v >= 0, 'ReLU outputs are never negative');
});

test('an all-zero network gives equal logits and a uniform softmax', () => {
  assert.deepEqual(ch.zeroLogits, [0, 0, 0]);
  for (const p of ch.zeroP) close(p, 1 / 3);
  close(ch.zeroLoss, Math.log(3));
  close(crossEntropy(ch.zeroP, 2), ch.zeroLoss);
});

test('the small random start is 3 × 4 and small', () => {
  assert.equal(ch.smallW.rows, 3);
  for (const v of ch.smallW.row(0)) assert.ok(Math.abs(v) < 0.05 && v !== 0);
});

/** Every number written in a text, e.g. numbersIn("[0.7555, 0.09795]") → [0.7555, 0.09795]. */
const numbersIn = (text: string): number[] => [...text.replace(/\u2212/g, '-').matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));

test('the loss exercise scores the third input against a class the table does not, so its answer is not printed above it', () => {
  const tolerance = 0.01; // the exercise's tolerance prop
  const row = ch.rows[2];
  assert.notEqual(ch.exLossLabel, row.label);
  assert.equal(ch.exLossClassNumber, ch.exLossLabel + 1);
  close(ch.exLoss, -Math.log(row.p[ch.exLossLabel]), 1e-9);
  // The solution says the loss is smaller than the table's, because the class got more probability.
  assert.ok(row.p[ch.exLossLabel] > row.pLabel && ch.exLoss < row.loss);
  // No number printed above the exercise is within the tolerance: the table's losses (not the 2.323
  // of the third row), the mean, the uniform guess's loss, the probabilities, logits and layer outputs.
  const printed = [
    ...ch.rows.flatMap((r) => [r.loss, r.lossFromLogits, ...r.p, ...r.logits]),
    ch.meanLoss, ch.zeroLoss,
    ...[ch.inputText, ch.smallWFirstRow, ...ch.layerRows.map((r) => r.output), ...ch.rows.map((r) => r.pText)].flatMap(numbersIn),
  ];
  for (const v of printed) assert.ok(Math.abs(v - ch.exLoss) > tolerance, `${v} is within ${tolerance} of ${ch.exLoss}`);
});
