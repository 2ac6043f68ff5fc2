import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellsPath, linspace, polyline, px, scale } from '../../../../components/kit/svg.ts';
import { signedTerm } from '../../../../components/kit/terms.ts';

test('scale maps a domain linearly onto a range, also reversed', () => {
  assert.equal(scale([0, 10], [0, 100])(5), 50);
  assert.equal(scale([0, 1], [100, 0])(0.25), 75);
});

test('px rounds coordinates to two decimals', () => {
  assert.equal(px(1.23456), '1.23');
  assert.equal(px(-0.004), '0');
});

test('polyline joins finite points and breaks the line at non-finite ones', () => {
  assert.equal(polyline([[0, 0], [1, 2]]), 'M0 0L1 2');
  assert.equal(polyline([[0, 0], [1, Number.NaN], [2, 2], [3, 3]]), 'M0 0M2 2L3 3');
  assert.equal(polyline([]), '');
});

test('cellsPath merges runs of cells in a row into one rectangle', () => {
  assert.equal(cellsPath([[true, true]], 0, 0, 10, 10), 'M0 0h20v10h-20z');
  assert.equal(cellsPath([[true, false, true], [false, false, false]], 0, 0, 10, 5), 'M0 0h10v5h-10zM20 0h10v5h-10z');
  assert.equal(cellsPath([[false]], 0, 0, 1, 1), '');
});

test('linspace includes both ends exactly', () => {
  assert.deepEqual(linspace(0, 1, 3), [0, 0.5, 1]);
  assert.equal(linspace(-Math.PI, Math.PI, 7).at(-1), Math.PI);
});

test('signedTerm pulls the sign out of a term', () => {
  assert.equal(signedTerm(-0.3, '0.3'), ' − 0.3');
  assert.equal(signedTerm(0.3, '0.3'), ' + 0.3');
});
