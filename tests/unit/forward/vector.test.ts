import { test } from 'node:test';
import assert from 'node:assert/strict';
import { vector, zeros, dot, add, sub, scale } from '../../../src/forward/vector.ts';
import { assertClose, assertThrowsWith } from './close.ts';

test('vector(xs) copies into a Float64Array', () => {
  const xs = [1, 0.5];
  const v = vector(xs);
  assert.ok(v instanceof Float64Array);
  xs[0] = 9;
  assert.deepEqual(Array.from(v), [1, 0.5]);
});

test('dot(a, b) is Σ aᵢbᵢ, e.g. the first hidden neuron before its bias', () => {
  assertClose(dot([0.2, 0.4], [1, 0.5]), 0.2 * 1 + 0.4 * 0.5, 0);
});

test('zeros, add, sub and scale work element-wise', () => {
  assert.deepEqual(Array.from(zeros(3)), [0, 0, 0]);
  assert.deepEqual(Array.from(add([1, 2], [0.5, 0.5])), [1.5, 2.5]);
  assert.deepEqual(Array.from(sub([1, 2], [0.5, 0.5])), [0.5, 1.5]);
  assert.deepEqual(Array.from(scale([1, -2], 0.5)), [0.5, -1]);
});

test('vector functions reject bad input naming function, argument, expected and received', () => {
  assertThrowsWith(() => dot([1, 2], [1, 2, 3]), 'dot:', 'b has length 3', 'expected length 2');
  assertThrowsWith(() => vector([1, NaN]), 'vector:', 'xs', 'NaN', 'index 1');
  assertThrowsWith(() => zeros(0), 'zeros:', 'n', 'integer ≥ 1', 'number 0');
  assertThrowsWith(() => add([], []), 'add:', 'a', 'empty');
  assertThrowsWith(() => scale([1], Infinity), 'scale:', 's', 'Infinity');
});
