import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ui } from '../../../../components/kit/messages.ts';
import { isUnfinishedNumber, normaliseNumberText, parseNumberInput } from '../../../../components/kit/parse-number.ts';

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
    ['1,000', en.ambiguousComma('1,000')],
    ['1/0', en.zeroDenominator],
    ['1/', en.notNumber('1/')],
    ['-', en.notNumber('-')],
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

test('parseNumberInput(text) accepts what readers type for a number: fractions, full-width forms, Unicode minus, a decimal comma', () => {
  const cases: Array<[string, number]> = [
    ['1/3', 1 / 3], ['-2/3', -2 / 3], ['１/４', 0.25], ['０.４', 0.4], ['－０.５', -0.5], ['−1.5', -1.5], ['＋2', 2],
    ['0,5', 0.5], ['-1,25', -1.25], ['０，５', 0.5], ['1e-2', 0.01], ['3 / 4', 0.75],
  ];
  for (const [text, value] of cases) assert.deepEqual(parseNumberInput(text, range, en), { ok: true, value }, text);
});

test('parseNumberInput(text) refuses an ambiguous comma and a zero denominator with a message in each language', () => {
  assert.deepEqual(parseNumberInput('1,000', range, zh), { ok: false, message: zh.ambiguousComma('1,000') });
  assert.deepEqual(parseNumberInput('2/0', range, zh), { ok: false, message: zh.zeroDenominator });
  assert.match(zh.zeroDenominator, /分母/);
});

test('normaliseNumberText folds full-width forms, minus signs and spaces (the doc comment example)', () => {
  assert.equal(normaliseNumberText(' －０．４ '), '-0.4');
  assert.equal(normaliseNumberText('−3'), '-3');
});

test('isUnfinishedNumber(text) tells the start of a number from text that cannot become one', () => {
  for (const text of ['-', '+', '.', '-.', '1e', '1e-', '2/', '0,', '－']) assert.equal(isUnfinishedNumber(text), true, text);
  for (const text of ['', 'abc', '1', '0.5', '1/3', '--', 'e']) assert.equal(isUnfinishedNumber(text), false, text);
});

test('the doc comment examples of parseNumberInput hold', () => {
  assert.deepEqual(parseNumberInput('0.5', { min: -10, max: 10 }, en), { ok: true, value: 0.5 });
  assert.deepEqual(parseNumberInput('１/４', { min: -10, max: 10 }, en), { ok: true, value: 0.25 });
  assert.deepEqual(parseNumberInput('1e308', { min: -10, max: 10 }, en), { ok: false, message: 'Enter a number between -10 and 10.' });
});

test('parseNumberInput(text) reads a comma after a leading 0 as a decimal mark: a thousands group never starts with 0', () => {
  for (const [text, value] of [['0,632', 0.632], ['-0,125', -0.125], ['0,5', 0.5]] as const) {
    assert.deepEqual(parseNumberInput(text, range, en), { ok: true, value }, text);
  }
  assert.deepEqual(parseNumberInput('2,500', { min: -1e6, max: 1e6 }, en), { ok: false, message: en.ambiguousComma('2,500') });
});

test('parseNumberInput(text) reads a power of ten written out and a percentage, the ways readers write them', () => {
  const wide = { min: -1e6, max: 1e6 };
  for (const [text, value] of [['5.8×10^-5', 5.8e-5], ['5.8×10⁻⁵', 5.8e-5], ['5.8*10^-5', 5.8e-5], ['5.8 x 10^-5', 5.8e-5], ['2·10^3', 2000], ['-3×10^2', -300], ['84.4%', 0.844], ['５０％', 0.5], ['-5%', -0.05]] as const) {
    const parsed = parseNumberInput(text, wide, en);
    assert.ok(parsed.ok, text);
    assert.ok(Math.abs((parsed as { value: number }).value - value) <= 1e-15 * Math.max(1, Math.abs(value)), `${text} → ${(parsed as { value: number }).value}`);
  }
  // The docstring examples.
  assert.deepEqual(parseNumberInput('5.8×10^-5', { min: -10, max: 10 }, en), { ok: true, value: 0.000058 });
  assert.deepEqual(parseNumberInput('84.4%', { min: -10, max: 10 }, en), { ok: true, value: 0.844 });
  // Not numbers still: a bare "×10", a percent sign alone, two percent signs.
  for (const text of ['5.8×10', '%', '5%%', '×10^3']) assert.equal(parseNumberInput(text, wide, en).ok, false, text);
});
