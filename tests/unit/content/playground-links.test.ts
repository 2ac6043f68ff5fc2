// The chapters whose ideas the Playground shows (units as pictures, a linear stack's straight boundary,
// more units bending the boundary, the trial button's hill climb) each send the reader there once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('network, pitfalls, approximation and learning link to the Playground in both locales', () => {
  for (const slug of ['network', 'pitfalls', 'approximation', 'learning']) {
    for (const [locale, name] of [['en', 'Playground'], ['zh-cn', '演练场']]) {
      const text = readFileSync(`content/docs/${locale}/${slug}.mdx`, 'utf8');
      const links = [...text.matchAll(/\[([^\]]+)\]\(\.\.\/playground\/\)/g)];
      assert.equal(links.length, 1, `${locale}/${slug}: ${links.length} links to the Playground`);
      assert.equal(links[0][1], name, `${locale}/${slug}: link text`);
    }
  }
});
