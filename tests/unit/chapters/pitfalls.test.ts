import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ch from '../../../src/chapters/pitfalls.ts';
import { buildNetwork, formatNumber, formatVector, forward, sigmoid, sigmoidChainProduct, sigmoidChainSteps, sigmoidPrime } from '../../../src/forward/index.ts';
import { example221 } from '../../../src/chapters/examples.ts';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} ≉ ${b}`);

test('the collapsed 2-2-1 layer is W2·W1 and W2·b1 + b2, and gives the stack\'s output', () => {
  close(ch.mergedRow[0], 0.7 * 0.2 + 0.6 * 0.3);
  close(ch.mergedRow[1], 0.7 * 0.4 + 0.6 * -0.5);
  close(ch.mergedBias, 0.7 * 0.1 + 0.6 * -0.2 + 0.05);
  const x = example221.X;
  close(forward({ layers: [ch.merged] }, x)[0], forward({ layers: ch.linearPair }, x)[0]);
  close(ch.collapseStack.a[2][0], ch.collapseOut);
});

test('the collapse exercise asks for an output, not the merged entries the page prints above it', () => {
  // Above it: the merged W = [0.32, -0.02] and b = 0, and the 8-digit outputs of the random stack's cell.
  assert.equal(formatVector(ch.mergedRow), '[0.32, -0.02]');
  assert.equal(formatNumber(ch.mergedBias), '0');
  assert.equal(ch.collapseOutText, '0.31');
  const stack = buildNetwork([2, 8, 8, 1], 'identity', { init: 'he', seed: 3 });
  const cell = forward(stack, [0.5, -1])[0];
  for (const shown of [...ch.mergedRow, ch.mergedBias, cell]) assert.ok(Math.abs(ch.collapseOut - shown) > 0.005, `${ch.collapseOut} vs ${shown}`);
  assert.ok(ch.collapseTex.merged.endsWith(`= ${ch.collapseOutText}`));
  assert.ok(ch.collapseTex.stack.endsWith(`= ${ch.collapseOutText}`));
});

test('the chain exercise asks for six slopes at z = 1, a product no cell or widget default prints above it', async () => {
  const { START_Z, MAX_DEPTH } = await import('../../../components/pitfall-saturation/model.ts');
  close(ch.chainProduct, sigmoidPrime(1) ** 6, 1e-18);
  assert.equal(formatNumber(ch.chainProduct, 4), '5.776e-5');
  // The cell prints the products at z = 0 for 1…10 layers (6.10e-5 for seven is the nearest); the widget
  // starts at z = 0 (bars for 1…MAX_DEPTH layers); the prose shows 0.25, 9.31e-10, 6.047e4 and 9.537e-7.
  const printed = [
    ...sigmoidChainSteps(10).map((s) => s.product),
    ...Array.from({ length: MAX_DEPTH }, (_, d) => sigmoidChainProduct(d + 1, START_Z)),
    ch.peak, ch.smallFactor, ch.smallChain, ch.largeFactor, ch.largeChain, ch.p10,
  ];
  assert.equal(formatNumber(sigmoidChainProduct(7), 3), '6.1e-5');
  assert.notEqual(START_Z, ch.chainZ); // the widget starts elsewhere
  // The page accepts answers within ±5e-7 (a reader working with σ′(1) rounded to four places, 0.1966, lands
  // within it), and every printed product is more than six tolerances away.
  const tolerance = 5e-7;
  assert.ok(Math.abs(0.1966 ** 6 - ch.chainProduct) <= tolerance);
  for (const shown of printed) assert.ok(Math.abs(ch.chainProduct - shown) > 6 * tolerance, `${ch.chainProduct} vs ${shown}`);
  close(ch.chainRatio, ch.p6 / ch.chainProduct);
});

test('sigmoid slopes: 0.25 at best, and powers of it over several layers', () => {
  close(ch.peak, 0.25);
  close(ch.p5, 0.25 ** 5);
  close(ch.p6, 0.25 ** 6);
  close(ch.p10, 0.25 ** 10);
  assert.ok(ch.p10 < 1e-6);
  close(ch.reluSlope, 1);
});

test('layerFactor is σ′(z)·w: above 1 only when |w| beats 1/σ′(z)', () => {
  close(ch.layerFactor(0, 4), 1);
  close(ch.layerFactor(2, 3), sigmoid(2) * (1 - sigmoid(2)) * 3);
  close(ch.breakEvenWeight, 4);
  assert.ok(ch.largeFactor > 1 && ch.largeWeight > ch.breakEvenWeight);
  assert.ok(ch.smallFactor < ch.peak);
  close(ch.smallChain, ch.smallFactor ** ch.deep, 1e-18);
  close(ch.largeChain, ch.largeFactor ** ch.deep, 1e-9);
  assert.ok(ch.largeChain > 1 && ch.smallChain < ch.p10);
});

test('MSE pushes a confidently wrong logit far less than cross-entropy', () => {
  const p = sigmoid(ch.farZ);
  close(ch.far.crossEntropy, p - 1);
  close(ch.far.mse, (p - 1) * p * (1 - p), 1e-15);
  close(ch.exGrad.p, sigmoid(ch.exZ));
  close(ch.exRatio, 1 / (ch.exGrad.p * (1 - ch.exGrad.p)), 1e-9);
});

test('the textbook softmax loses every probability on large logits; the stable one does not', () => {
  assert.equal(ch.naiveBroken, true);
  let sum = 0;
  for (const v of ch.stable) sum += v;
  close(sum, 1);
  assert.equal(ch.stackSizesText, '2-8-8-1');
  assert.equal(ch.stackLayers, 3);
  assert.equal(ch.initSizesText, '3-4-1');
});
