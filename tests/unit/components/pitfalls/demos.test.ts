import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseLinear, logitGradients, sigmoidChainProduct, softmax } from '../../../../src/forward/index.ts';
import {
  LINEAR_SEED, PLANE_CELLS, cellCentres, gradientProbe, hiddenTable, linearDemo, saturationDemo, signGrid, softmaxDemo,
} from '../../../../components/pitfalls/demos.ts';
import { saturationBars } from '../../../../components/pitfalls/bars.ts';

test('the linear stack and its collapsed layer agree on every sampled input', () => {
  for (const seed of [LINEAR_SEED, 5, 11]) {
    const demo = linearDemo(seed);
    assert.deepEqual(demo.collapsed, collapseLinear(demo.linear.layers));
    for (const row of demo.rows) assert.ok(Math.abs(row.stack - row.collapsed) < 1e-12);
    assert.equal(demo.stackParameters, 2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
  }
});

test('the linear picture is exactly the half-plane of the collapsed layer', () => {
  const demo = linearDemo(LINEAR_SEED);
  const grid = signGrid(demo.linear);
  const centres = cellCentres();
  assert.equal(grid.length, PLANE_CELLS);
  const [w1, w2] = demo.collapsed.W[0];
  let checked = 0;
  grid.forEach((row, i) => row.forEach((on, j) => {
    const x1 = centres[j];
    const x2 = centres[PLANE_CELLS - 1 - i];
    const v = w1 * x1 + w2 * x2 + demo.collapsed.b[0];
    if (Math.abs(v) > 1e-9) {
      assert.equal(on, v > 0);
      checked++;
    }
  }));
  assert.ok(checked > PLANE_CELLS * PLANE_CELLS - PLANE_CELLS);
});

test('the ReLU network of the starting seed has a bent boundary and both colours', () => {
  const grid = signGrid(linearDemo(LINEAR_SEED).relu);
  const flat = grid.flat();
  assert.ok(flat.some(Boolean) && flat.some((v) => !v));
  // Some row changes sign more than once: no straight line does that.
  assert.ok(grid.some((row) => row.slice(1).filter((v, j) => v !== row[j]).length > 1));
});

test('the saturation demo uses sigmoidChainProduct for the chosen depth and every bar', () => {
  const demo = saturationDemo(10, 0);
  assert.equal(demo.product, sigmoidChainProduct(10));
  assert.ok(demo.product < 1e-6);
  assert.equal(demo.products.length, 20);
  const bars = saturationBars(demo.products, 10);
  assert.equal(bars.bars.filter((b) => b.on).length, 1);
  for (let i = 1; i < bars.bars.length; i++) assert.ok(bars.bars[i].h <= bars.bars[i - 1].h);
  const steep = saturationBars(saturationDemo(20, 20).products, 20);
  assert.ok(steep.bars.every((b) => Number.isFinite(b.h) && b.h >= 0));
});

test('the gradient probe is logitGradients with label 1', () => {
  assert.deepEqual(gradientProbe(-10), logitGradients(-10, 1));
});

test('the softmax demo flags the naive overflow and keeps the stable result', () => {
  const demo = softmaxDemo(1002);
  assert.equal(demo.naiveFinite, false);
  assert.deepEqual(demo.stable, Array.from(softmax(demo.logits)));
  assert.equal(softmaxDemo(10).naiveFinite, true);
});

test('zero initialisation makes all hidden neurons equal, small random does not', () => {
  const zeros = hiddenTable('zeros', 7);
  assert.equal(zeros.allSame, true);
  assert.equal(new Set(zeros.rows.flat()).size, 1);
  const small = hiddenTable('small', 7);
  assert.equal(small.allSame, false);
});
