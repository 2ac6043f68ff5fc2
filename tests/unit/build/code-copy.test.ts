import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COPY_SCRIPT, blockLocale, SCROLL_STOP_SCRIPT, createRendererWithLightScripts, isObservingScript } from '../../../src/build/code-copy.ts';
import { LOCALE_LANGS } from '../../../src/build/locales.ts';

test('blockLocale reads the locale from a chapter file path', () => {
  assert.equal(blockLocale(LOCALE_LANGS, '/work/site/content/docs/zh-cn/neuron.mdx'), 'zh-CN');
  assert.equal(blockLocale(LOCALE_LANGS, '/work/site/content/docs/en/neuron.mdx'), 'en');
  assert.equal(blockLocale(LOCALE_LANGS, 'C:\\site\\content\\docs\\zh-cn\\loss.mdx'), 'zh-CN');
  assert.equal(blockLocale(LOCALE_LANGS, '/work/site/src/pages/index.astro'), undefined);
});

test('blockLocale reads the locale from a page address under the sub-path, before the file path', () => {
  assert.equal(blockLocale(LOCALE_LANGS, '', new URL('http://localhost:4321/forward-step-by-step/zh-cn/neuron/')), 'zh-CN');
  assert.equal(blockLocale(LOCALE_LANGS, '', new URL('https://example.org/en/loss/')), 'en');
  assert.equal(blockLocale(LOCALE_LANGS, '/x/content/docs/en/a.mdx', new URL('file:///x/content/docs/zh-cn/a.mdx')), 'en');
  assert.equal(blockLocale(LOCALE_LANGS, '', new URL('https://example.org/forward-step-by-step/')), undefined);
});

test('the renderer keeps the copy button but replaces Expressive Code\'s observing scripts', async () => {
  const renderer = await createRendererWithLightScripts({ themes: ['github-dark'] });
  assert.deepEqual(renderer.jsModules.toSorted(), [COPY_SCRIPT, SCROLL_STOP_SCRIPT].toSorted());
  assert.equal(renderer.jsModules.filter(isObservingScript).length, 0);
  for (const code of renderer.jsModules) assert.doesNotMatch(code, /MutationObserver/);
  const { renderedGroupAst } = await renderer.ec.render({ code: 'const a = 1;\nconst b = 2;', language: 'ts' });
  const html = JSON.stringify(renderedGroupAst);
  // The markup the script reads: the code (line breaks as U+007F), the note's text and the live box.
  assert.ok(html.includes('"title":"Copy to clipboard","dataCopied":"Copied!","dataCode":"const a = 1;\u007fconst b = 2;"'));
  assert.ok(html.includes('"ariaLive":"polite"'));
});

test('the copy script registers one document-level listener and observes nothing', () => {
  assert.equal(COPY_SCRIPT.match(/addEventListener/g)?.length, 1);
  assert.match(COPY_SCRIPT, /^document\.addEventListener\('click'/);
  assert.doesNotMatch(COPY_SCRIPT, /MutationObserver|querySelectorAll/);
});
