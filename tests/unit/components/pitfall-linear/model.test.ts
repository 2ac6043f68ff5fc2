import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseLinear, forward } from '../../../../src/forward/index.ts';
import { gridPoint } from '../../../../components/kit/heatmap.ts';
import {
  DOMAIN, GRID, LINEAR_SEED, bendOfBoundary, linearDemo, planeValues, symmetricScale, zerosOnRow,
} from '../../../../components/pitfall-linear/model.ts';

test('the linear stack and its collapsed layer agree on every sampled input', () => {
  for (const seed of [LINEAR_SEED, 5, 11]) {
    const demo = linearDemo(seed);
    assert.deepEqual(demo.collapsed, collapseLinear(demo.linear.layers));
    for (const row of demo.rows) assert.ok(Math.abs(row.stack - row.collapsed) < 1e-12);
    assert.equal(demo.stackParameters, 2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
  }
});

test('planeValues is forward at every pixel of the grid, and the stack equals its collapsed layer there', () => {
  const demo = linearDemo(LINEAR_SEED);
  const stack = planeValues(demo.linear);
  const single = planeValues({ layers: [demo.collapsed] });
  assert.equal(stack.length, GRID * GRID);
  let worst = 0;
  for (let j = 0; j < GRID; j++) {
    for (let i = 0; i < GRID; i++) {
      const p = j * GRID + i;
      assert.equal(stack[p], forward(demo.linear, gridPoint(i, j, GRID, DOMAIN))[0]);
      worst = Math.max(worst, Math.abs(stack[p] - single[p]));
    }
  }
  assert.ok(worst < 1e-12, `largest gap ${worst}`);
});

test('symmetricScale centres the colour scale on 0', () => {
  assert.deepEqual(symmetricScale([-1, 3]), [-1, 1]);
  assert.deepEqual(symmetricScale([0.5, 3]), [-3, 3]);
  assert.deepEqual(symmetricScale([-2, -0.5]), [-2, 2]);
  assert.deepEqual(symmetricScale([0, 0]), [-1, 1]);
});

test('zerosOnRow finds where a line crosses a row', () => {
  const [z] = zerosOnRow({ layers: [{ W: [[1, 0]], b: [-0.5], activation: 'identity' }] }, 0);
  assert.ok(Math.abs(z - 0.5) < 1e-12);
  const sloped = zerosOnRow({ layers: [{ W: [[2, 1]], b: [0], activation: 'identity' }] }, 1);
  assert.equal(sloped.length, 1);
  assert.ok(Math.abs(sloped[0] + 0.5) < 1e-12);
});

test('the linear boundary is one straight line; the ReLU boundary bends, for several seeds', () => {
  for (const seed of [LINEAR_SEED, LINEAR_SEED + 1, LINEAR_SEED + 2]) {
    const demo = linearDemo(seed);
    const straight = bendOfBoundary(demo.linear);
    assert.ok(straight && straight.points.length >= 3, `seed ${seed}: the linear boundary crosses the plane`);
    assert.ok(straight.bend < 1e-9, `seed ${seed}: linear bend ${straight.bend}`);
    // The boundary of the collapsed layer is the line w·x + b = 0.
    const [w1, w2] = demo.collapsed.W[0];
    for (const [x1, x2] of straight.points) assert.ok(Math.abs(w1 * x1 + w2 * x2 + demo.collapsed.b[0]) < 1e-9);
  }
  const bent = bendOfBoundary(linearDemo(LINEAR_SEED).relu);
  assert.ok(bent && bent.bend > 0.05, `ReLU bend ${bent?.bend}`);
});
