import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clip, cleanCellError, cleanResult, pageCaps } from '../../../src/notebook/safe.ts';
import { renderHtml, safeAttr, safeClass } from '../../../src/notebook/view.ts';

const entry = (view: unknown, kind = 'log') => ({ kind, view });

test('cleanResult keeps known tags, attributes and classes and drops style, URLs and page actions', () => {
  const hostile = {
    tag: 'div', cls: 'nb-value nb-cell sl-hidden',
    attrs: { style: 'position:fixed;inset:0;background:url(http://evil.test/x)', 'data-act': 'reset-all', onclick: 'x()', id: 'main' },
    children: [{ tag: 'a', attrs: { href: 'http://evil.test/' }, children: ['link'] }, { tag: 'img', attrs: { src: 'http://evil.test/i' } }, 'text'],
  };
  const result = cleanResult({ entries: [entry(hostile)], cut: 0, error: null })!;
  assert.deepEqual(result.entries, [{ kind: 'log', view: { tag: 'div', cls: 'nb-value', children: ['text'] } }]);
  assert.equal(renderHtml(result.entries[0].view), '<div class="nb-value">text</div>');
});

test('cleanResult keeps a plot: path data, numbers and the label of an svg', () => {
  const plot = { tag: 'svg', cls: 'nb-plot', attrs: { viewBox: '0 0 320 200', role: 'img', 'aria-label': 'squares' }, children: [
    { tag: 'path', cls: 'nb-s0', attrs: { d: 'M44.0 178.0L310.0 22.0', fill: 'none', stroke: 'url(#x)' } },
    { tag: 'text', cls: 'nb-tick', attrs: { x: '40', y: '26', 'text-anchor': 'end', href: '#' }, children: ['4'] },
  ] };
  const view = cleanResult({ entries: [entry(plot, 'plot')], cut: 0, error: null })!.entries[0].view;
  assert.equal(renderHtml(view), '<svg class="nb-plot" viewBox="0 0 320 200" role="img" aria-label="squares"><path class="nb-s0" d="M44.0 178.0L310.0 22.0" fill="none"></path><text class="nb-tick" x="40" y="26" text-anchor="end">4</text></svg>');
});

test('cleanResult caps entries, elements and characters, counting what it cut', () => {
  const many = cleanResult({ entries: Array.from({ length: 500 }, () => entry('x')), cut: 3, error: null })!;
  assert.equal(many.entries.length, pageCaps.entries);
  assert.equal(many.cut, 3 + 300);
  const long = cleanResult({ entries: [entry('y'.repeat(pageCaps.chars + 10))], cut: 0, error: null })!;
  assert.equal((long.entries[0].view as string).length, pageCaps.chars);
  assert.equal(long.cut, 1);
  const deep = { tag: 'div', children: Array.from({ length: pageCaps.nodes + 50 }, () => ({ tag: 'span', children: ['z'] })) };
  const nodes = cleanResult({ entries: [entry(deep)], cut: 0, error: null })!;
  assert.equal((nodes.entries[0].view as { children: unknown[] }).children.length, pageCaps.nodes - 1);
  assert.equal(nodes.cut, 1);
});

test('cleanResult rejects what is not a result, and caps error messages', () => {
  assert.equal(cleanResult(null), null);
  assert.equal(cleanResult({ entries: 'x' }), null);
  const result = cleanResult({ entries: [entry('a', 'script'), entry({ tag: 'iframe' })], cut: -4, error: { message: 'e'.repeat(5000), line: 2, column: -1 } })!;
  assert.deepEqual(result.entries, []);
  assert.equal(result.cut, 0);
  assert.equal(result.error!.message, clip('e'.repeat(5000), pageCaps.errorChars));
  assert.deepEqual([result.error!.line, result.error!.column], [2, 0]);
  assert.equal(cleanCellError({ message: 1 }), null);
});

test('safeAttr and safeClass: the documented examples', () => {
  assert.equal(safeAttr('path', 'style', 'x'), false);
  assert.equal(safeAttr('td', 'colspan', '3'), true);
  assert.equal(safeAttr('td', 'constructor', '3'), false);
  assert.equal(safeClass('nb-s1 x'), 'nb-s1');
  assert.equal(clip('abcdef', 3), 'abc… (6 characters)');
});

test('cleanResult: the documented example', () => {
  assert.equal(cleanResult({ entries: [], cut: 0, error: { message: 'x', line: 1, column: 2 } })?.error?.column, 2);
});
