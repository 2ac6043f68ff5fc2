import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitReluInterpolant, forward, maxError } from '../../../../src/forward/index.ts';
import {
  DOMAIN, MAX_POINTS, TABLE_UNITS, Y_VIEW, approximate, errorTable, makeTarget, pointProblem, sampleTarget, sortPoints, starterPoints,
} from '../../../../components/approximation-widget/model.ts';
import { BOTTOM, LEFT, RIGHT, TOP, dataAt, knotTicks, xOf, yOf } from '../../../../components/approximation-widget/draw.ts';

test('starter points are seeded, inside the view and have distinct x', () => {
  const points = starterPoints();
  assert.deepEqual(points, starterPoints());
  assert.equal(new Set(points.map((p) => p[0])).size, points.length);
  for (const [x, y] of points) {
    assert.ok(x >= DOMAIN[0] && x <= DOMAIN[1]);
    assert.ok(y >= Y_VIEW[0] && y <= Y_VIEW[1]);
  }
});

test('a point is refused when the x is taken, it is outside the view or there are too many', () => {
  const points = starterPoints();
  assert.equal(pointProblem(points, [points[0][0], 0]), 'sameX');
  assert.equal(pointProblem(points, [DOMAIN[1] + 1, 0]), 'outside');
  assert.equal(pointProblem(points, [0, Y_VIEW[1] + 1]), 'outside');
  assert.equal(pointProblem(points, [0.05, 0]), null);
  const many = Array.from({ length: MAX_POINTS }, (_, i) => [i / 100, 0] as [number, number]);
  assert.equal(pointProblem(many, [1, 0]), 'full');
});

test('the points target passes through every point and spans their x range', () => {
  const points = starterPoints();
  const target = makeTarget('points', points)!;
  const sorted = sortPoints(points);
  assert.deepEqual(target.domain, [sorted[0][0], sorted.at(-1)![0]]);
  for (const [x, y] of points) assert.ok(Math.abs(target.fn(x) - y) < 1e-12);
  assert.equal(makeTarget('points', points.slice(0, 1)), null);
});

test('approximate is the library interpolant with its errors', () => {
  const target = makeTarget('sin', [])!;
  const a = approximate(target, 8);
  const { net, knots } = fitReluInterpolant(Math.sin, 8, DOMAIN);
  assert.deepEqual(a.knots, knots);
  assert.equal(a.maxError, maxError(net, Math.sin, DOMAIN));
  for (const [x, y] of a.curve) assert.equal(y, forward(net, [x])[0]);
});

test('the error table covers every N and its mean error falls for each built-in target', () => {
  for (const id of ['sin', 'abs', 'step'] as const) {
    const rows = errorTable(makeTarget(id, [])!);
    assert.deepEqual(rows.map((r) => r.n), [...TABLE_UNITS]);
    assert.ok(rows.at(-1)!.meanError < rows[0].meanError);
  }
});

test('sampleTarget covers the domain end to end', () => {
  const s = sampleTarget(makeTarget('abs', [])!, 5);
  assert.deepEqual(s.map((p) => p[0]), [-3, -1.5, 0, 1.5, 3]);
});

test('plot coordinates map back to data and knot ticks skip the closing knot', () => {
  assert.equal(xOf(DOMAIN[0]), LEFT);
  assert.equal(xOf(DOMAIN[1]), RIGHT);
  assert.equal(yOf(Y_VIEW[1]), TOP);
  assert.equal(yOf(Y_VIEW[0]), BOTTOM);
  assert.deepEqual(dataAt(xOf(1.25), yOf(-0.5)), [1.25, -0.5]);
  assert.equal(knotTicks([-3, 0, 3]).split('M').length - 1, 2);
});

test('errorText(err, zeroUpTo) shows a real error with 3 digits and an exact fit as 0 with its tolerance', async () => {
  const { errorText } = await import('../../../../components/approximation-widget/model.ts');
  assert.equal(errorText(0.0123, String), '0.0123');
  assert.equal(errorText(5.551115123125783e-16, String), '1.42e-14');
  assert.equal(errorText(5.551115123125783e-16, (tol) => `0 (below ${tol}: rounding)`), '0 (below 1.42e-14: rounding)');
});
