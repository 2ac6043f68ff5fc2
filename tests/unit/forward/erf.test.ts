import { test } from 'node:test';
import assert from 'node:assert/strict';
import { erf, erfc } from '../../../src/forward/erf.ts';
import { assertRelClose } from './close.ts';

// Reference values from tables (Abramowitz & Stegun 7.1, checked with 40-digit arithmetic).
const erfTable: [number, number][] = [
  [0.1, 0.1124629160182849], [0.5, 0.5204998778130465], [1, 0.8427007929497149],
  [2, 0.9953222650189527], [3, 0.9999779095030014], [-0.75, -0.7111556336535151],
];

test('erf(x) matches tabulated values to 1e-15 relative', () => {
  for (const [x, v] of erfTable) assertRelClose(erf(x), v, 1e-15, `erf(${x})`);
});

test('erfc(x) keeps full relative accuracy in the far tail (x = 5, 10) and for negative x', () => {
  assertRelClose(erfc(5), 1.537459794428035e-12, 1e-15, 'erfc(5)');
  assertRelClose(erfc(10), 2.088487583762545e-45, 1e-15, 'erfc(10)');
  assertRelClose(erfc(-1), 1.8427007929497148, 1e-15, 'erfc(-1)');
});

test('erf(x) is odd, bounded by 1, and exact at 0, ±∞ and NaN', () => {
  assert.equal(erf(0), 0);
  assert.equal(erf(Infinity), 1);
  assert.equal(erf(-Infinity), -1);
  assert.equal(erfc(Infinity), 0);
  assert.ok(Number.isNaN(erf(NaN)));
  assert.ok(Number.isNaN(erfc(NaN)));
  for (let x = -6; x <= 6; x += 0.37) {
    assert.equal(erf(-x), -erf(x));
    assert.ok(Math.abs(erf(x)) <= 1);
  }
});

test('erf(x) for tiny x is 2x/√π', () => {
  assertRelClose(erf(1e-10), (2 / Math.sqrt(Math.PI)) * 1e-10, 1e-15);
  assertRelClose(erf(1e-300), (2 / Math.sqrt(Math.PI)) * 1e-300, 1e-15);
});

test('erf(x) + erfc(x) = 1 across the three approximation intervals', () => {
  for (const x of [0.2, 0.46875, 0.47, 1.3, 3.99, 4, 4.01, 6]) {
    assertRelClose(erf(x) + erfc(x), 1, 2e-16, `x = ${x}`);
  }
});
