import assert from 'node:assert/strict';
import { test } from 'node:test';
import { msePoints, mseStart, mseState } from '../../../../components/mse-widget/model.ts';
import { errorSquare, plotBox, toX, toY } from '../../../../components/mse-widget/draw.ts';

test('mseState(points, w, b) predicts w·x + b and averages the squared errors', () => {
  const s = mseState(msePoints, mseStart.w, mseStart.b);
  msePoints.forEach((p, i) => {
    const pred = mseStart.w * p.x + mseStart.b; // independent check of the library's neuron
    assert.ok(Math.abs(s.preds[i] - pred) < 1e-12);
    assert.ok(Math.abs(s.squares[i] - (pred - p.y) ** 2) < 1e-12);
  });
  const mean = s.squares.reduce((a, b) => a + b, 0) / msePoints.length;
  assert.ok(Math.abs(s.loss - mean) < 1e-12);
});

test('mseState(points, w, b) is zero for a line through every point', () => {
  const onLine = [{ x: 0, y: 1 }, { x: 2, y: 5 }];
  assert.equal(mseState(onLine, 2, 1).loss, 0);
});

test('errorSquare(x, y, pred) has side |pred − y| in plot units and stays inside the plot', () => {
  const sq = errorSquare(1, 2, 3);
  assert.ok(Math.abs(sq.size - (toY(2) - toY(3))) < 1e-9);
  assert.equal(sq.x, toX(1));
  const edge = errorSquare(4.5, 4.3, 3.25);
  assert.ok(edge.x + edge.size <= plotBox.x + plotBox.size + 1e-9, 'flipped to the left near the right edge');
});
