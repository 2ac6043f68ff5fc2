import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildNetwork, networkSizes, forward, forwardTrace } from '../../../src/forward/network.ts';
import { forwardBatch, compileNetwork } from '../../../src/forward/fast/compile.ts';
import type { NetworkSpec } from '../../../src/forward/network.ts';
import { activationNames } from '../../../src/forward/activations.ts';
import type { ActivationName } from '../../../src/forward/activations.ts';
import { example221Network } from '../../../src/chapters/examples.ts';
import { createRng } from '../../../src/forward/random.ts';
import { assertAllClose, assertThrowsWith } from './close.ts';

const netArb = fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 5 }),
  act: fc.constantFrom(...activationNames),
  init: fc.constantFrom('small' as const, 'xavier' as const, 'he' as const),
  seed: fc.integer({ min: 0, max: 1e6 }),
});
function inputs(n: number, count: number, seed: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => Array.from({ length: n }, () => 4 * rng() - 2));
}

test('buildNetwork(sizes, activations, options) makes JSON-serialisable layers of the right shapes', () => {
  const net = buildNetwork([3, 4, 2], ['relu', 'sigmoid'], { init: 'he', seed: 7 });
  assert.deepEqual(networkSizes(net), [3, 4, 2]);
  assert.deepEqual(JSON.parse(JSON.stringify(net)), net);
  assert.deepEqual(net.layers.map((l) => l.activation), ['relu', 'sigmoid']);
  assert.deepEqual(net.layers[0].b, [0, 0, 0, 0]);
  assert.deepEqual(buildNetwork([3, 4, 2], 'tanh', { init: 'he', seed: 7 }).layers[0].W, net.layers[0].W);
  assert.deepEqual(buildNetwork([2, 2], 'relu', { init: 'zeros' }).layers[0].W, [[0, 0], [0, 0]]);
});

test('buildNetwork with the same seed gives the same weights, a different seed different ones', () => {
  const a = buildNetwork([4, 3, 2], 'relu', { init: 'xavier', seed: 1 });
  assert.deepEqual(buildNetwork([4, 3, 2], 'relu', { init: 'xavier', seed: 1 }), a);
  assert.notDeepEqual(buildNetwork([4, 3, 2], 'relu', { init: 'xavier', seed: 2 }), a);
});

test('an all-zero network gives every hidden neuron the same output (the initialisation pitfall)', () => {
  const net = buildNetwork([3, 4, 1], ['sigmoid', 'sigmoid'], { init: 'zeros' });
  const { a } = forwardTrace(net, [0.3, -1, 2]);
  assert.ok(a[1].every((v) => v === a[1][0]));
});

test('forwardTrace(net, x) returns a[0] = x, empty z[0], and ends in forward(net, x)', () => {
  const net = buildNetwork([3, 5, 2], ['tanh', 'sigmoid'], { seed: 3 });
  const x = [0.1, -0.2, 0.3];
  const t = forwardTrace(net, x);
  assert.equal(t.z.length, 3);
  assert.equal(t.z[0].length, 0);
  assert.deepEqual(Array.from(t.a[0]), x);
  assert.deepEqual(Array.from(t.a[2]), Array.from(forward(net, x)));
});

test('forwardBatch(net, X) equals forward(net, x) for every row (property)', () => {
  fc.assert(fc.property(netArb, ({ sizes, act, init, seed }) => {
    const net = buildNetwork(sizes, act, { init, seed });
    const X = inputs(sizes[0], 1 + (seed % 9), seed);
    const Y = forwardBatch(net, X);
    X.forEach((x, i) => assertAllClose(Y.row(i), forward(net, x), 1e-12, `row ${i}`));
  }), { numRuns: 60 });
});

test('compiled forward (unrolled and generic) equals forward (property)', () => {
  fc.assert(fc.property(netArb, ({ sizes, act, init, seed }) => {
    const net = buildNetwork(sizes, act, { init, seed });
    const fast = compileNetwork(net);
    const generic = compileNetwork(net, { unroll: false });
    for (const x of inputs(sizes[0], 3, seed + 1)) {
      const ref = forward(net, x);
      assertAllClose(fast.forward(x), ref, 1e-12, 'unrolled');
      assertAllClose(generic.forward(x), ref, 1e-12, 'generic');
    }
  }), { numRuns: 60 });
});

test('compiled forward on a big network (not unrolled) equals forward', () => {
  const net = buildNetwork([40, 30, 10], ['gelu', 'identity'], { init: 'he', seed: 5 });
  const c = compileNetwork(net);
  const x = inputs(40, 1, 9)[0];
  assertAllClose(c.forward(x), forward(net, x), 1e-12);
  assertAllClose(c.forwardBatch([x, x]).row(1), forward(net, x), 1e-12);
});

test('compiled forward returns the same buffer on every call (no allocation) or writes into out', () => {
  const c = compileNetwork(example221Network());
  const y1 = c.forward([1, 0.5]);
  const y2 = c.forward([0, 0]);
  assert.equal(y1, y2);
  const g = compileNetwork(example221Network(), { unroll: false });
  assert.equal(g.forward([1, 0.5]), g.forward([0, 0]));
  const out = new Float64Array(1);
  assert.equal(c.forward([1, 0.5], out), out);
  assert.equal(g.forward([1, 0.5], out), out);
  assert.deepEqual(c.sizes, [2, 2, 1]);
});

test('compiled forward is a snapshot: later edits to the spec need a new compileNetwork', () => {
  const net = example221Network();
  const c = compileNetwork(net);
  const before = c.forward([1, 0.5])[0];
  net.layers[1].b[0] = 10;
  assert.equal(c.forward([1, 0.5])[0], before);
  assert.notEqual(forward(net, [1, 0.5])[0], before);
});

test('network functions reject bad networks and inputs naming function, argument, expected and received', () => {
  const net = example221Network();
  assertThrowsWith(() => forward(net, [1, 2, 3]), 'forward:', 'x has length 3', 'expected length 2');
  assertThrowsWith(() => forward(net, [1, NaN]), 'forward:', 'x', 'NaN', 'index 1');
  assertThrowsWith(() => forward(net, []), 'forward:', 'x', 'empty');
  const bad: NetworkSpec = { layers: [net.layers[0], { W: [[1, 2, 3]], b: [0], activation: 'relu' }] };
  assertThrowsWith(() => forward(bad, [1, 2]), 'forward:', 'net.layers[1].W has 3 columns', 'layer 0 has 2 outputs');
  const badAct = { layers: [{ W: [[1]], b: [0], activation: 'softmax' as ActivationName }] };
  assertThrowsWith(() => forwardTrace(badAct, [1]), 'forwardTrace:', 'net.layers[0].activation', 'one of identity', '"softmax"');
  assertThrowsWith(() => compileNetwork({ layers: [{ W: [[1, 2]], b: [0, 0], activation: 'relu' }] }), 'compileNetwork:', 'b has length 2', '1 rows');
  assertThrowsWith(() => compileNetwork(net).forward([1]), 'forward: x has length 1 (expected length 2)');
  assertThrowsWith(() => compileNetwork(net).forward([1, Infinity]), 'forward: x has Infinity at index 1');
  assertThrowsWith(() => compileNetwork(net, { unroll: false }).forward([1, NaN]), 'forward: x has NaN at index 1');
  assertThrowsWith(() => forwardBatch(net, [[1, 2, 3]]), 'forwardBatch:', 'X has 3 columns', 'takes 2 inputs');
  assertThrowsWith(() => buildNetwork([2], 'relu'), 'buildNetwork:', 'sizes', 'at least 2');
  assertThrowsWith(() => buildNetwork([2, 2, 1], ['relu'], {}), 'buildNetwork:', 'activations', '2 names', 'length 1');
  assertThrowsWith(() => buildNetwork([2, 1], 'relu', { init: 'ones' as never }), 'buildNetwork:', 'options.init', '"ones"');
  assertThrowsWith(() => forward({ layers: [] }, [1]), 'forward:', 'net.layers', 'at least one layer', 'empty');
});
