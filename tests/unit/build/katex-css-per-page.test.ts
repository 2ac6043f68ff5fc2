import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import katex from 'katex';
import { classesInHtml, trimKatexCss, trimKatexCssInPage } from '../../../src/build/katex-css-per-page.ts';
import { woff2Only } from '../../../src/build/katex-woff2-only.ts';
import { KATEX_OPTIONS } from '../../../src/build/katex-options.ts';

const katexCss = woff2Only(readFileSync('node_modules/katex/dist/katex.min.css', 'utf8'));

test('trimKatexCss: the doc comment example', () => {
  assert.equal(trimKatexCss('.katex{color:red}.katex .mathbf{x:y}', new Set(['katex'])), '.katex{color:red}');
});

test('classesInHtml reads every class attribute, quoted or not', () => {
  assert.deepEqual([...classesInHtml('<p class="a  b"><span class=\'c\'></span><i class=d></i><b data-class="x">')].sort(), ['a', 'b', 'c', 'd']);
});

test('a page without formulas keeps none of KaTeX\'s rules or fonts and all of its other rules', () => {
  const other = '.sl-markdown-content p{margin:0}:root[data-theme=dark]{color:#fff}';
  const trimmed = trimKatexCss(`${katexCss}${other}`, new Set(['sl-markdown-content']));
  // KaTeX's one rule on a non-KaTeX element (equation counters on body) stays, as any rule not on KaTeX's classes.
  assert.doesNotMatch(trimmed.replace('body{counter-reset:katexEqnNo mmlEqnNo}', ''), /katex|KaTeX/);
  assert.match(trimmed, /\.sl-markdown-content p\{margin:0\}/);
  assert.match(trimmed, /:root\[data-theme=dark\]\{color:#fff\}/);
});

test('a formula keeps the rules its classes need, rules that only exclude a class, and the fonts they name', () => {
  const html = katex.renderToString(String.raw`\hat{y}_i = \mathbf{W}x`, KATEX_OPTIONS);
  const used = classesInHtml(html);
  const trimmed = trimKatexCss(katexCss, used);
  assert.ok(trimmed.length < katexCss.length / 2, `${trimmed.length} of ${katexCss.length}`);
  // The accent's body is kept narrow by a rule that names `accent-full` only inside :not().
  assert.match(trimmed, /\.katex \.accent \.accent-body:not\(\.accent-full\)\{width:0\}/);
  assert.match(trimmed, /\.katex \.mathbf\{/);
  assert.doesNotMatch(trimmed, /\.katex \.mathcal\{/);
  const faces = [...trimmed.matchAll(/@font-face\{[^}]*font-family:(KaTeX_[A-Za-z0-9-]+)/g)].map((m) => m[1]);
  assert.ok(faces.includes('KaTeX_Main'));
  assert.ok(!faces.includes('KaTeX_Caligraphic'));
  for (const family of faces) assert.match(trimmed.replace(/@font-face\{[^}]*\}/g, ''), new RegExp(family));
});

test('trimKatexCssInPage trims the stylesheet that holds KaTeX\'s rules and leaves the others', () => {
  const page = `<html><head><style>${katexCss}</style><style>.x{color:red}</style></head><body class="x"><span class="katex"></span></body></html>`;
  const out = trimKatexCssInPage(page);
  assert.match(out, /<style>\.x\{color:red\}<\/style>/);
  assert.match(out, /<style>[^<]*\.katex\{[^<]*<\/style>/);
  assert.ok(out.length < page.length / 2);
});
