import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardBatch } from '../../../../src/forward/index.ts';
import { SHAPE_DEFAULTS, randomBatch, shapeReport, shapeText, sizeProblem, widgetNetwork } from '../../../../components/shape-widget/model.ts';

test('shapeReport gives every shape and the parameter count for fitting sizes', () => {
  const r = shapeReport(4, 3, [3, 5, 2]);
  assert.equal(r.error, null);
  assert.deepEqual(r.X, [4, 3]);
  assert.deepEqual(r.layers.map((l) => [l.W, l.b, l.Z, l.A, l.params]), [
    [[5, 3], 5, [4, 5], [4, 5], 20],
    [[2, 5], 2, [4, 2], [4, 2], 12],
  ]);
  assert.equal(r.params, 32);
  // The last A is the library's own batch output shape.
  const out = forwardBatch(widgetNetwork([3, 5, 2]), randomBatch(4, 3));
  assert.deepEqual(r.layers[1].A, [out.rows, out.cols]);
});

test('the defaults render a 4-layer-size network, and n never changes W or b', () => {
  const a = shapeReport(SHAPE_DEFAULTS.n, SHAPE_DEFAULTS.d, SHAPE_DEFAULTS.sizes);
  const b = shapeReport(100, SHAPE_DEFAULTS.d, SHAPE_DEFAULTS.sizes);
  assert.deepEqual(a.layers.map((l) => l.W), b.layers.map((l) => l.W));
  assert.equal(a.params, b.params);
  assert.deepEqual(b.layers[2].Z, [100, 2]);
});

test('a width mismatch returns the library\'s message and no Z or A shapes', () => {
  const r = shapeReport(4, 2, [3, 5, 2]);
  assert.equal(r.error, 'forwardBatch: X has 2 columns but the first layer takes 3 inputs (expected equal)');
  assert.ok(r.layers.every((l) => l.Z === null && l.A === null));
  assert.equal(r.params, 32);
});

test('sizeProblem and shapeText', () => {
  assert.equal(sizeProblem(2.5, 10), 'whole');
  assert.equal(sizeProblem(0, 10), 'range');
  assert.equal(sizeProblem(11, 10), 'range');
  assert.equal(sizeProblem(3, 10), null);
  assert.equal(shapeText([4, 3]), '(4, 3)');
  assert.equal(shapeText(5), '(5)');
  assert.equal(shapeText(null), '—');
  assert.equal(randomBatch(2, 3).rows, 2);
});
