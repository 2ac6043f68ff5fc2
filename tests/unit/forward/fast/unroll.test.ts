import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unrolledForward, UNROLL_MAX_WEIGHTS } from '../../../../src/forward/fast/unroll.ts';
import { relu, sigmoid } from '../../../../src/forward/activations.ts';

const identity = (x: number): number => x;

test('unrolledForward bakes the weights into straight-line code that writes into the given buffer', () => {
  const out = new Float64Array(1);
  const f = unrolledForward([new Float64Array([0.2, 0.4, 0.3, -0.5]), new Float64Array([0.7, 0.6])],
    [new Float64Array([0.1, -0.2]), new Float64Array([0.05])], [relu, sigmoid], [2, 2, 1], out);
  assert.ok(f);
  assert.equal(f([1, 0.5]), out);
  assert.equal(out[0], 1 / (1 + Math.exp(-(0.7 * (0.2 * 1 + 0.4 * 0.5 + 0.1) + 0.05))));
});

test('unrolledForward returns null for networks above UNROLL_MAX_WEIGHTS', () => {
  const n = Math.ceil(Math.sqrt(UNROLL_MAX_WEIGHTS)) + 1;
  assert.equal(unrolledForward([new Float64Array(n * n)], [new Float64Array(n)], [identity], [n, n], new Float64Array(n)), null);
});

test('unrolledForward keeps weights exact, including −0, tiny and negative literals', () => {
  const w = [-0, 1e-300, -123.456, 5e-324];
  const f = unrolledForward([new Float64Array(w)], [new Float64Array([-1e-20])], [identity], [4, 1], new Float64Array(1));
  assert.ok(f);
  assert.equal(f([1, 1, 1, 1])[0], 0 + -0 + 1e-300 + -123.456 + 5e-324 + -1e-20); // products in order, bias last
});
