import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ch from '../../../src/chapters/summary.ts';
import { sigmoid } from '../../../src/forward/index.ts';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} ≉ ${b}`);

test('the 2-2-1 forward pass, layer by layer', () => {
  close(ch.trace.z[1][0], 0.2 * 1 + 0.4 * 0.5 + 0.1);
  close(ch.trace.z[1][1], 0.3 * 1 - 0.5 * 0.5 - 0.2);
  assert.equal(ch.trace.a[1][1], 0);
  close(ch.outputZ, 0.7 * 0.5 + 0.6 * 0 + 0.05);
  close(ch.out, sigmoid(ch.outputZ));
  close(ch.loss, -Math.log(ch.out));
  assert.equal(ch.truncated, 0.598);
});

test('swapping the inputs', () => {
  assert.equal(ch.exXText, '[0.5, 1]');
  close(ch.exTrace.z[1][0], 0.2 * 0.5 + 0.4 * 1 + 0.1);
  close(ch.exOut, sigmoid(ch.exZ2));
});
