import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ui } from '../../../../components/kit/messages.ts';
import { parseNumberInput } from '../../../../components/kit/parse-number.ts';

const en = ui('en');
const zh = ui('zh-CN');
const range = { min: -100, max: 100 };

test('parseNumberInput(text) accepts ordinary decimal numbers, signs and exponents', () => {
  for (const [text, value] of [['0.5', 0.5], ['-2', -2], ['+3', 3], [' 1.25 ', 1.25], ['.5', 0.5], ['1e1', 10], ['−0.3', -0.3], ['5.', 5]] as const) {
    assert.deepEqual(parseNumberInput(text, range, en), { ok: true, value }, text);
  }
});

test('parseNumberInput(text) turns -0 into 0 so nothing shows "-0"', () => {
  assert.ok(Object.is((parseNumberInput('-0', range, en) as { value: number }).value, 0));
});

test('parseNumberInput(text) rejects empty text, words, NaN, ±Infinity and absurd magnitudes with a message', () => {
  const cases: Array<[string, string]> = [
    ['', en.empty],
    ['   ', en.empty],
    ['abc', en.notNumber('abc')],
    ['1,5', en.notNumber('1,5')],
    ['0x10', en.notNumber('0x10')],
    ['NaN', en.notFinite],
    ['Infinity', en.notFinite],
    ['-Infinity', en.notFinite],
    ['∞', en.notFinite],
    ['1e308', en.outOfRange('-100', '100')],
    ['1e309', en.notFinite],
    ['101', en.outOfRange('-100', '100')],
  ];
  for (const [text, message] of cases) {
    assert.deepEqual(parseNumberInput(text, range, en), { ok: false, message }, JSON.stringify(text));
  }
});

test('parseNumberInput(text) speaks the reader\'s language', () => {
  const result = parseNumberInput('abc', range, zh);
  assert.equal(result.ok, false);
  assert.match((result as { message: string }).message, /不是数字/);
});
