import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNetwork, forward, forwardBatch, forwardTrace, matVec } from '../../../src/forward/index.ts';
import { example221, example221Network } from '../../../src/chapters/examples.ts';
import {
  batchLoopGap, batchNet, batchOut, batchParams, batchSeed, batchShapes, batchSizes, batchX, exBatchEntries, exBatchShape,
  exDigitParams, exDigitPerLayer, graphKept, graphProducts, graphTrace, loopOut, parameterCount,
} from '../../../src/chapters/batches.ts';
import { assertAllClose } from '../forward/close.ts';

test('the chapter batch: forwardBatch rows equal forward on each sample', () => {
  assert.deepEqual(batchNet, buildNetwork(batchSizes, ['relu', 'identity'], { init: 'xavier', seed: batchSeed }));
  assert.equal(batchOut.length, batchX.length);
  batchX.forEach((x, i) => {
    assertAllClose(batchOut[i], forward(batchNet, x), 1e-12, `row ${i}`);
    assertAllClose(loopOut[i], forward(batchNet, x), 0, `loop ${i}`);
  });
  assert.ok(batchLoopGap <= 1e-12);
  assert.deepEqual(batchOut[3], [0, 0]); // the all-zero sample with zero biases
});

test('shapes and parameter counts: (out, in) weights, one bias per neuron, Z with one row per sample', () => {
  assert.deepEqual(batchShapes, [{ W: [4, 3], b: 4, Z: [4, 4] }, { W: [2, 4], b: 2, Z: [4, 2] }]);
  assert.equal(batchParams, 4 * 3 + 4 + 2 * 4 + 2);
  assert.equal(parameterCount(buildNetwork([3, 5, 2], 'relu')), 32); // the doc comment's example
  assert.deepEqual(exDigitPerLayer, [784 * 16 + 16, 16 * 16 + 16, 16 * 10 + 10]);
  assert.equal(exDigitParams, 13002);
  assert.deepEqual(exBatchShape, [32, 3]);
  assert.equal(exBatchEntries, 96);
});

test('the graph values are forwardTrace\'s, the products matVec\'s', () => {
  const t = forwardTrace(example221Network(), example221.X);
  assert.deepEqual(graphTrace, t);
  assertAllClose(graphProducts.W1x, matVec(example221.W1, example221.X));
  assertAllClose(graphProducts.W2a1, matVec(example221.W2, t.a[1]));
  assertAllClose(graphProducts.W1x, [0.4, 0.05], 1e-15);
  assert.equal(graphKept, 8);
});

test('forwardBatch refuses a batch whose width differs from the first layer', () => {
  assert.throws(() => forwardBatch(batchNet, [[1, 2]]), /X has 2 columns but the first layer takes 3 inputs/);
});

test('the shapes and sums the prose prints come from the chapter\'s networks', async () => {
  const { batchText, exDigitSizes } = await import('../../../src/chapters/batches.ts');
  assert.equal(batchText.shapesEn.split('; ').length, batchShapes.length);
  assert.equal(batchText.shapesZh.split('；').length, batchShapes.length);
  assert.ok(batchText.shapesEn.startsWith(`W[1] (${batchShapes[0].W[0]}, ${batchShapes[0].W[1]}), b[1] (${batchShapes[0].b}), Z[1] (${batchX.length}, `));
  assert.equal(batchText.digitTerms, '16 × 784 + 16 + 16 × 16 + 16 + 10 × 16 + 10');
  assert.deepEqual(exDigitSizes, [784, 16, 16, 10]);
  assert.equal(batchText.digitPerLayer, '12560 + 272 + 170');
  assert.equal(12560 + 272 + 170, exDigitParams);
  assert.equal(batchText.batchShape, `${exBatchShape[0]}, ${exBatchShape[1]}`);
  assert.equal(batchText.batchProduct, `${exBatchShape[0]} × ${exBatchShape[1]}`);
  assert.equal(exBatchShape[0] * exBatchShape[1], exBatchEntries);
});
