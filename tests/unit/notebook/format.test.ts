import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matrix } from '../../../src/forward/index.ts';
import { defaultLimits, formatConsole, formatValue, inline } from '../../../src/notebook/format.ts';
import { renderHtml, viewText } from '../../../src/notebook/view.ts';
import { runtimeStrings } from '../../../src/notebook/strings.ts';

const cycle: Record<string, unknown> = { name: 'loop' };
cycle.self = cycle;
const deep = [[[[[[1]]]]]];
class Point { x = 1; y = 2; }

const cases: [string, unknown, string][] = [
  ['an integer', 42, '42'],
  ['a fraction', 0.1 + 0.2, '0.30000000000000004'],
  ['negative zero keeps its sign', -0, '-0'],
  ['NaN', NaN, 'NaN'],
  ['Infinity', Infinity, 'Infinity'],
  ['-Infinity', -Infinity, '-Infinity'],
  ['a string is quoted', 'hi', '"hi"'],
  ['a string with HTML stays text', '<b>&</b>', '"<b>&</b>"'],
  ['null and undefined', [null, undefined], '[null, undefined]'],
  ['a bigint', 10n, '10n'],
  ['a boolean', true, 'true'],
  ['a short array', [1, -0, NaN], '[1, -0, NaN]'],
  ['a long array is cut with a count', Array.from({ length: 60 }, (_, i) => i), `[${Array.from({ length: 50 }, (_, i) => i).join(', ')}, … 10 more]`],
  ['nesting past the depth cap', deep, '[[[[[Array(1)]]]]]'],
  ['a typed array', new Float64Array([0.5, -0.25]), 'Float64Array(2) [0.5, -0.25]'],
  ['a long typed array', new Int8Array(55), `Int8Array(55) [${Array(50).fill(0).join(', ')}, … 5 more]`],
  ['a cycle', cycle, '{ name: "loop", self: [Circular] }'],
  ['a class instance', new Point(), 'Point { x: 1, y: 2 }'],
  ['a plain object with odd keys', { 'a b': 1, ok: 2 }, '{ "a b": 1, ok: 2 }'],
  ['an empty object', {}, '{}'],
  ['a function', function sigmoid() {}, '[Function: sigmoid]'],
  ['a class', Point, '[class Point]'],
  ['a Map', new Map([['a', 1]]), 'Map(1) {"a" => 1}'],
  ['a Set', new Set([1, 2]), 'Set(2) {1, 2}'],
  ['an Error', new RangeError('bad'), 'RangeError: bad'],
  ['a matrix nested in an array', [matrix([[1, 2]])], '[Matrix 1×2 [[1, 2]]]'],
];

for (const [name, value, expected] of cases) {
  test(`inline(value) writes ${name}`, () => assert.equal(inline(value), expected));
}

test('inline(value) cuts a very long string and says how long it was', () => {
  const text = inline('x'.repeat(5000));
  assert.ok(text.endsWith('…" (cut: 5000 characters)'));
  assert.ok(text.length < 4100);
});

test('formatValue(matrix) is a table with a caption and one row per matrix row', () => {
  const html = renderHtml(formatValue(matrix([[0.2, 0.4], [0.3, -0.5]])));
  assert.equal(html, '<table class="nb-matrix"><caption>Matrix 2×2</caption><tbody><tr><td>0.2</td><td>0.4</td></tr><tr><td>0.3</td><td>-0.5</td></tr></tbody></table>');
});

test('formatValue(large matrix) cuts rows and columns with notes', () => {
  const big = matrix(Array.from({ length: 20 }, () => Array.from({ length: 15 }, () => 1)));
  const text = viewText(formatValue(big));
  assert.match(text, /… 3 more/);
  assert.match(text, /… 8 more rows/);
});

test('formatValue(string with HTML) is escaped by the HTML renderer', () => {
  assert.equal(renderHtml(formatValue('<img src=x onerror=alert(1)>')), '<span class="nb-value">&quot;&lt;img src=x onerror=alert(1)&gt;&quot;</span>');
});

test('formatConsole(args) writes strings as they are and other values formatted', () => {
  assert.equal(formatConsole(['z is', 0.5, [1, 2], '<b>']), 'z is 0.5 [1, 2] <b>');
});

test('defaultLimits are the documented caps', () => {
  assert.deepEqual(defaultLimits, { depth: 4, items: 50, keys: 30, chars: 4000, rows: 12, cols: 12, args: 20 });
});

test('plotView caps points, series, labels and the title, and draws 300,000 points without spreading them into a call', async () => {
  const { plotCaps, plotView } = await import('../../../src/notebook/plot.ts');
  const { renderHtml } = await import('../../../src/notebook/view.ts');
  const n = 300_000;
  const x = Float64Array.from({ length: n }, (_, i) => i);
  const view = plotView({ x, y: Array.from({ length: 10 }, () => x), title: 'T'.repeat(1e6), labels: Array.from({ length: 10 }, () => 'L'.repeat(500)) });
  const html = renderHtml(view);
  assert.deepEqual(plotCaps, { points: 2000, series: 8, label: 60, title: 120 });
  assert.equal((html.match(/<path /g) ?? []).length, plotCaps.series);
  const d = /<path class="nb-s0" d="([^"]*)"/.exec(html)![1];
  assert.equal((d.match(/[ML]/g) ?? []).length, plotCaps.points);
  assert.ok(html.includes(`>${'T'.repeat(plotCaps.title)}…</text>`));
  assert.ok(html.includes(`>${'L'.repeat(plotCaps.label)}…</text>`));
});

test('on zh-CN pages every note the formatter adds is in Chinese: items, rows and columns past the cap, cut strings, unreadable properties', () => {
  const zh = runtimeStrings('zh-CN');
  const limits = { ...defaultLimits, items: 3, chars: 40, rows: 2, cols: 2 };
  const hostile = { get x() { throw new Error('no'); } };
  const lines = [
    inline(Array.from({ length: 10 }, (_, i) => i), limits, zh),
    inline(new Float64Array(5), limits, zh),
    inline(new Set([1, 2, 3, 4]), limits, zh),
    inline('字'.repeat(60), limits, zh),
    inline(hostile, limits, zh),
    viewText(formatValue(matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), limits, zh)),
    viewText(formatConsole([Array.from({ length: 200 }, (_, i) => i)], limits, zh)),
  ];
  assert.deepEqual(lines.slice(0, 5), [
    '[0, 1, 2, … 还有 7 项]',
    'Float64Array(5) [0, 0, 0, … 还有 2 项]',
    'Set(4) {1, 2, 3, … 还有 1 项}',
    `"${'字'.repeat(40)}…"（已截断：共 60 个字符）`,
    '{ x: [读取出错] }',
  ]);
  // Apart from JavaScript's own names (Float64Array, Set) no Latin word is left.
  for (const line of lines) assert.doesNotMatch(line.replace(/Float64Array|Set/g, ''), /[A-Za-z]{2,}/, line);
});
