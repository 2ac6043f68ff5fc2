// One test per kind of finding in the numerics review of src/forward: each fails if the kind comes back
// anywhere it was found (not only at the reported example).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as lib from '../../../src/forward/index.ts';
import { dd, twoSum } from '../../../src/forward/exact.ts';
import { logSoftmaxOf } from '../../../src/forward/softmax.ts';
import { fail, failType } from '../../../src/forward/check.ts';

const extreme = [1e308, -1e308];

test('twoSum(a, b) gives lo = 0, never NaN, when a + b overflows or is infinite', () => {
  for (const [a, b] of [[-1e308, -1e308], [1e308, 1e308], [-Infinity, 5], [3, -Infinity]]) {
    twoSum(a, b);
    assert.equal(dd.lo, 0, `${a} + ${b}`);
    assert.ok(!Number.isFinite(dd.hi));
  }
});

test('the softmax family gives the right answer for finite extreme logits [1e308, −1e308], never NaN', () => {
  assert.deepEqual(Array.from(lib.softmax(extreme)), [1, 0]);
  assert.deepEqual(Array.from(lib.softmax([-1e308, 1e308, 0])), [0, 1, 0]);
  const s = lib.softmaxSteps(extreme);
  assert.deepEqual([Array.from(s.exps), s.sum, Array.from(s.probs)], [[1, 0], 1, [1, 0]]);
  assert.deepEqual(lib.softmaxRows([extreme, [-1e308, 1e308]]).toArray(), [[1, 0], [0, 1]]);
  assert.equal(lib.crossEntropyFromLogits(extreme, 0), 0);
  assert.equal(lib.crossEntropyFromLogits(extreme, [1, 0]), 0);
  assert.deepEqual(Array.from(logSoftmaxOf('f', extreme)), [0, -Infinity]);
  // where the true answer is out of range the error says so instead of NaN or ∞
  assert.throws(() => lib.logSoftmax(extreme), RangeError);
  assert.throws(() => lib.crossEntropyFromLogits(extreme, 1), RangeError);
});

test('the softmax family masks −Infinity logits (exp → 0) and rejects rows with no finite logit, +∞ and NaN', () => {
  const p = lib.softmax([0, -Infinity, 0]);
  assert.deepEqual(Array.from(p), [0.5, 0, 0.5]);
  assert.deepEqual(Array.from(lib.logSoftmax([0, -Infinity])), [0, -Infinity]);
  assert.deepEqual(lib.softmaxRows([[0, -Infinity], [-Infinity, 0]]).toArray(), [[1, 0], [0, 1]]);
  assert.equal(lib.crossEntropyFromLogits([0, -Infinity, 0], 0), Math.LN2);
  assert.throws(() => lib.crossEntropyFromLogits([0, -Infinity], 1), RangeError); // the loss would be ∞
  for (const bad of [[-Infinity, -Infinity], [0, Infinity], [0, NaN]]) {
    assert.throws(() => lib.softmax(bad), RangeError, String(bad));
    assert.throws(() => lib.logSoftmax(bad), RangeError, String(bad));
    assert.throws(() => lib.softmaxRows([bad]), RangeError, String(bad));
  }
});

test('functions with an `out` argument give the right result when out aliases an input', () => {
  const v = new Float64Array([1, 2]);
  assert.deepEqual(Array.from(lib.matVec([[0, 1], [1, 0]], v, v)), [2, 1]);
  const buf = new Float64Array([1, 2, 3]);
  assert.deepEqual(Array.from(lib.matVec([[1, 1], [1, -1]], buf.subarray(0, 2), buf.subarray(1, 3))), [3, -1]);
  const W = lib.matrix([[1, 2], [3, 4]]);
  const wOut = W.data.subarray(0, 2);
  assert.deepEqual(Array.from(lib.matVec(W, [1, 1], wOut)), [3, 7]); // out is W's own storage
  const a = new Float64Array([1, 2, 3, 4]);
  assert.deepEqual(Array.from(lib.add(a.subarray(0, 3), [1, 1, 1], a.subarray(1, 4))), [2, 3, 4]);
  const c = new Float64Array([1, 2, 3, 4]);
  assert.deepEqual(Array.from(lib.scale(c.subarray(1, 4), 2, c.subarray(0, 3))), [4, 6, 8]);
  const d = new Float64Array([1, 2]);
  assert.deepEqual(Array.from(lib.sub(d, [1, 1], d)), [0, 1]);
  const z = new Float64Array([-1, 2]);
  assert.deepEqual(Array.from(lib.applyActivation('relu', z, z)), [0, 2]);
});

test('linear algebra and losses throw a RangeError naming the function when finite input overflows', () => {
  const big = [1e200, 1e200];
  const cancel = [1e200, -1e200];
  const cases: [string, () => unknown][] = [
    ['dot', () => lib.dot(big, cancel)],
    ['matVec', () => lib.matVec([big], cancel)],
    ['matMul', () => lib.matMul([big], [[1e200], [-1e200]])],
    ['matMulTransB', () => lib.matMulTransB([big], [cancel])],
    ['addBias', () => lib.addBias([1e308], [1e308])],
    ['addBias', () => lib.addBias(lib.matrix([[1e308]]), [1e308])],
    ['add', () => lib.add([1e308], [1e308])],
    ['sub', () => lib.sub([1e308], [-1e308])],
    ['scale', () => lib.scale([1e308], 10)],
    ['neuron', () => lib.neuron(big, 0, cancel, 'sigmoid')],
    ['mse', () => lib.mse([1e200], [-1e200])],
    ['collapseLinear', () => lib.collapseLinear([
      { W: [[1e200]], b: [0], activation: 'identity' }, { W: [[1e200]], b: [0], activation: 'identity' }])],
    ['collapseLinear', () => lib.collapseLinear([
      { W: [[1]], b: [1e200], activation: 'identity' }, { W: [[1e200]], b: [0], activation: 'identity' }])],
    ['forward', () => lib.forward({ layers: [{ W: [big], b: [0], activation: 'identity' }] }, cancel)],
  ];
  for (const [fn, f] of cases) {
    assert.throws(f, (e: unknown) => e instanceof RangeError && e.message.startsWith(`${fn}: `) && e.message.includes('overflowed'), fn);
  }
  // the exact answer is still given where nothing overflows
  assert.equal(lib.dot([1e150, 1e150], [1e150, -1e150]), 0);
});

test('neuron() and forward() add the bias last, so they give identical z for the same inputs', () => {
  const w = [0.44, -0.09, 0.53];
  const x = [0.04, 0.07, 0.48];
  const n = lib.neuron(w, -0.03, x);
  assert.equal(n.z, 0.2357);
  assert.equal(n.z, lib.forward({ layers: [{ W: [w], b: [-0.03], activation: 'identity' }] }, x)[0]);
  for (let k = 0; k < 200; k++) {
    const rng = lib.createRng(k);
    const ws = [rng() - 0.5, rng() - 0.5, rng() - 0.5];
    const xs = [rng() * 3, rng() - 0.2, rng()];
    const b = rng() - 0.5;
    const net = { layers: [{ W: [ws], b: [b], activation: 'sigmoid' as const }] };
    const one = lib.neuron(ws, b, xs, 'sigmoid');
    assert.equal(one.z, lib.forwardTrace(net, xs).z[1][0]);
    assert.equal(one.a, lib.forward(net, xs)[0]);
  }
});

test('formatNumber(x, d) shows x.toPrecision(d)\'s digits for every d in 1 … 17, also just below powers of ten', () => {
  assert.equal(lib.formatNumber(99999.99999999999, 16), '99999.99999999999');
  assert.equal(lib.formatNumber(99.99999999999999, 16), '99.99999999999999');
  assert.equal(lib.formatNumber(0.09999999999999999, 16), '0.09999999999999999');
  const rng = lib.createRng(7);
  for (let k = 0; k < 20000; k++) {
    const e = Math.floor(rng() * 9) - 3; // 10^−3 … 10^5
    const x = (rng() < 0.5 ? -1 : 1) * (rng() < 0.5 ? 10 ** (e + 1) * (1 - rng() * 1e-15) : 10 ** (e + rng()));
    for (let d = 1; d <= 17; d++) {
      const p = x.toPrecision(d);
      if (p.includes('e') || Number.isInteger(x)) continue;
      const exp = Number(x.toExponential(d - 1).split('e')[1]);
      if (exp < -3 || exp > 5) continue;
      assert.equal(lib.formatNumber(x, d, { trim: false }), p, `${x} with ${d} digits`);
    }
  }
});

test('a perfect prediction costs exactly 0 in every cross-entropy', () => {
  assert.equal(lib.binaryCrossEntropy(1, 1), 0);
  assert.equal(lib.binaryCrossEntropy(0, 0), 0);
  assert.equal(lib.binaryCrossEntropy([1, 0], [1, 0]), 0);
  assert.equal(lib.crossEntropy([0, 1], 1), 0);
  assert.equal(lib.crossEntropy([0, 1], [0, 1]), 0);
  assert.equal(lib.crossEntropyBatch([[0, 1], [1, 0]], [1, 0]), 0);
  assert.equal(lib.crossEntropyFromLogits([0, -Infinity], 0), 0);
  // a wrong certain prediction is still clipped to −log ε, in both logs of the binary loss
  assert.equal(lib.binaryCrossEntropy(0, 1), -Math.log(lib.CE_EPSILON));
  assert.equal(lib.binaryCrossEntropy(1, 0), -Math.log1p(-(1 - lib.CE_EPSILON)));
});

test('crossEntropyBatch checks every entry of every row as crossEntropy does; sums need not be 1', () => {
  for (const row of [[0.5, 7], [0.5, -3]]) {
    assert.throws(() => lib.crossEntropy(row, 0), RangeError);
    assert.throws(() => lib.crossEntropyBatch([row], [0]), (e: unknown) => e instanceof RangeError && /\[0\]\[1\]/.test((e as Error).message));
  }
  // documented: probabilities are scored as given, not required to sum to 1
  assert.equal(lib.crossEntropy([0.1, 0.1, 0.1], 0), lib.crossEntropyBatch([[0.1, 0.1, 0.1]], [0]));
});

test('errors are TypeError for a wrong type and RangeError for a wrong value, with the same message format', () => {
  assert.throws(() => fail('f', 'a', 'x', 'y'), RangeError);
  assert.throws(() => failType('f', 'a', 'x', 'y'), TypeError);
  const typeErrors: (() => unknown)[] = [
    () => lib.dot('ab' as never, [1]), () => lib.softmax({} as never), () => lib.neuron([1], '1' as never, [1]),
    () => lib.zeros('3' as never), () => lib.formatNumber('1' as never), () => lib.matrix(3 as never),
    () => lib.getActivation(3 as never), () => lib.matVec([[1]], [1], [0] as never), () => lib.initXavier(2, 2, 1 as never),
    () => lib.vector([1, '2'] as never), () => lib.createRng('1' as never),
  ];
  typeErrors.forEach((f, i) => assert.throws(f, TypeError, `case ${i}`));
  const rangeErrors: (() => unknown)[] = [
    () => lib.dot([1], [1, 2]), () => lib.softmax([]), () => lib.neuron([1], NaN, [1]), () => lib.zeros(1.5),
    () => lib.formatNumber(1, 18), () => lib.matrix([[1], [1, 2]]), () => lib.getActivation('nope' as never),
    () => lib.crossEntropy([0.5, 0.5], 2), () => lib.vector([1, Infinity]), () => lib.matVec([[1]], [1], new Float64Array(2)),
  ];
  rangeErrors.forEach((f, i) => assert.throws(f, RangeError, `case ${i}`));
  assert.throws(() => lib.dot([1], [1, 2]), { message: 'dot: b has length 2 (expected length 1, equal to a)' });
});

test('leakyRelu and leakyReluPrime reject a non-finite slope instead of returning NaN', () => {
  for (const slope of [Infinity, -Infinity, NaN]) {
    assert.throws(() => lib.leakyRelu(0, slope), RangeError);
    assert.throws(() => lib.leakyReluPrime(-1, slope), RangeError);
  }
  assert.equal(lib.leakyRelu(-2, 0.1), -0.2);
  assert.ok(Number.isNaN(lib.leakyRelu(NaN)));
});

test('argmax(v) is the first index of the largest entry and rejects empty or NaN input', () => {
  assert.equal(lib.argmax([0.1, 0.7, 0.2]), 1);
  assert.equal(lib.argmax([3, 1, 3]), 0);
  assert.equal(lib.argmax(new Float64Array([-2, -1, -1])), 1);
  assert.throws(() => lib.argmax([]), RangeError);
  assert.throws(() => lib.argmax([NaN, 1]), { name: 'RangeError', message: 'argmax: v has NaN at index 0 (expected finite numbers only)' });
  assert.throws(() => lib.argmax([1, NaN]), RangeError);
  assert.throws(() => lib.argmax('ab' as never), TypeError);
});
