// An exercise accepts answers within its tolerance, both edges included, whatever floating-point
// rounding did to the answer it was computed as (components/kit/grade.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withinTolerance } from '../../../../components/kit/grade.ts';

test('withinTolerance: the docstring examples', () => {
  assert.equal(withinTolerance(0.521, 0.52, 0.001), true);
  assert.equal(withinTolerance(0.5211, 0.52, 0.001), false);
});

test('withinTolerance: both edges count, on either side of an answer carrying rounding error', () => {
  const answer = 0.7 * 0.5 + -0.02 * 0.5 - 0.03; // 0.30999999999999994 in binary floating point
  assert.notEqual(answer, 0.31);
  for (const typed of [0.309, 0.31, 0.311]) assert.equal(withinTolerance(typed, answer, 0.001), true, String(typed));
  for (const typed of [0.3089, 0.3111]) assert.equal(withinTolerance(typed, answer, 0.001), false, String(typed));
  // The MSE exercise's 0.17 ± 0.005 (computed as 0.16999999999999998 or 0.17000000000000001).
  for (const answer of [0.16999999999999998, 0.17000000000000001]) {
    assert.equal(withinTolerance(0.165, answer, 0.005), true);
    assert.equal(withinTolerance(0.175, answer, 0.005), true);
  }
  assert.equal(withinTolerance(Number.NaN, 1, 0.1), false);
  assert.equal(withinTolerance(1, Number.NaN, 0.1), false);
});
