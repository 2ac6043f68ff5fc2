import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseLinear } from '../../../../src/forward/index.ts';
import { linearDemo, signGrid, cellCentres, LINEAR_SEED, PLANE_CELLS } from '../../../../components/pitfall-linear/model.ts';

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
