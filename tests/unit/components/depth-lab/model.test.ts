import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardBatch } from '../../../../src/forward/index.ts';
import { BATCH, DEPTH, WIDTH, activations, depthInputs, depthLayers, depthSpreads, inits, spread, verdict } from '../../../../components/depth-lab/model.ts';
import { axisLimit, rowShapes, PLOT_X0, PLOT_X1 } from '../../../../components/depth-lab/draw.ts';

test('spread: mean, population std, nearest-rank percentiles, saturation', () => {
  const s = spread([1, 2, 3, 4]);
  assert.equal(s.mean, 2.5);
  assert.equal(s.std, Math.sqrt(1.25));
  assert.equal(s.p50, 2);
  assert.equal(s.p95, 4);
  assert.equal(s.maxAbs, 4);
  assert.equal(spread([0.995, 0, -1], [-1, 1]).saturated, 2 / 3);
  assert.throws(() => spread([]), /empty/);
});

test('depthSpreads follows forwardBatch layer by layer, seeded', () => {
  const layers = depthLayers('he', 'relu');
  let A = depthInputs();
  assert.deepEqual([A.rows, A.cols], [BATCH, WIDTH]);
  for (const layer of layers) A = forwardBatch({ layers: [layer] }, A);
  const s = depthSpreads('he', 'relu');
  assert.equal(s.length, DEPTH + 1);
  assert.deepEqual(s[DEPTH], spread(A.data, []));
  assert.deepEqual(depthSpreads('he', 'relu'), s); // same seed, same numbers
});

test('every initialiser and activation gives finite statistics and the expected behaviour', () => {
  for (const init of inits) for (const act of activations) {
    for (const s of depthSpreads(init, act)) for (const v of Object.values(s)) assert.ok(Number.isFinite(v), `${init} ${act}`);
  }
  assert.equal(verdict(depthSpreads('zeros', 'tanh')), 'dead');
  assert.equal(verdict(depthSpreads('small', 'relu')), 'dead');
  assert.equal(verdict(depthSpreads('he', 'relu')), 'steady');
  assert.equal(verdict(depthSpreads('xavier', 'tanh')), 'steady');
  assert.equal(verdict(depthSpreads('large', 'relu')), 'growing');
  assert.equal(verdict(depthSpreads('large', 'tanh')), 'saturated');
});

test('the drawing keeps every band inside the plot and at least 1 unit wide', () => {
  for (const init of ['zeros', 'large'] as const) {
    const s = depthSpreads(init, 'relu');
    const limit = axisLimit(s);
    assert.ok(limit > 0);
    for (const row of s) {
      const r = rowShapes(row, limit);
      assert.ok(r.band.w >= 1 && r.band.x >= PLOT_X0 - 1e-9 && r.band.x + r.band.w <= PLOT_X1 + 1e-9);
      assert.ok(Number.isFinite(r.median));
    }
  }
  assert.equal(axisLimit([{ p5: -2, p95: 1 }]), 2);
  assert.equal(axisLimit([{ p5: 0, p95: 0 }]), 1);
});
