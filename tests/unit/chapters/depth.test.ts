import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEPTH, activations, depthCell, depthSpreads, depthTable, fanInGain, gains, inits, inputStd, spread, depthInputs } from '../../../src/chapters/depth.ts';
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
  const { depthRows, depthText, heReluLast } = await import('../../../src/chapters/depth.ts');
  const { formatNumber } = await import('../../../src/forward/index.ts');
  assert.deepEqual(depthRows.map((r) => r.init), [...inits]);
  const he = depthRows.find((r) => r.init === 'he')!.cells.find((c) => c.activation === 'relu')!;
  assert.equal(he.text, `${formatNumber(depthCell('he', 'relu').first, 2)} → ${formatNumber(depthCell('he', 'relu').last, 2)}`);
  assert.equal(heReluLast, depthSpreads('he', 'relu')[DEPTH].std);
  assert.equal(depthText.heReluLast, formatNumber(heReluLast, 2));
  assert.equal(depthText.smallTanhFirst, formatNumber(depthSpreads('small', 'tanh')[1].std, 2));
  assert.equal(depthText.gainXavier, formatNumber(fanInGain('xavier'), 3));
  assert.equal(depthText.gainZeros, '0');
  for (const v of Object.values(depthText)) assert.match(v, /^-?\d+(\.\d+)?(e[-+]?\d+)?$/);
});
