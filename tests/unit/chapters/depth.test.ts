import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_ACTIVATION, DEFAULT_INIT, DEPTH, activations, depthCell, depthSpreads, depthTable, fanInGain, gains, inits, inputStd, spread, depthInputs } from '../../../src/chapters/depth.ts';
import * as ch from '../../../src/chapters/depth.ts';
import { formatNumber } from '../../../src/forward/index.ts';
import { assertClose } from '../forward/close.ts';

test('the chapter table is the experiment\'s std after layers 1 and 10 for every combination', () => {
  assert.deepEqual(depthTable.map((r) => r.init), [...inits]);
  for (const init of inits) for (const act of activations) {
    const s = depthSpreads(init, act);
    assert.equal(depthCell(init, act).first, s[1].std);
    assert.equal(depthCell(init, act).last, s[DEPTH].std);
  }
  assert.equal(inputStd, spread(depthInputs().data).std);
});

test('fan-in gains: 0 for zeros, about 1 for Xavier and 2 for He on square layers', () => {
  assert.equal(gains.zeros, 0);
  assertClose(gains.xavier, 1, 0.05);
  assertClose(gains.he, 2, 0.1);
  assertClose(gains.small, 64 * 1e-4, 0.001);
  assert.equal(fanInGain('he'), gains.he);
});

test('He keeps ReLU steady while small weights let it vanish', () => {
  assert.ok(depthCell('he', 'relu').last > 0.3);
  assert.ok(depthCell('small', 'relu').last < 1e-9);
  assert.ok(depthCell('large', 'relu').last > 1e5);
});

test('the printed table and prose are the experiment\'s numbers to two decimals', async () => {
  const { depthRows, depthText } = await import('../../../src/chapters/depth.ts');
  const { formatNumber } = await import('../../../src/forward/index.ts');
  assert.deepEqual(depthRows.map((r) => r.init), [...inits]);
  const he = depthRows.find((r) => r.init === 'he')!.cells.find((c) => c.activation === 'relu')!;
  assert.equal(he.text, `${formatNumber(depthCell('he', 'relu').first, 2)} → ${formatNumber(depthCell('he', 'relu').last, 2)}`);
  assert.equal(depthText.heReluLast, formatNumber(depthSpreads('he', 'relu')[DEPTH].std, 2));
  assert.equal(depthText.smallTanhFirst, formatNumber(depthSpreads('small', 'tanh')[1].std, 2));
  assert.equal(depthText.gainXavier, formatNumber(fanInGain('xavier'), 3));
  assert.equal(depthText.gainZeros, '0');
  for (const v of Object.values(depthText)) assert.match(v, /^-?\d+(\.\d+)?(e[-+]?\d+)?$/);
});

/** Every number written in a text, e.g. numbersIn("0.81 → 0.62") → [0.81, 0.62]. */
const numbersIn = (text: string): number[] => [...text.replace(/\u2212/g, '-').matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((m) => Number(m[0]));

/** The numbers the page prints above its exercises: the table, the prose and the depth lab in its default state. */
function printedAbove(): number[] {
  const { depthRows, depthText } = ch;
  const prose = Object.entries(depthText).filter(([k]) => !['heReluMid', 'xavierExGain', 'xavierExGainMeasured'].includes(k)).map(([, v]) => v);
  const table = depthRows.flatMap((r) => r.cells.map((c) => c.text));
  const lab = depthSpreads(DEFAULT_INIT, DEFAULT_ACTIVATION).flatMap((s) => [s.p5, s.p50, s.p95, s.std].map((v) => formatNumber(v, 2)));
  return [...prose, ...table, ...lab].flatMap(numbersIn);
}

test('the He/ReLU exercise asks for a middle layer the table does not show, so its answer is not printed above it', () => {
  const tolerance = 0.005; // the exercise's tolerance prop
  assert.ok(ch.exLayer > 1 && ch.exLayer < DEPTH, `exLayer = ${ch.exLayer}`);
  assert.equal(ch.heReluMid, depthSpreads('he', 'relu')[ch.exLayer].std);
  assert.equal(ch.depthText.heReluMid, formatNumber(ch.heReluMid, 2));
  // The lab, set to He and ReLU, shows the answer to two digits: a reader typing it is marked right.
  assertClose(Number(ch.depthText.heReluMid), ch.heReluMid, tolerance);
  // It is no number of the table, the prose or the default lab (e.g. not the 0.81 and 0.62 of layers 1 and 10).
  for (const v of printedAbove()) assert.ok(Math.abs(v - ch.heReluMid) > tolerance, `${v} is within ${tolerance} of ${ch.heReluMid}`);
});

test('the Xavier exercise takes a layer that is not square, so its factor is not the measured square-layer gain', () => {
  const tolerance = 0.05; // the exercise's tolerance prop
  assert.notEqual(ch.exFanIn, ch.exFanOut);
  assertClose(ch.xavierExGain, (ch.exFanIn * 2) / (ch.exFanIn + ch.exFanOut));
  assert.equal(ch.depthText.xavierExGain, formatNumber(ch.xavierExGain, 3));
  // Seeded weights of that shape agree with the formula within the tolerance, as the solution says.
  assertClose(ch.xavierExGainMeasured, ch.xavierExGain, tolerance);
  // Not the 1.01 measured on the square layers, nor any other number printed above.
  for (const v of printedAbove()) assert.ok(Math.abs(v - ch.xavierExGain) > tolerance, `${v} is within ${tolerance} of ${ch.xavierExGain}`);
  assert.ok(Math.abs(gains.xavier - ch.xavierExGain) > tolerance);
});
