import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  sigmoid, tanh, relu, leakyRelu, gelu, geluTanh,
  sigmoidPrime, tanhPrime, reluPrime, leakyReluPrime, geluPrime, geluTanhPrime,
  activationNames, getActivation, applyActivation, isActivationName,
} from '../../../src/forward/activations.ts';
import { assertClose, assertThrowsWith } from './close.ts';

// [x, f(x), f'(x)] computed independently with 40-digit arithmetic (mpmath).
const ref: Record<string, [number, number, number][]> = {
  sigmoid: [[-3, 0.04742587317756678, 0.04517665973091213], [-1, 0.2689414213699951, 0.19661193324148185], [0.5, 0.6224593312018546, 0.2350037122015945], [2, 0.8807970779778824, 0.10499358540350652]],
  tanh: [[-3, -0.9950547536867305, 0.00986603716544019], [-0.5, -0.46211715726000974, 0.7864477329659274], [1, 0.7615941559557649, 0.4199743416140261], [2, 0.9640275800758169, 0.07065082485316447]],
  gelu: [[-3, -0.0040496940948902835, -0.011945647204183927], [-1, -0.15865525393145705, -0.0833154705876863], [0.5, 0.34573123063700656, 0.8674951246561629], [1, 0.8413447460685429, 1.0833154705876864], [2, 1.9544997361036416, 1.085231801078197]],
  geluTanh: [[-3, -0.003637392081773019, -0.011584166630969726], [-1, -0.1588080093917233, -0.08296408384578255], [0.5, 0.34571400982514394, 0.8673699035346423], [1, 0.8411919906082767, 1.0829640838457826], [2, 1.954597694087775, 1.0860992566236183]],
};
const fns: Record<string, [(x: number) => number, (x: number) => number]> = {
  sigmoid: [sigmoid, sigmoidPrime], tanh: [tanh, tanhPrime], gelu: [gelu, geluPrime], geluTanh: [geluTanh, geluTanhPrime],
};

for (const name of Object.keys(ref)) {
  test(`${name}(x) and its derivative match 40-digit reference values to 1e-15`, () => {
    const [f, df] = fns[name];
    for (const [x, fx, dfx] of ref[name]) {
      assertClose(f(x), fx, 1e-15, `${name}(${x})`);
      assertClose(df(x), dfx, 1e-15, `${name}'(${x})`);
    }
  });
}

test('gelu(1) = 0.8413447460685429 (= Φ(1))', () => {
  assertClose(gelu(1), 0.8413447460685429, 2e-16);
});

test('relu and leakyRelu and their derivatives at chosen points', () => {
  assert.deepEqual([-2, -0.15, 0, 0.5].map(relu), [0, 0, 0, 0.5]);
  assert.deepEqual([-2, 0, 3].map((x) => leakyRelu(x)), [-0.02, 0, 3]);
  assert.equal(leakyRelu(-2, 0.2), -0.4);
  assert.deepEqual([-1, 0, 1].map(reluPrime), [0, 0, 1]);
  assert.deepEqual([-1, 0, 1].map((x) => leakyReluPrime(x)), [0.01, 0.01, 1]);
  assert.equal(leakyReluPrime(-1, 0.3), 0.3);
});

test('sigmoid(x) does not overflow for x = ±800', () => {
  assert.equal(sigmoid(800), 1);
  assert.equal(sigmoid(-800), 0);
  assert.ok(sigmoid(-700) > 0 && Math.abs(sigmoid(-700) / Math.exp(-700) - 1) < 1e-14);
  assert.equal(sigmoidPrime(800), 0);
  assert.equal(sigmoidPrime(-800), 0);
  assert.equal(sigmoid(Infinity), 1);
  assert.equal(sigmoid(-Infinity), 0);
});

test('activations return NaN for NaN and stay finite for huge inputs', () => {
  for (const name of activationNames) {
    const { f, df } = getActivation(name);
    assert.ok(Number.isNaN(f(NaN)), `${name}(NaN)`);
    for (const x of [-1e6, -800, 800, 1e6]) {
      assert.ok(Number.isFinite(f(x)), `${name}(${x}) = ${f(x)}`);
      assert.ok(Number.isFinite(df(x)), `${name}'(${x}) = ${df(x)}`);
    }
  }
  assert.equal(gelu(-40), -0); // underflows cleanly
});

test('sigmoid(−x) = 1 − sigmoid(x) for all x (property)', () => {
  fc.assert(fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (x) => Math.abs(sigmoid(-x) - (1 - sigmoid(x))) <= 1e-15));
});

test('every derivative matches a central difference (property)', () => {
  for (const name of activationNames) {
    const { f, df } = getActivation(name);
    fc.assert(fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
      if (Math.abs(x) < 1e-3 && (name === 'relu' || name === 'leakyRelu')) return true; // kink at 0
      const h = 1e-5;
      const num = (f(x + h) - f(x - h)) / (2 * h);
      return Math.abs(num - df(x)) < 1e-6;
    }), { numRuns: 200 });
  }
});

test('getActivation(name) throws for an unknown name and lists the known ones', () => {
  assertThrowsWith(() => getActivation('softplus' as never), 'getActivation', 'name', '"softplus"', 'identity, sigmoid, tanh, relu, leakyRelu, gelu, geluTanh');
  assert.equal(isActivationName('relu'), true);
  assert.equal(isActivationName('toString'), false);
});

test('applyActivation(name, z) maps every entry and can write into out', () => {
  assert.deepEqual(Array.from(applyActivation('relu', [0.5, -0.15])), [0.5, 0]);
  const out = new Float64Array(2);
  assert.equal(applyActivation('identity', [1, 2], out), out);
  assert.deepEqual(Array.from(out), [1, 2]);
  assertThrowsWith(() => applyActivation('relu', [1, NaN]), 'applyActivation', 'z', 'NaN', 'finite');
  assertThrowsWith(() => applyActivation('relu', []), 'applyActivation', 'z', 'empty');
  assertThrowsWith(() => applyActivation('relu', [1, 2], new Float64Array(3)), 'applyActivation', 'out', 'length 2');
});
