import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardTrace, matVec } from '../../../../src/forward/index.ts';
import { example221, example221Network } from '../../../../src/chapters/examples.ts';
import { LAST_STEP, clampStep, graphNodes, isComputed, nodeText, opSymbol } from '../../../../components/computation-graph/model.ts';
import { VIEW_H, chainEdge, nodeBox, paramBox, paramEdge } from '../../../../components/computation-graph/draw.ts';

test('each step\'s value is forwardTrace\'s z or a (or the matVec product), in computing order', () => {
  const t = forwardTrace(example221Network(), example221.X);
  const expected = [t.a[0], matVec(example221.W1, t.a[0]), t.z[1], t.a[1], matVec(example221.W2, t.a[1]), t.z[2], t.a[2]];
  assert.equal(graphNodes.length, expected.length);
  graphNodes.forEach((n, i) => assert.deepEqual(Array.from(n.value), Array.from(expected[i]), `node ${i}`));
  assert.deepEqual(graphNodes.map((n) => n.kept), [true, false, true, true, false, true, true]);
  assert.deepEqual(Array.from(graphNodes[2].value), [0.5, -0.15000000000000002].map((v, i) => t.z[1][i]));
});

test('steps clamp and reveal values in order', () => {
  assert.equal(LAST_STEP, 6);
  assert.equal(clampStep(9), 6);
  assert.equal(clampStep(-1), 0);
  assert.equal(isComputed(3, 2), false);
  assert.equal(isComputed(2, 2), true);
  assert.equal(nodeText(2), 'z[1] = W[1]·a[0] + b[1]');
  assert.equal(nodeText(6), 'a[2] = σ(z[2])');
  assert.equal(nodeText(3), 'a[1] = ReLU(z[1])');
  assert.equal(opSymbol(1), '×');
});

test('the drawing: nodes stacked inside the view, parameters to the left of the nodes they feed', () => {
  for (let i = 0; i < graphNodes.length; i++) {
    const b = nodeBox(i);
    assert.ok(b.y + b.h <= VIEW_H);
    const p = paramBox(i);
    assert.equal(p === null, graphNodes[i].param === null);
    if (p) { assert.ok(p.x + p.w < b.x); assert.match(paramEdge(i)!, /^M[\d.]+ [\d.]+ H[\d.]+$/); }
    if (i > 0) assert.match(chainEdge(i), /^M[\d.]+ [\d.]+ V[\d.]+$/);
  }
});
