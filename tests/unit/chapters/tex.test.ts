import { test } from 'node:test';
import assert from 'node:assert/strict';
import { texNumber, texMatrix, texColumn, signedTex } from '../../../src/chapters/tex.ts';

test('TeX pieces reproduce their doc examples', () => {
  assert.equal(texNumber(-0.15), '-0.15');
  assert.equal(texNumber(-Infinity), '-\\infty');
  assert.equal(texMatrix([[0.5, 0.2], [0.3, -0.5]]), '\\begin{bmatrix} 0.5 & 0.2 \\\\ 0.3 & -0.5 \\end{bmatrix}');
  assert.equal(texColumn([1, 0.5]), '\\begin{bmatrix} 1 \\\\ 0.5 \\end{bmatrix}');
  assert.equal(signedTex(-0.3), '- 0.3');
  assert.equal(signedTex(0.1), '+ 0.1');
  assert.equal(texNumber(0.598687660112452, 3), '0.599');
});

test('weighted sums, factors and rows reproduce their doc examples', async () => {
  const { texFactor, texWeightedSum, texRow } = await import('../../../src/chapters/tex.ts');
  assert.equal(texFactor(-1), '(-1)');
  assert.equal(texFactor(2), '2');
  assert.equal(texWeightedSum([0.5, -0.2], [1, -2], 0.1), '0.5 \\times 1 - 0.2 \\times (-2) + 0.1');
  assert.equal(texRow([1, -2]), '[1, -2]');
  assert.throws(() => texWeightedSum([1], [1, 2], 0), /1 weights for 2 inputs/);
});
