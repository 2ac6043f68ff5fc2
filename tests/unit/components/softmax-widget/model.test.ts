import assert from 'node:assert/strict';
import { test } from 'node:test';
import { softmaxStart, softmaxView } from '../../../../components/softmax-widget/model.ts';
import { formatNumber } from '../../../../src/forward/index.ts';

test('softmaxView(z) formats the stable softmax steps and its bars sum to 1', () => {
  const v = softmaxView(softmaxStart);
  const exps = softmaxStart.map((z) => Math.exp(z - Math.max(...softmaxStart))); // independent check
  const total = exps.reduce((a, b) => a + b, 0);
  assert.deepEqual(v.exps, exps.map((e) => formatNumber(e, 3)));
  assert.equal(v.sum, formatNumber(total, 3));
  v.widths.forEach((w, i) => assert.ok(Math.abs(w - exps[i] / total) < 1e-12));
  assert.ok(Math.abs(v.widths.reduce((a, b) => a + b, 0) - 1) < 1e-12);
});

test('softmaxView(z) is unchanged when every logit moves by the same amount', () => {
  const shifted = softmaxStart.map((z) => z + 40);
  assert.deepEqual(softmaxView(shifted).probs, softmaxView(softmaxStart).probs);
});
