// Double-double helpers of src/forward/exact.ts: e^a as 2^k·(hi + lo), products and quotients kept to
// about 2⁻¹⁰⁰, and one rounding into the subnormals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDD, compHorner, dd, divDD, expDD, mulDD, scale2, twoSum } from '../../../src/forward/exact.ts';
import { ulp } from './close.ts';

const sweep = (a: number, b: number, n: number): number[] => Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n + 1e-7 * Math.sin(i));

test('expDD(a) agrees with Math.exp(a) to 1 ulp from the subnormals to the overflow threshold', () => {
  for (const a of sweep(-745, 709, 4000)) {
    const k = expDD(a, 0);
    assert.ok(dd.hi > 0.7 && dd.hi < 1.42, `mantissa ${dd.hi} at ${a}`);
    const got = scale2(dd.hi, k);
    const want = Math.exp(a);
    assert.ok(Math.abs(got - want) <= ulp(want), `e^${a}: ${got} vs Math.exp ${want}`);
  }
});

test('expDD(a)·expDD(−a) is 1 to 2⁻⁵⁶ in double-double, and expDD(a, b) adds b to the argument', () => {
  for (const a of sweep(-700, 700, 2000)) {
    const k1 = expDD(a, 0);
    const h1 = dd.hi;
    const l1 = dd.lo;
    const k2 = expDD(-a, 0);
    mulDD(h1, l1, dd.hi, dd.lo);
    const f = 2 ** (k1 + k2);
    addDD(dd.hi * f, dd.lo * f, -1, 0);
    assert.ok(Math.abs(dd.hi) < 2 ** -56, `e^${a}·e^${-a} − 1 = ${dd.hi}`);
    expDD(a, 1e-12);
    const hb = dd.hi;
    const lb = dd.lo;
    expDD(a, 0);
    const rise = ((hb - dd.hi) + (lb - dd.lo)) / dd.hi; // e^(1e-12) − 1, to expDD's 2⁻⁵⁸
    assert.ok(Math.abs(rise - 1e-12) < 2 ** -57, `e^(${a} + 1e-12) rises by ${rise}`);
  }
  assert.deepEqual([expDD(0, 0), dd.hi, dd.lo], [0, 1, 0]); // e^0 is exactly 1
});

test('divDD then mulDD gives back the dividend to 2⁻¹⁰⁰', () => {
  for (const [a, b] of [[1, 3], [2, 7], [Math.PI, Math.E], [1e-200, 3.3], [123456789, 0.1]]) {
    divDD(a, 0, b, 0);
    mulDD(dd.hi, dd.lo, b, 0);
    twoSum(dd.hi - a, dd.lo);
    assert.ok(Math.abs(dd.hi) <= Math.abs(a) * 2 ** -100, `(${a}/${b})·${b} − ${a} = ${dd.hi}`);
  }
});

test('scale2 rounds once into the subnormals, where v·2^k would round twice or underflow', () => {
  assert.equal(scale2(1.5000000000000002, -1075), 5e-324); // (1.5 + 2⁻⁵²)·2⁻¹⁰⁷⁵ is above half of 2⁻¹⁰⁷⁴
  assert.equal(1.5000000000000002 * 2 ** -1075, 0); // 2⁻¹⁰⁷⁵ alone already underflows to 0
  assert.equal(scale2(1.25, -1073), 1e-323); // 2.5 steps of 2⁻¹⁰⁷⁴: ties to even, 2 steps
  assert.equal(scale2(3, 10), 3072);
});

test('compHorner evaluates (y + 1)⁸ from its binomial coefficients as exactly as 8 double-double products', () => {
  const y = 1 + 2 ** -30;
  let h = 1;
  let l = 0;
  for (let i = 0; i < 8; i++) {
    mulDD(h, l, y + 1, 0); // y + 1 is exact
    h = dd.hi;
    l = dd.lo;
  }
  compHorner(1, [8, 28, 56, 70, 56, 28, 8, 1], undefined, y);
  assert.ok(Math.abs((dd.hi - h) + (dd.lo - l)) <= h * 2 ** -100, `${dd.hi} + ${dd.lo} vs ${h} + ${l}`);
  assert.notEqual(l, 0); // the low part matters: plain Horner would lose it
});
