// The chapters whose ideas the Playground shows (units as pictures, a linear stack's straight boundary,
// more units bending the boundary, the trial button's hill climb) each send the reader there once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { markdownLinks } from './sources.ts';

test('network, pitfalls, approximation and learning link to the Playground in both locales', () => {
  for (const slug of ['network', 'pitfalls', 'approximation', 'learning']) {
    for (const [locale, name] of [['en', 'Playground'], ['zh-cn', '演练场']]) {
      const text = readFileSync(`content/docs/${locale}/${slug}.mdx`, 'utf8');
      const links = markdownLinks(text).filter((l) => l.url === '../playground/').map((l) => l.text);
      assert.equal(links.length, 1, `${locale}/${slug}: ${links.length} links to the Playground`);
      assert.equal(links[0], name, `${locale}/${slug}: link text`);
    }
  }
});

test('markdownLinks reads inline and reference links, in order', () => {
  const text = 'See [the Playground](../playground/) and [演练场][playground], not ![a picture](x.png).\n\n[playground]: ../playground/\n';
  assert.deepEqual(markdownLinks(text), [{ text: 'the Playground', url: '../playground/' }, { text: '演练场', url: '../playground/' }]);
});
