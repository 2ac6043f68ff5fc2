import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forward, sigmoid } from '../../../../src/forward/index.ts';
import {
  DOMAIN, GRID, START, boundary, dragArrow, dragLine, foot, neuronAt, planeActivations, planeValues, snap, step, valueRange,
} from '../../../../components/neuron-plane/model.ts';
import { arrowEnds, formulaText, fromSvg, linePath, toSvg } from '../../../../components/neuron-plane/draw.ts';
import { gridPoint } from '../../../../components/kit/heatmap.ts';

test('doc examples', () => {
  assert.equal(step(0), 1);
  assert.equal(step(-0.1), 0);
  assert.deepEqual(valueRange('tanh'), [-1, 1]);
  assert.equal(snap(0.123), 0.12);
  assert.deepEqual(toSvg([0, 0]), [150, 150]);
  assert.deepEqual(fromSvg([150, 150]), [0, 0]);
  const s = { w1: 1, w2: 0.5, b: -0.5, activation: 'sigmoid' as const };
  const { z, a } = neuronAt(s, [0.5, -0.2]);
  assert.equal(formulaText(s, [0.5, -0.2], z, a), 'a = σ(1·0.5 + 0.5·(-0.2) + (-0.5)) = σ(-0.1) = 0.475');
});

test('the shading is the library’s neuron at every grid point, for every activation', () => {
  for (const activation of planeActivations) {
    const s = { ...START, activation };
    const values = planeValues(s);
    assert.equal(values.length, GRID * GRID);
    for (const [i, j] of [[0, 0], [GRID - 1, 0], [17, 63], [GRID - 1, GRID - 1], [60, 60]]) {
      const x = gridPoint(i, j, GRID, DOMAIN);
      const z = forward({ layers: [{ W: [[s.w1, s.w2]], b: [s.b], activation: 'identity' }] }, x)[0];
      const expected = activation === 'step' ? (z >= 0 ? 1 : 0) : forward({ layers: [{ W: [[s.w1, s.w2]], b: [s.b], activation }] }, x)[0];
      assert.ok(Math.abs(values[j * GRID + i] - expected) < 1e-12, `${activation} at ${i},${j}`);
      assert.ok(Math.abs(neuronAt(s, x).a - expected) < 1e-12);
    }
  }
  assert.equal(neuronAt(START, [1, 1]).a, sigmoid(1));
});

test('the boundary lies on w·x + b = 0 at the edges of the plane, and the arrow starts on it', () => {
  for (const s of [START, { ...START, w1: 0, w2: 2, b: 1 }, { ...START, w1: -1.5, w2: 0, b: 2 }, { ...START, w1: 2, w2: -3, b: 0.7 }]) {
    const seg = boundary(s)!;
    for (const p of seg) {
      assert.ok(Math.abs(s.w1 * p[0] + s.w2 * p[1] + s.b) < 1e-9);
      assert.ok([p[0], p[1]].some((v) => Math.abs(Math.abs(v) - 3) < 1e-9));
    }
    const f = foot(s)!;
    assert.ok(Math.abs(s.w1 * f[0] + s.w2 * f[1] + s.b) < 1e-12);
    assert.ok(linePath(s).startsWith('M'));
    assert.deepEqual(arrowEnds(s)!.to, toSvg([f[0] + s.w1, f[1] + s.w2]));
  }
  assert.equal(boundary({ ...START, w1: 0, w2: 0 }), null);
  assert.equal(boundary({ ...START, w1: 1, w2: 0, b: -10 }), null);
  assert.equal(linePath({ ...START, w1: 0, w2: 0 }), '');
});

test('dragging the line moves b so the line passes through the pointer; dragging the arrow sets w from its foot', () => {
  const moved = dragLine(START, [1.2, -0.4]);
  assert.equal(moved.w1, START.w1);
  assert.equal(moved.b, snap(-(START.w1 * 1.2 + START.w2 * -0.4)));
  const f = foot(START)!;
  const turned = dragArrow(START, [2, 1]);
  assert.equal(turned.w1, snap(2 - f[0]));
  assert.equal(turned.w2, snap(1 - f[1]));
  assert.equal(turned.b, snap(-(turned.w1 * f[0] + turned.w2 * f[1])));
  // The line still passes (nearly, after rounding) through the foot it turned about.
  assert.ok(Math.abs(turned.w1 * f[0] + turned.w2 * f[1] + turned.b) < 0.01);
});
