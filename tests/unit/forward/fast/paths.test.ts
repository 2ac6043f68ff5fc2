// One behaviour on every forward path: forward() (the reference), compileNetwork(net).forward
// (straight-line and generic loop), forwardBatch on the typed-array kernel and on WebAssembly SIMD
// return the same bits for the same input, and the same error text for the same bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { activationNames } from '../../../../src/forward/activations.ts';
import type { ActivationName } from '../../../../src/forward/activations.ts';
import { compileNetwork, forwardBatch, SIMD_MIN_WORK } from '../../../../src/forward/fast/compile.ts';
import { Matrix } from '../../../../src/forward/matrix.ts';
import { forward, forwardTrace } from '../../../../src/forward/network.ts';
import type { NetworkSpec } from '../../../../src/forward/network.ts';

const weight = fc.double({ min: -2, max: 2, noNaN: true });
const bias = fc.double({ min: -1, max: 1, noNaN: true }).filter((b) => b !== 0);

/** A random network: 1–4 layers of width 1–9, any activation per layer, non-zero biases. */
const networks = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 5 }).chain((sizes) =>
  fc.tuple(
    ...sizes.slice(1).map((out, l) => fc.record({
      W: fc.array(fc.array(weight, { minLength: sizes[l], maxLength: sizes[l] }), { minLength: out, maxLength: out }),
      b: fc.array(bias, { minLength: out, maxLength: out }),
      activation: fc.constantFrom<ActivationName>(...activationNames),
    })),
  ).map((layers) => ({ layers }) as NetworkSpec));

function weightsPerSample(net: NetworkSpec): number {
  return net.layers.reduce((s, layer) => s + layer.W.length * layer.W[0].length, 0);
}

// Inputs spread over [−4, 4], one sample per row: enough rows that forwardBatch takes the SIMD kernel.
function batchFor(net: NetworkSpec, seed: number): Matrix {
  const nIn = net.layers[0].W[0].length;
  const rows = Math.max(6, Math.ceil(SIMD_MIN_WORK / weightsPerSample(net)) + 5);
  const X = new Matrix(rows, nIn);
  for (let i = 0; i < X.data.length; i++) X.data[i] = 4 * Math.sin(seed + 1.7 * i);
  return X;
}

function sameBits(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  assert.equal(a.length, b.length, `${what}: length`);
  for (let i = 0; i < a.length; i++) assert.ok(Object.is(a[i], b[i]), `${what}[${i}]: ${a[i]} vs ${b[i]}`);
}

test('every forward path gives the same bits on random networks with biases and every activation (property)', () => {
  fc.assert(fc.property(networks, fc.integer(), (net, seed) => {
    const X = batchFor(net, seed);
    const nIn = X.cols;
    const simd = forwardBatch(net, X); // over SIMD_MIN_WORK: the WebAssembly kernel
    const plain = compileNetwork(net, { simd: false }).forwardBatch(X);
    sameBits(simd.data, plain.data, 'SIMD vs typed-array kernel');
    const unrolled = compileNetwork(net);
    const generic = compileNetwork(net, { unroll: false });
    for (const r of [0, 1, X.rows - 1]) {
      const x = X.data.subarray(r * nIn, (r + 1) * nIn);
      const ref = forward(net, x);
      sameBits(unrolled.forward(x), ref, `row ${r} unrolled`);
      sameBits(generic.forward(x), ref, `row ${r} generic`);
      sameBits(simd.data.subarray(r * ref.length, (r + 1) * ref.length), ref, `row ${r} batch`);
      sameBits(forwardTrace(net, x).a[net.layers.length], ref, `row ${r} trace`);
      sameBits(compileNetwork(net).forwardBatch([Array.from(x)]).data, ref, `row ${r} batch of one`);
    }
  }), { numRuns: 40 });
});

// A network whose layer `bad` (0-based) overflows for inputs of 1e10 but not for inputs of 1e-3:
// identity layers with weights ≥ 1 before it, weights 1e300 and tanh in it (so later layers stay finite).
function overflowing(net: NetworkSpec, bad: number): NetworkSpec {
  const layers = net.layers.map((layer, l) => ({
    ...layer,
    activation: l < bad ? 'identity' as const : l === bad ? 'tanh' as const : layer.activation,
    W: layer.W.map((row) => row.map((w) => (l === bad ? 1e300 : l < bad ? 1 + Math.abs(w) : w))),
  }));
  return { layers };
}

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

test('an overflowing pre-activation gives the same error on every path, naming the function, layer and index (property)', () => {
  fc.assert(fc.property(networks, fc.nat(), (base, pick) => {
    const bad = pick % base.layers.length;
    const net = overflowing(base, bad);
    const nIn = net.layers[0].W[0].length;
    const x = new Array<number>(nIn).fill(1e10);
    const expected = message(() => forward(net, x));
    assert.equal(expected, `forward: layer ${bad + 1}, z[0] is Infinity (expected a finite pre-activation; W·a + b overflowed)`);
    assert.equal(message(() => compileNetwork(net).forward(x)), expected);
    assert.equal(message(() => compileNetwork(net, { unroll: false }).forward(x)), expected);
    assert.equal(message(() => forwardTrace(net, x)), expected.replace('forward:', 'forwardTrace:'));
    // in a batch the row is named too; the SIMD and typed-array kernels agree
    const rows = Math.ceil(SIMD_MIN_WORK / weightsPerSample(net)) + 3;
    const X = new Matrix(rows, nIn);
    X.data.fill(1e-3);
    X.data.fill(1e10, (rows - 1) * nIn);
    const inBatch = expected.replace('forward:', 'forwardBatch:').replace(`layer ${bad + 1}, `, `layer ${bad + 1}, row ${rows - 1}, `);
    assert.equal(message(() => forwardBatch(net, X)), inBatch);
    assert.equal(message(() => compileNetwork(net, { simd: false }).forwardBatch(X)), inBatch);
  }), { numRuns: 40 });
});

test('a bad input gives forward()\'s error on every single-sample path', () => {
  const net: NetworkSpec = { layers: [{ W: [[0.2, 0.4], [0.3, -0.5]], b: [0.1, -0.2], activation: 'relu' }, { W: [[0.7, 0.6]], b: [0.05], activation: 'sigmoid' }] };
  const bad: unknown[] = [[NaN, 1], [1, Infinity], [-Infinity, 0], [1], [1, 2, 3], [], null, undefined, 3, '12', [1, '2'], [1, null], { length: 2, 0: 1, 1: NaN }];
  for (const x of bad) {
    const expected = message(() => forward(net, x as number[]));
    assert.match(expected, /^forward: x /, `${String(x)}`);
    assert.equal(message(() => compileNetwork(net).forward(x as number[])), expected, `unrolled, ${JSON.stringify(x)}`);
    assert.equal(message(() => compileNetwork(net, { unroll: false }).forward(x as number[])), expected, `generic, ${JSON.stringify(x)}`);
  }
  assert.equal(message(() => forward(net, [NaN, 1])), 'forward: x has NaN at index 0 (expected finite numbers only)');
  assert.equal(message(() => compileNetwork(net).forward([1, 0.5], new Float64Array(2))), 'forward: out is a Float64Array of length 2 (expected a Float64Array of length 1)');
  assert.equal(message(() => compileNetwork(net, { unroll: false }).forward([1, 0.5], new Float64Array(2))), 'forward: out is a Float64Array of length 2 (expected a Float64Array of length 1)');
});
