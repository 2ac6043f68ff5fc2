import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { softmax, softmaxNaive, logSoftmax, softmaxSteps, softmaxRows } from '../../../src/forward/softmax.ts';
import { stabilityLogits } from '../../../src/chapters/examples.ts';
import { assertAllClose, assertClose, assertThrowsWith } from './close.ts';

// softmax([0, 1, 2]) from 40-digit arithmetic; [1000, 1001, 1002] is the same distribution shifted.
const ref012 = [0.09003057317038046, 0.24472847105479764, 0.6652409557748219];
const finiteLogits = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 12 });

test('softmax([1000, 1001, 1002]) is finite and equals softmax([0, 1, 2])', () => {
  const p = softmax(stabilityLogits);
  assertAllClose(p, ref012, 1e-15);
  assertAllClose(softmax([0, 1, 2]), ref012, 1e-15);
});

test('softmaxNaive([1000, 1001, 1002]) overflows to NaN, as the article warns', () => {
  const p = softmaxNaive(stabilityLogits);
  assert.ok(Array.from(p).every(Number.isNaN));
});

test('softmax(z) underflows gracefully for very negative logits', () => {
  const p = softmax([-1000, -1001, 0]);
  assert.deepEqual(Array.from(p), [0, 0, 1]);
  assertAllClose(softmax([-1000, -1001, -1002]), ref012.slice().reverse(), 1e-15);
});

test('softmaxSteps(z) exposes max, shifted, exps, sum and probs', () => {
  const s = softmaxSteps([1, 2]);
  assert.equal(s.max, 2);
  assert.deepEqual(Array.from(s.shifted), [-1, 0]);
  assertAllClose(s.exps, [Math.exp(-1), 1], 0);
  assertClose(s.sum, 1 + Math.exp(-1), 0);
  assertAllClose(s.probs, [Math.exp(-1) / (1 + Math.exp(-1)), 1 / (1 + Math.exp(-1))], 1e-16);
});

test('logSoftmax(z) is log(softmax(z)) and stays finite where softmax underflows', () => {
  assertAllClose(logSoftmax([0, 1, 2]), ref012.map(Math.log), 1e-15);
  const l = logSoftmax([-1000, 0]);
  assertClose(l[0], -1000, 1e-12);
  assert.ok(Number.isFinite(l[0]));
});

test('softmax(z) sums to 1 and lies in [0, 1] (property)', () => {
  fc.assert(fc.property(finiteLogits, (z) => {
    const p = softmax(z);
    const sum = p.reduce((s, v) => s + v, 0);
    return Math.abs(sum - 1) < 1e-12 && p.every((v) => v >= 0 && v <= 1);
  }));
});

test('softmax(z + c) = softmax(z) for any shift c (property)', () => {
  fc.assert(fc.property(finiteLogits, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (z, c) => {
    const a = softmax(z);
    const b = softmax(z.map((v) => v + c));
    return a.every((v, i) => Math.abs(v - b[i]) < 1e-9);
  }));
});

test('stable softmax equals softmaxNaive wherever the naive one is finite (property)', () => {
  fc.assert(fc.property(fc.array(fc.double({ min: -700, max: 700, noNaN: true }), { minLength: 1, maxLength: 8 }), (z) => {
    const naive = softmaxNaive(z);
    if (!naive.every(Number.isFinite)) return true;
    const stable = softmax(z);
    return stable.every((v, i) => Math.abs(v - naive[i]) <= 1e-12);
  }));
});

test('softmaxRows(Z) applies the stable softmax to each row', () => {
  const P = softmaxRows([[0, 1, 2], [1000, 1001, 1002]]);
  assertAllClose(P.row(0), ref012, 1e-15);
  assertAllClose(P.row(1), ref012, 1e-15);
});

test('softmax rejects empty and non-finite input with a message naming function and argument', () => {
  assertThrowsWith(() => softmax([]), 'softmax:', 'z', 'empty');
  assertThrowsWith(() => softmax([1, Infinity]), 'softmax:', 'z', 'Infinity', 'index 1', 'finite');
  assertThrowsWith(() => softmaxNaive([NaN]), 'softmaxNaive:', 'z', 'NaN');
  assertThrowsWith(() => logSoftmax('abc' as never), 'logSoftmax:', 'z', 'string');
});
