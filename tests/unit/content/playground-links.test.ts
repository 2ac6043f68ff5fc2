// The chapters whose ideas the Playground shows (units as pictures, a linear stack's straight boundary,
// more units bending the boundary, the trial button's hill climb) each send the reader there once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('network, pitfalls, approximation and learning link to the Playground in both locales', () => {
  for (const slug of ['network', 'pitfalls', 'approximation', 'learning']) {
    for (const [locale, name] of [['en', 'Playground'], ['zh-cn', '演练场']]) {
      const text = readFileSync(`content/docs/${locale}/${slug}.mdx`, 'utf8');
      const links = linksTo(text, '../playground/');
      assert.equal(links.length, 1, `${locale}/${slug}: ${links.length} links to the Playground`);
      assert.equal(links[0], name, `${locale}/${slug}: link text`);
    }
  }
});

/**
 * The texts of the Markdown links in `text` that point at `url`, written inline, `[text](url)`, or by
 * reference, `[text][label]` with `[label]: url` on a line of its own (how the zh chapters write
 * links, so that no ASCII bracket sits beside Chinese text).
 */
function linksTo(text: string, url: string): string[] {
  const labels = new Set([...text.matchAll(/^\[([^\]]+)\]: (\S+)$/gm)].filter((m) => m[2] === url).map((m) => m[1]));
  const inline = [...text.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)].filter((m) => m[2] === url).map((m) => m[1]);
  const byReference = [...text.matchAll(/\[([^\]]+)\]\[([^\]]+)\]/g)].filter((m) => labels.has(m[2])).map((m) => m[1]);
  return [...inline, ...byReference];
}

test('linksTo reads inline and reference links', () => {
  const text = 'See [the Playground](../playground/) and [演练场][playground].\n\n[playground]: ../playground/\n';
  assert.deepEqual(linksTo(text, '../playground/'), ['the Playground', '演练场']);
  assert.deepEqual(linksTo(text, '../loss/'), []);
});
