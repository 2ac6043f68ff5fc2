import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ch from '../../../src/chapters/approximation.ts';
import { forward, maxError } from '../../../src/forward/index.ts';

test('more units fit sin more closely: twice the units, about a quarter of the error', () => {
  assert.equal(ch.nHalf * 2, ch.nBig);
  assert.ok(ch.sinShrink > 3 && ch.sinShrink < 5, `shrink ${ch.sinShrink}`);
  assert.equal(ch.exSin.maxError, maxError(ch.exSin.net, Math.sin, [-3, 3]));
  assert.ok(ch.exSin.meanError < ch.exSin.maxError);
});

test('|x| is exact once a knot lands on 0 (even N), not with odd N', () => {
  assert.equal(ch.absEvenUnits, 2);
  assert.equal(ch.absOddUnits, 3);
  assert.ok(ch.absEven.maxError < 1e-12);
  assert.ok(ch.absOdd.maxError > 0.1);
});

test('the step keeps its largest error while the mean error falls', () => {
  assert.ok(ch.stepBig.maxError > 0.4);
  assert.ok(ch.stepBig.meanError < ch.stepSmall.meanError);
  assert.equal(ch.nStepSmall, 4);
});

test('five points need four units; |x| on [−1, 1] with two units has output weights −1 and 2', () => {
  assert.equal(ch.fiveUnits, 4);
  assert.equal(ch.absN, 2);
  assert.deepEqual(ch.absTwo.knots, [-1, 0, 1]);
  assert.equal(ch.absTwoW2[0], -1);
  assert.equal(ch.absTwoW2[1], 2);
  assert.equal(ch.absRightSlope, 1);
  for (const x of [-1, -0.5, 0, 0.25, 1]) assert.ok(Math.abs(forward(ch.absTwo.net, [x])[0] - Math.abs(x)) < 1e-12);
  assert.equal(ch.domainText, '[-3, 3]');
});

test('the sin exercise asks for a unit count the widget\'s table does not show, so its answer is not printed above it', async () => {
  const { TABLE_UNITS } = await import('../../../components/approximation-widget/model.ts');
  assert.ok(!(TABLE_UNITS as readonly number[]).includes(ch.exN), `exN = ${ch.exN}`);
});
