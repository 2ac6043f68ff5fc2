import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logitGradients } from '../../../../src/forward/index.ts';
import { gradientProbe } from '../../../../components/pitfall-loss/model.ts';

test('the gradient probe is logitGradients with label 1', () => {
  assert.deepEqual(gradientProbe(-10), logitGradients(-10, 1));
});
