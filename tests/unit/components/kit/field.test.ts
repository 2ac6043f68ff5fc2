import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneKeyApart } from '../../../../components/kit/field.ts';

test('oneKeyApart tells one key press from text that arrives whole (the doc comment examples)', () => {
  assert.equal(oneKeyApart('0.', '0.5'), true);
  assert.equal(oneKeyApart('0.5', 'abc'), false);
});

test('oneKeyApart accepts a character typed or deleted anywhere, and nothing else', () => {
  for (const [a, b] of [['', '-'], ['-', ''], ['12', '1x2'], ['1x2', '12'], ['0.7', '0.7a'], ['abc', 'bc']]) assert.equal(oneKeyApart(a, b), true, `${a} → ${b}`);
  for (const [a, b] of [['0.1', 'abc'], ['', 'ab'], ['0.1', ''], ['ab', 'ab'], ['12', '21']]) assert.equal(oneKeyApart(a, b), false, `${a} → ${b}`);
});
