import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ch from '../../../src/chapters/learning.ts';
import { example221, example221Network } from '../../../src/chapters/examples.ts';
import { formatNumber, forward } from '../../../src/forward/index.ts';

const close = (a: number, b: number, tol = 1e-12) => assert.ok(Math.abs(a - b) <= tol, `${a} ≉ ${b}`);

test('withOutputWeight reproduces its doc example and scores −log p', () => {
  close(ch.withOutputWeight(0.7).p, 0.598687660112452);
  close(ch.start.p, forward(example221Network(), example221.X)[0]);
  close(ch.start.loss, -Math.log(ch.start.p), 1e-12);
  close(ch.otherUp.loss, ch.start.loss); // the second hidden unit is off: its weight does not matter
  assert.equal(ch.hidden[1], 0);
});

test('hillClimb reproduces its doc example, and stays put at a minimum', () => {
  const trial = (w: number) => ({ w, p: 0, loss: (w - 1) ** 2 });
  assert.deepEqual(ch.hillClimb(trial, 0, 0.5, 3).map((r) => r.w), [0, 0.5, 1, 1]);
  assert.deepEqual(ch.hillClimb(trial, 0, 0.5, 3).map((r) => r.round), [0, 1, 2, 3]);
  assert.throws(() => ch.hillClimb(trial, 0, 0, 3), /step must be positive/);
  assert.throws(() => ch.hillClimb(trial, 0, 0.5, 1.5), /rounds/);
});

test('on the 2-2-1 example each round raises the weight by one step and lowers the loss', () => {
  assert.equal(ch.climb.length, ch.rounds + 1); // the page's table writes out six rows
  assert.equal(ch.climb.length, 6);
  for (let r = 1; r < ch.climb.length; r++) {
    close(ch.climb[r].w, ch.startW + r * ch.step);
    assert.ok(ch.climb[r].loss < ch.climb[r - 1].loss);
  }
});

test('the scan table: six weights, the start third, larger weights lower the loss', () => {
  assert.equal(ch.scan.length, 6); // the page's table writes out six rows
  assert.equal(ch.scanStart, 2); // the page marks the third row as the start
  for (let i = 1; i < ch.scan.length; i++) assert.ok(ch.scan[i].loss < ch.scan[i - 1].loss);
  assert.equal(ch.parameters, 9);
  assert.ok(ch.ex.loss < ch.start.loss);
});

test('the scan table prints each trial\'s weight, output and loss, and marks only the starting weight', async () => {
  const { scan, scanRows, scanStart, startW } = await import('../../../src/chapters/learning.ts');
  const { formatNumber } = await import('../../../src/forward/index.ts');
  assert.equal(scanRows.length, scan.length);
  assert.deepEqual(scanRows.map((r) => r.start), scan.map((row) => row.w === startW));
  assert.equal(scanRows.filter((r) => r.start).length, 1);
  assert.ok(scanRows[scanStart].start);
  scan.forEach((row, i) => {
    assert.deepEqual(scanRows[i], { w: formatNumber(row.w), p: formatNumber(row.p, 4), loss: formatNumber(row.loss, 4), start: i === scanStart });
  });
});

test('the exercise\'s weight is not one the scan table or the hill climb prints, so its loss is not shown above it', () => {
  const rows = [...ch.scan, ...ch.climb];
  assert.ok(!rows.map((r) => formatNumber(r.w)).includes(formatNumber(ch.exW)), `exW = ${ch.exW}`);
  assert.ok(!rows.map((r) => formatNumber(r.loss, 4)).includes(formatNumber(ch.ex.loss, 4)), `loss ${ch.ex.loss}`);
});
