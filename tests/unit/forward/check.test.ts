import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkVector, checkRows, checkInteger, checkNumberOrVector, describe, fail } from '../../../src/forward/check.ts';
import { assertThrowsWith } from './close.ts';

test('fail(fn, arg, expected, received) builds "fn: arg received (expected …)"', () => {
  assertThrowsWith(() => fail('matVec', 'x', 'length 2', 'has length 3'), 'matVec: x has length 3 (expected length 2)');
  assertThrowsWith(() => fail('f', 'a', 'a number', 'a string'), 'f: a is a string (expected a number)');
});

test('describe(value) names what was received', () => {
  assert.equal(describe([1, 2]), 'an array of length 2');
  assert.equal(describe(new Float64Array(3)), 'a Float64Array of length 3');
  assert.equal(describe(null), 'null');
  assert.equal(describe('x'), 'the string "x"');
});

test('checkVector, checkRows and checkInteger pass good input through and reject bad input', () => {
  const v = [1, 2];
  assert.equal(checkVector('f', 'v', v), v);
  assertThrowsWith(() => checkVector('f', 'v', [1, '2']), 'f: v has the string "2" at index 1');
  assertThrowsWith(() => checkVector('f', 'v', {}), 'f: v is an object');
  assertThrowsWith(() => checkVector('f', 'v', [1], 2), 'f: v has length 1 (expected length 2)');
  assertThrowsWith(() => checkRows('f', 'W', [1, 2]), 'f: W[0] is the number 1 (expected a row of numbers)');
  assertThrowsWith(() => checkInteger('f', 'n', 1.5), 'f: n is the number 1.5 (expected an integer ≥ 0)');
});

test('checkNumberOrVector(fn, arg, v) wraps a number, passes a vector through and names bad input', () => {
  assert.deepEqual(checkNumberOrVector('mse', 'pred', 0.5), [0.5]);
  const v = [1, 2];
  assert.equal(checkNumberOrVector('mse', 'pred', v), v);
  assertThrowsWith(() => checkNumberOrVector('mse', 'pred', NaN), 'mse:', 'pred');
  assertThrowsWith(() => checkNumberOrVector('mse', 'pred', 'x'), 'mse: pred is the string "x"');
});
