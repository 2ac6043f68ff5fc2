import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PICTURE_BOX, dotAt, edgeSign, edgeWidth } from '../../../../components/network-221/draw.ts';

test('edgeSign(w) tells positive, negative and zero weights apart, e.g. edgeSign(-0.5) → "neg"', () => {
  assert.equal(edgeSign(-0.5), 'neg');
  assert.equal(edgeSign(0.7), 'pos');
  assert.equal(edgeSign(0), 'zero');
  assert.equal(edgeSign(Number.NaN), 'zero');
});

test('edgeWidth(w) grows with |w| from 1.5 and stops at 7.5, e.g. edgeWidth(0.75) → 4.5, edgeWidth(-3) → 7.5', () => {
  assert.equal(edgeWidth(0.75), 4.5);
  assert.equal(edgeWidth(-3), 7.5);
  assert.equal(edgeWidth(0), 1.5);
  assert.equal(edgeWidth(-0.5), edgeWidth(0.5));
  assert.ok(edgeWidth(0.6) > edgeWidth(0.4));
  assert.equal(edgeWidth(Number.POSITIVE_INFINITY), 1.5);
});

test('dotAt(x, plane) puts X on the picture with x₂ growing upwards, e.g. dotAt([1, 0.5], -2…2) → (75, 37.5)', () => {
  assert.deepEqual(dotAt([1, 0.5], { lo: -2, hi: 2 }), { cx: 75, cy: 37.5, inside: true });
  assert.deepEqual(dotAt([-2, -2], { lo: -2, hi: 2 }), { cx: 0, cy: PICTURE_BOX, inside: true });
  assert.deepEqual(dotAt([5, 0], { lo: -2, hi: 2 }), { cx: PICTURE_BOX, cy: 50, inside: false });
});
