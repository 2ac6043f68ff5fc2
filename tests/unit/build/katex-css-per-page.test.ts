import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import katex from 'katex';
import { classesInHtml, katexFacesToPreload, katexFontPreloads, trimKatexCss, trimKatexCssInPage } from '../../../src/build/katex-css-per-page.ts';
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

const face = (family: string, weight: number, style: string) =>
  `@font-face{font-display:block;font-family:${family};font-style:${style};font-weight:${weight};src:url(/f/${family}-${weight}-${style}.woff2)format("woff2")}`;
const faceNames = (faces: { family: string; weight: number; italic: boolean }[]) => faces.map((f) => `${f.family} ${f.weight}${f.italic ? ' italic' : ''}`);

test('katexFacesToPreload: the doc comment example', () => {
  const css = `${face('KaTeX_Main', 400, 'normal')}${face('KaTeX_Main', 700, 'normal')}${face('KaTeX_Main', 400, 'italic')}.katex{font:normal 1.21em KaTeX_Main}.katex .mathbf{font-family:KaTeX_Main;font-weight:700}`;
  assert.deepEqual(faceNames(katexFacesToPreload(css)), ['KaTeX_Main 400', 'KaTeX_Main 700']);
});

test('katexFacesToPreload names the faces a page\'s formulas draw with, from KaTeX\'s own stylesheet', () => {
  const faces = (tex: string, displayMode = false) => {
    const used = classesInHtml(`<span class="sl-markdown-content">${katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode })}</span>`);
    return faceNames(katexFacesToPreload(trimKatexCss(katexCss, used))).sort();
  };
  assert.deepEqual(faces('x + 1'), ['KaTeX_Main 400', 'KaTeX_Math 400 italic']);
  assert.deepEqual(faces(String.raw`\mathcal{L} = \mathbf{W}x`), ['KaTeX_Caligraphic 400', 'KaTeX_Main 400', 'KaTeX_Main 700', 'KaTeX_Math 400 italic']);
  assert.deepEqual(faces(String.raw`\text{\textbf{loss}} \in \mathbb{R}`), ['KaTeX_AMS 400', 'KaTeX_Main 400', 'KaTeX_Main 700']);
  assert.ok(faces(String.raw`\sum_{i=1}^n x_i`, true).includes('KaTeX_Size2 400'), 'a sum in a display formula');
  assert.ok(!faces(String.raw`\sum_{i=1}^n x_i`).includes('KaTeX_Size2 400'), 'a sum in running text');
  assert.deepEqual(faceNames(katexFacesToPreload(trimKatexCss(katexCss, new Set(['sl-markdown-content'])))), [], 'no formula, no font');
});

test('katexFontPreloads leaves out a face the bundler inlined as a data: URL', () => {
  const css = `${face('KaTeX_Main', 400, 'normal')}@font-face{font-family:KaTeX_Size3;font-style:normal;font-weight:400;src:url(data:font/woff2;base64,AAAA)format("woff2")}.katex{font:normal 1.21em KaTeX_Main}.katex .delimsizing.size3{font-family:KaTeX_Size3}`;
  assert.deepEqual(faceNames(katexFacesToPreload(css)), ['KaTeX_Main 400', 'KaTeX_Size3 400']);
  assert.deepEqual(katexFontPreloads(css).map((f) => f.url), ['/f/KaTeX_Main-400-normal.woff2']);
});

test('trimKatexCssInPage replaces the page\'s KaTeX font preloads with those its formulas draw with, after <meta charset>', () => {
  const formula = katex.renderToString(String.raw`\mathcal{L}`, KATEX_OPTIONS);
  const page = `<html><head><meta charset="utf-8"/><link rel="preload" href="/a/KaTeX_Size4-Regular.x.woff2" as="font" type="font/woff2" crossorigin/><style>${katexCss}</style></head><body>${formula}</body></html>`;
  const out = trimKatexCssInPage(page);
  const preloads = [...out.matchAll(/<link rel="preload" href="([^"]*)" as="font"/g)].map((m) => m[1].split('/').pop()!.split('.')[0]);
  assert.deepEqual(preloads.sort(), ['KaTeX_Caligraphic-Regular', 'KaTeX_Main-Regular']);
  assert.match(out, /<meta charset="utf-8"\/><link rel="preload"/);
  const none = trimKatexCssInPage(`<html><head><meta charset="utf-8"/><style>${katexCss}</style></head><body><p class="x">no math</p></body></html>`);
  assert.doesNotMatch(none, /rel="preload"/);
});
