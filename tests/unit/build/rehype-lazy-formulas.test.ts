import { test } from 'node:test';
import assert from 'node:assert/strict';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import rehypeLazyFormulas, { drawingHeightEm, lazyDisplayFormula, lazyStyle, strutOf } from '../../../src/build/rehype-lazy-formulas.ts';
import { KATEX_OPTIONS } from '../../../src/build/katex-options.ts';

test('doc examples', () => {
  assert.equal(drawingHeightEm([{ height: 2.4, depth: 0.95 }]), 2.4);
  assert.equal(drawingHeightEm([{ height: 0.889, depth: 0.194 }]), 1.2);
  assert.equal(lazyStyle(2.648), 'content-visibility:auto;contain-intrinsic-block-size:auto 2.648em');
  assert.deepEqual(strutOf('height:0.8889em;vertical-align:-0.1944em;'), { height: 0.8889, depth: 0.1944 });
});

test('the drawing reaches the highest part above the baseline and the deepest below, over every strut', () => {
  // Measured in Chromium on the site's formulas (tests/e2e/formulas.test.ts checks them all in a browser).
  assert.equal(drawingHeightEm([{ height: 1.288, depth: 0.35 }]), 1.311);
  assert.equal(drawingHeightEm([{ height: 1.311, depth: 0.266 }]), 1.418);
  assert.equal(drawingHeightEm([{ height: 1.021, depth: 0.083 }, { height: 0.5, depth: 0 }]), 1.311);
  assert.equal(drawingHeightEm([{ height: 3.028, depth: 1.278 }, { height: 0.889, depth: 0.194 }]), 3.028);
  assert.equal(drawingHeightEm([]), 1.2);
  assert.equal(drawingHeightEm([{ height: NaN, depth: 0 }]), 1.2);
  assert.deepEqual(strutOf('height:0.6444em;'), { height: 0.6444, depth: 0 });
});

const render = (tex: string, displayMode: boolean) => katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });

test('a display formula rendered to a string gets the lazy style on its drawing only; an inline one is unchanged', () => {
  const tex = String.raw`\mathcal{L} = \frac{1}{n}\sum_{i=1}^{n} (\hat y_i - y_i)^2`;
  const inline = render(tex, false);
  assert.equal(lazyDisplayFormula(inline), inline);
  const html = lazyDisplayFormula(render(tex, true));
  const drawings = [...html.matchAll(/<span class="katex-html" aria-hidden="true" style="([^"]*)">/g)];
  assert.equal(drawings.length, 1);
  assert.match(drawings[0][1], /^content-visibility:auto;contain-intrinsic-block-size:auto \d+(\.\d+)?em$/);
  assert.ok(!/class="katex-mathml"[^>]*style=/.test(html), 'the MathML is left alone');
});

test('the rehype plugin gives the same style as the string form, on display formulas only', () => {
  const tex = String.raw`p_i = \frac{e^{z_i}}{\sum_j e^{z_j}}`;
  const tree = fromHtml(`<p>${render('z', false)}</p>${render(tex, true)}`, { fragment: true });
  rehypeLazyFormulas()(tree as never);
  type Node = { type: string; properties?: Record<string, unknown>; children?: Node[] };
  const styled: Array<{ className: unknown; style: unknown }> = [];
  const walk = (n: Node) => {
    if (String(n.properties?.style ?? '').includes('content-visibility')) styled.push({ className: n.properties?.className, style: n.properties?.style });
    n.children?.forEach(walk);
  };
  walk(tree as Node);
  const expected = /style="(content-visibility[^"]*)"/.exec(lazyDisplayFormula(render(tex, true)))![1];
  assert.deepEqual(styled, [{ className: ['katex-html'], style: expected }]);
});
