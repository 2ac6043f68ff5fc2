import assert from 'node:assert/strict';
import { test } from 'node:test';
import { curvePath, markerAt, samplePoints, sx, sy } from '../../../../components/kit/plot.ts';
import { sigmoid } from '../../../../src/forward/index.ts';

const box = { x0: -4, x1: 4, y0: -1, y1: 1, width: 200, height: 100 };

test('sx and sy map the corners of the data box onto the corners of the viewBox', () => {
  assert.equal(sx(box, -4), 0);
  assert.equal(sx(box, 4), 200);
  assert.equal(sy(box, -1), 100);
  assert.equal(sy(box, 1), 0);
  assert.equal(sy(box, 0), 50);
});

test('samplePoints(x0, x1, n) returns n + 1 evenly spaced points including both ends', () => {
  assert.deepEqual(samplePoints(0, 1, 4), [0, 0.25, 0.5, 0.75, 1]);
});

test('curvePath(box, f) starts with a move, has one segment per sample and stays inside the box', () => {
  const d = curvePath(box, (x) => 10 * x, 8);
  assert.match(d, /^M0 /);
  assert.equal(d.split('L').length, 9);
  for (const [, y] of d.matchAll(/[ML][\d.-]+ ([\d.-]+)/g)) {
    assert.ok(Number(y) >= 0 && Number(y) <= 100, y);
  }
});

test('curvePath(box, f) draws a non-finite value at the bottom edge instead of writing NaN', () => {
  assert.doesNotMatch(curvePath(box, () => NaN, 4), /NaN|Infinity/);
});

test('markerAt(box, x, y) clamps points outside the box to its edge and says so', () => {
  assert.deepEqual(markerAt(box, 0, sigmoid(0)), { cx: 100, cy: 25, inside: true });
  const outside = markerAt(box, 10, 5);
  assert.equal(outside.inside, false);
  assert.equal(outside.cx, 200);
  assert.equal(outside.cy, 0);
});
