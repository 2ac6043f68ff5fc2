import { test } from 'node:test';
import assert from 'node:assert/strict';
import rehypeScrollRegions, { labelDisplayFormula, localeOfPath } from '../../../src/build/rehype-scroll-regions.ts';

const tree = () => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'span', properties: { className: ['katex-display'] }, children: [] },
    { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [] },
    { type: 'element', tagName: 'table', properties: {}, children: [] },
    { type: 'element', tagName: 'table', properties: { ariaLabel: 'Errors by N' }, children: [] },
  ],
});

test('display formulas become labelled groups and tables labelled keyboard stops, in the page language', () => {
  for (const [path, formula, table] of [['/p/content/docs/zh-cn/loss.mdx', '公式', '表格'], ['/p/content/docs/en/loss.mdx', 'Formula', 'Table']]) {
    const t = tree();
    rehypeScrollRegions()(t, { path });
    const [display, inline, plain, named] = t.children;
    assert.deepEqual(display.properties, { className: ['katex-display'], role: 'group', tabIndex: 0, ariaLabel: formula });
    assert.deepEqual(inline.properties, { className: ['katex'] });
    assert.deepEqual(plain.properties, { tabIndex: 0, ariaLabel: table });
    assert.deepEqual(named.properties, { tabIndex: 0, ariaLabel: 'Errors by N' });
  }
});

test('localeOfPath reads the edition from a chapter path', () => {
  assert.equal(localeOfPath('content/docs/zh-cn/neuron.mdx'), 'zh-cn');
  assert.equal(localeOfPath('content\\docs\\zh-cn\\neuron.mdx'), 'zh-cn');
  assert.equal(localeOfPath('content/docs/en/neuron.mdx'), 'en');
  assert.equal(localeOfPath(undefined), 'en');
});

test('labelDisplayFormula labels the display formula of a KaTeX string and leaves inline formulas alone', async () => {
  const katex = (await import('katex')).default;
  const display = katex.renderToString('z = wx + b', { displayMode: true });
  assert.match(labelDisplayFormula(display, 'zh-cn'), /^<span class="katex-display" role="group" tabindex="0" aria-label="公式">/);
  assert.match(labelDisplayFormula(display, 'en'), /aria-label="Formula"/);
  const inline = katex.renderToString('z');
  assert.equal(labelDisplayFormula(inline, 'en'), inline);
});
