import { test } from 'node:test';
import assert from 'node:assert/strict';
import { softmax } from '../../../../src/forward/index.ts';
import { softmaxDemo } from '../../../../components/naive-softmax/model.ts';

test('the softmax demo flags the naive overflow and keeps the stable result', () => {
  const demo = softmaxDemo(1002);
  assert.equal(demo.naiveFinite, false);
  assert.deepEqual(demo.stable, Array.from(softmax(demo.logits)));
  assert.equal(softmaxDemo(10).naiveFinite, true);
});
