import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitReluInterpolant, maxError, meanAbsError } from '../../../src/forward/approximate.ts';
import { forward } from '../../../src/forward/network.ts';
import { assertClose, assertThrowsWith } from './close.ts';

const step = (x: number) => (x >= 0.1 ? 1 : 0);
const targets: [string, (x: number) => number, [number, number]][] = [
  ['sin', Math.sin, [-Math.PI, Math.PI]],
  ['|x|', Math.abs, [-0.7, 1.3]], // asymmetric: the kink at 0 is never a knot for these n
  ['a step', step, [-1, 1]],
];

test('fitReluInterpolant(f, n, domain) passes through all n + 1 knots with n hidden ReLU units', () => {
  const { net, knots } = fitReluInterpolant(Math.sin, 8, [0, Math.PI]);
  assert.equal(knots.length, 9);
  assert.equal(net.layers[0].W.length, 8);
  assert.equal(net.layers[0].activation, 'relu');
  for (const x of knots) assertClose(forward(net, [x])[0], Math.sin(x), 1e-12, `at knot ${x}`);
});

for (const [name, f, domain] of targets) {
  test(`the interpolant's mean error falls as n grows for ${name}`, () => {
    const errs = [2, 4, 8, 16, 32, 64].map((n) => meanAbsError(fitReluInterpolant(f, n, domain).net, f, domain));
    console.log(`meanAbsError for ${name}, n = 2..64:`, errs.map((e) => e.toExponential(2)).join(' '));
    for (let i = 1; i < errs.length; i++) assert.ok(errs[i] < errs[i - 1], `n step ${i}: ${errs[i]} ≥ ${errs[i - 1]}`);
  });
}

test('the max error falls as n doubles for sin and |x| (for a step it cannot: the jump stays)', () => {
  for (const [name, f, domain] of targets.slice(0, 2)) {
    const errs = [3, 6, 12, 24, 48].map((n) => maxError(fitReluInterpolant(f, n, domain).net, f, domain));
    for (let i = 1; i < errs.length; i++) assert.ok(errs[i] < errs[i - 1], `${name}: ${errs.join(', ')}`);
  }
  assert.ok(maxError(fitReluInterpolant(step, 64, [-1, 1]).net, step, [-1, 1]) > 0.1);
});

test('fitReluInterpolant(points, n) interpolates given points and is constant left of the first', () => {
  const { net, knots } = fitReluInterpolant([[0, 1], [1, 3], [3, 2]], 2, [0, 3]);
  assert.deepEqual(knots, [0, 1, 3]);
  assertClose(forward(net, [0.5])[0], 2);
  assertClose(forward(net, [2])[0], 2.5);
  assertClose(forward(net, [-5])[0], 1);
});

test('fitReluInterpolant rejects bad n, domains and points', () => {
  assertThrowsWith(() => fitReluInterpolant(Math.sin, 0, [0, 1]), 'fitReluInterpolant:', 'n', 'integer ≥ 1');
  assertThrowsWith(() => fitReluInterpolant(Math.sin, 4, [1, 0]), 'fitReluInterpolant:', 'domain', 'lo < hi', '[1, 0]');
  assertThrowsWith(() => fitReluInterpolant([[0, 1], [0, 2]], 1, [0, 1]), 'fitReluInterpolant:', 'target', 'increasing');
  assertThrowsWith(() => fitReluInterpolant([[0, 1], [1, 2]], 3, [0, 1]), 'fitReluInterpolant:', 'target', '4 points', 'has 2 points');
  assertThrowsWith(() => fitReluInterpolant(Math.log, 2, [-1, 1]), 'fitReluInterpolant:', 'target', 'NaN');
});
