// The written pages keep e-notation numbers and Chinese punctuation after a formula on their line
// (src/build/line-breaks.ts); code, formulas, attributes and scripts are left as rendered.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepLinesTogether } from '../../../src/build/line-breaks.ts';

test('keepLinesTogether: the docstring example', () => {
  assert.equal(keepLinesTogether('<p>its product is 5.776e-5.</p>'), '<p>its product is <span class="fw-nowrap">5.776e-5</span>.</p>');
});

test('keepLinesTogether wraps e-notation numbers in prose, and leaves code, formulas, attributes and scripts alone', () => {
  const html = [
    '<p title="1e-5">gave 2.44e-4, then 9.537e-7 and 1e-12 (−3.2e-10)</p>',
    '<pre><code>1e-5</code></pre>',
    '<span class="katex"><span class="katex-mathml"><math><mn>1e-5</mn></math></span></span>',
    '<figure class="np not-content"><output>4.85e-4</output></figure>',
    '<script>const x = 1e-5 < 2;</script>',
    '<p>no number: see-5e or 0.5e, x1e-5y</p>',
  ].join('');
  const out = keepLinesTogether(html);
  assert.equal(out, [
    '<p title="1e-5">gave <span class="fw-nowrap">2.44e-4</span>, then <span class="fw-nowrap">9.537e-7</span> and <span class="fw-nowrap">1e-12</span> (<span class="fw-nowrap">−3.2e-10</span>)</p>',
    '<pre><code>1e-5</code></pre>',
    '<span class="katex"><span class="katex-mathml"><math><mn>1e-5</mn></math></span></span>',
    '<figure class="np not-content"><output><span class="fw-nowrap">4.85e-4</span></output></figure>',
    '<script>const x = 1e-5 < 2;</script>',
    '<p>no number: see-5e or 0.5e, x1e-5y</p>',
  ].join(''));
});

test('keepLinesTogether draws the Chinese closing punctuation after an inline formula inside its last box, and keeps the mark as hidden text', () => {
  const formula = (bases: number) => `<span class="katex"><span class="katex-mathml"><math><mi>z</mi></math></span><span class="katex-html" aria-hidden="true">${'<span class="base">z</span>'.repeat(bases)}</span></span>`;
  const inBox = (bases: number, mark: string) => `<span class="katex"><span class="katex-mathml"><math><mi>z</mi></math></span><span class="katex-html" aria-hidden="true">${'<span class="base">z</span>'.repeat(bases - 1)}<span class="base" data-fw-after="${mark}">z</span></span></span>`;
  assert.equal(keepLinesTogether(`<p>所以 ${formula(1)}。下一句</p>`), `<p>所以 ${inBox(1, '。')}<span class="fw-after-formula">。</span>下一句</p>`);
  // A long formula (its mark goes into the last of its boxes), through a wrapper span (the kit's <Tex>),
  // and each kind of closing mark.
  for (const mark of ['。', '，', '；', '：', '？', '！', '）', '”']) {
    assert.equal(keepLinesTogether(`<p>设 <span class="fw-tex">${formula(3)}</span>${mark}再</p>`), `<p>设 <span class="fw-tex">${inBox(3, mark)}</span><span class="fw-after-formula">${mark}</span>再</p>`);
  }
  // Not after a display formula, not before an opening mark or a letter, not in code, and not twice.
  const display = `<span class="katex-display">${formula(1)}</span>`;
  assert.equal(keepLinesTogether(`<p>${display}。</p>`), `<p>${display}。</p>`);
  assert.equal(keepLinesTogether(`<p>${formula(1)}（注）</p>`), `<p>${formula(1)}（注）</p>`);
  assert.equal(keepLinesTogether(`<p>${formula(1)}and</p>`), `<p>${formula(1)}and</p>`);
  assert.equal(keepLinesTogether(`<pre>${formula(1)}。</pre>`), `<pre>${formula(1)}。</pre>`);
  const once = keepLinesTogether(`<p>${formula(2)}。</p>`);
  assert.equal(keepLinesTogether(once), once);
});
