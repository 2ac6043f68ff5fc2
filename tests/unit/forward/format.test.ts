import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatError, formatNumber, formatVector, formatMatrix } from '../../../src/forward/format.ts';
import { assertThrowsWith } from './close.ts';

const table: [number, number | undefined, string][] = [
  [0.598687660112452, undefined, '0.5987'],
  [0.598687660112452, 3, '0.599'],
  [0.5, undefined, '0.5'],
  [-0.15000000000000002, undefined, '-0.15'],
  [0.39999999999999997, undefined, '0.4'],
  [0, undefined, '0'],
  [-0, undefined, '0'],
  [1, undefined, '1'],
  [12.3456, undefined, '12.35'],
  [-1234.5678, undefined, '-1235'],
  [999999, 4, '999999'], // integers are shown exactly, every digit
  [123456789, 4, '123456789'],
  [123456, 4, '123456'],
  [109386, 4, '109386'],
  [-109386, 4, '-109386'],
  [2 ** 53, 4, '9007199254740992'],
  [2 ** 53 + 2, 4, '9.007e15'], // past 2^53 not every integer is a double: exponent form
  [123456.7, 4, '1.235e5'], // rounding would replace integer digits by zeros: exponent form, never "123500"
  [12345.6, 4, '1.235e4'],
  [99999.5, 4, '1e5'],
  [1.234e-7, 3, '1.23e-7'],
  [-1e-12, 4, '-1e-12'],
  [0.00123456, 4, '0.001235'],
  [0.000999, 4, '9.99e-4'],
  [1e300 * 10, 4, '1e301'],
  [NaN, undefined, 'NaN'],
  [Infinity, undefined, '∞'],
  [-Infinity, undefined, '−∞'],
];

for (const [x, digits, expected] of table) {
  test(`formatNumber(${Object.is(x, -0) ? '-0' : x}${digits === undefined ? '' : `, ${digits}`}) is "${expected}"`, () => {
    assert.equal(formatNumber(x, digits), expected);
  });
}

test('formatNumber keeps trailing zeros with { trim: false }', () => {
  assert.equal(formatNumber(0.4, 4, { trim: false }), '0.4000');
  assert.equal(formatNumber(1e-9, 3, { trim: false }), '1.00e-9');
});

test('formatNumber uses ASCII minus for numbers', () => {
  assert.ok(!formatNumber(-0.15).includes('\u2212'));
});

test('formatVector and formatMatrix format every entry', () => {
  assert.equal(formatVector([0.5, -0.15000000000000002]), '[0.5, -0.15]');
  assert.equal(formatVector(new Float64Array([NaN, 1])), '[NaN, 1]');
  assert.equal(formatMatrix([[0.2, 0.4], [0.3, -0.5]]), '[[0.2, 0.4], [0.3, -0.5]]');
});

test('formatNumber rejects non-numbers and bad digit counts', () => {
  assertThrowsWith(() => formatNumber('1' as never), 'formatNumber:', 'x', 'a number', 'string');
  assertThrowsWith(() => formatNumber(1, 0), 'formatNumber:', 'digits', '[1, 17]', 'number 0');
});

test('formatNumber(x) writes the largest doubles in exponent form instead of overflowing while rounding', () => {
  assert.equal(formatNumber(Number.MAX_VALUE, 3), '1.8e308');
  assert.equal(formatNumber(-Number.MAX_VALUE, 3, { trim: false }), '-1.80e308');
  assert.equal(formatNumber(Number.MIN_VALUE, 2), '4.9e-324');
});

test('formatError shows an error that is zero up to rounding as 0 and states the tolerance', () => {
  // the largest error of an exact fit, 2.5 ulp of 1, is rounding, not an error
  assert.deepEqual(formatError(5.551115123125783e-16), { text: '0', zero: true, tolerance: '1.421e-14' });
  assert.deepEqual(formatError(-5.551115123125783e-16), { text: '0', zero: true, tolerance: '1.421e-14' });
  assert.deepEqual(formatError(0.0123), { text: '0.0123', zero: false, tolerance: '1.421e-14' });
  // the tolerance follows the size of the values compared, or is given
  assert.deepEqual(formatError(1e-12, { scale: 1000 }), { text: '0', zero: true, tolerance: '1.421e-11' });
  assert.deepEqual(formatError(1e-12, { tol: 1e-13 }), { text: '1e-12', zero: false, tolerance: '1e-13' });
  assert.deepEqual(formatError(0.012345, { digits: 2 }), { text: '0.012', zero: false, tolerance: '1.4e-14' });
  assert.equal(formatError(NaN).text, 'NaN');
  assertThrowsWith(() => formatError('0' as never), 'formatError:', 'err', 'a number');
  assertThrowsWith(() => formatError(0, { tol: -1 }), 'formatError:', 'options.tol', '≥ 0');
});
