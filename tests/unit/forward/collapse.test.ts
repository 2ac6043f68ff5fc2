import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collapseLinear } from '../../../src/forward/collapse.ts';
import { buildNetwork, forward } from '../../../src/forward/network.ts';
import { createRng } from '../../../src/forward/random.ts';
import { assertAllClose, assertThrowsWith } from './close.ts';

test('collapseLinear([l1, l2]) is W = W2·W1, b = W2·b1 + b2', () => {
  const l1 = { W: [[1, 2]], b: [1], activation: 'identity' as const };
  const l2 = { W: [[3], [4]], b: [0, 1], activation: 'identity' as const };
  assert.deepEqual(collapseLinear([l1, l2]), { W: [[3 * 1, 3 * 2], [4 * 1, 4 * 2]], b: [3 * 1 + 0, 4 * 1 + 1], activation: 'identity' });
});

test('a collapsed linear stack computes the same as the stack (property)', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 }), fc.integer({ min: 0, max: 1e6 }), (sizes, seed) => {
    const net = buildNetwork(sizes, 'identity', { init: 'xavier', seed });
    const rng = createRng(seed);
    net.layers.forEach((l) => l.b.forEach((_, i) => (l.b[i] = rng() - 0.5)));
    const one = { layers: [collapseLinear(net.layers)] };
    const x = Array.from({ length: sizes[0] }, () => 2 * rng() - 1);
    assertAllClose(forward(one, x), forward(net, x), 1e-12);
  }));
});

test('collapseLinear refuses layers with an activation', () => {
  assertThrowsWith(() => collapseLinear([{ W: [[1]], b: [0], activation: 'relu' }]), 'collapseLinear:', 'layers[0].activation', "'identity'", '"relu"');
  assertThrowsWith(() => collapseLinear([]), 'collapseLinear:', 'net.layers', 'empty');
});
