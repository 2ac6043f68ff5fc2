import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CLASS_COLOURS, RAMP_STEPS, cssColour, gridInputs, gridPoint, mixColour, pixelOf, rampIndex, valueColour,
} from '../../../../components/kit/heatmap.ts';
import { unitRange } from '../../../../components/playground/units.ts';

const d = { lo: -1, hi: 1 };

test('doc examples of the heatmap helpers', () => {
  assert.deepEqual(gridPoint(0, 0, 2, d), [-0.5, 0.5]);
  assert.deepEqual(pixelOf(0.5, -0.5, 2, d), [1, 1]);
  assert.equal(gridInputs(100, { lo: -3, hi: 3 }).rows, 10000);
  assert.equal(rampIndex(1, 0, 1), 256);
  assert.deepEqual(valueColour(0.5, 0, 1), [247, 247, 247]);
  assert.equal(cssColour(0, 0, 1), 'rgb(179, 88, 6)');
  assert.deepEqual(mixColour([1, 0, 0]), [230, 120, 20]);
  assert.deepEqual(unitRange('relu', Float64Array.of(0, 2), 1, 0), [-2, 2]);
});

test('grid rows follow gridPoint and pixelOf inverts it', () => {
  const n = 7;
  const X = gridInputs(n, d);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const [x1, x2] = gridPoint(i, j, n, d);
      assert.deepEqual([X.data[2 * (j * n + i)], X.data[2 * (j * n + i) + 1]], [x1, x2]);
      assert.deepEqual(pixelOf(x1, x2, n, d), [i, j]);
    }
  }
});

test('the ramp passes through its ColorBrewer stops, clamps outside the scale and maps NaN to the middle', () => {
  assert.deepEqual(valueColour(0, 0, 1), [179, 88, 6]);
  assert.deepEqual(valueColour(0.25, 0, 1), [241, 163, 64]);
  assert.deepEqual(valueColour(0.75, 0, 1), [103, 169, 207]);
  assert.deepEqual(valueColour(1, 0, 1), [33, 102, 172]);
  assert.deepEqual(valueColour(0, -2, 2), [247, 247, 247]);
  assert.equal(RAMP_STEPS % 2, 1);
  assert.deepEqual(valueColour(-5, 0, 1), valueColour(0, 0, 1));
  assert.deepEqual(valueColour(5, 0, 1), valueColour(1, 0, 1));
  assert.equal(rampIndex(NaN, 0, 1), RAMP_STEPS >> 1);
  assert.deepEqual(mixColour([0, 0, 1]), [...CLASS_COLOURS[2]]);
  assert.deepEqual(unitRange('tanh', Float64Array.of(5), 1, 0), [-1, 1]);
  assert.deepEqual(unitRange('sigmoid', Float64Array.of(5), 1, 0), [0, 1]);
  assert.deepEqual(unitRange('identity', Float64Array.of(1, -3, 2, 0), 2, 0), [-2, 2]);
});
