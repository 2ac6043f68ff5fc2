// Chapter numbers come from the reading order (src/chapters/index.ts): the sidebar middleware numbers
// every chapter's label, so a page's own sidebar label carries no typed "N. " that could go stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageSources } from './sources.ts';

test('no sidebar label in a page\'s frontmatter types its own chapter number', () => {
  const found: string[] = [];
  let labels = 0;
  for (const { file, text } of [...pageSources('en'), ...pageSources('zh-cn')]) {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    const label = /^\s+label:\s*(.*)$/m.exec(front.split(/^sidebar:\s*$/m)[1] ?? '')?.[1];
    if (label === undefined) continue;
    labels += 1;
    if (/^['"]?\d+\.\s/.test(label)) found.push(`${file}: ${label}`);
  }
  assert.ok(labels >= 24, `found ${labels} sidebar labels`);
  assert.deepEqual(found, []);
});

test('every "next chapter" link points to the chapter that follows in the reading order', async () => {
  const { readFileSync } = await import('node:fs');
  const { chapterSlugs } = await import('../../../src/chapters/index.ts');
  const { markdownLinks } = await import('./sources.ts');
  const words: Record<string, RegExp> = { en: /^next chapter$/i, 'zh-cn': /^下一章$/ };
  const found: string[] = [];
  let links = 0;
  chapterSlugs.forEach((slug, i) => {
    for (const locale of ['en', 'zh-cn']) {
      const text = readFileSync(`content/docs/${locale}/${slug}.mdx`, 'utf8');
      for (const link of markdownLinks(text).filter((l) => words[locale].test(l.text))) {
        links += 1;
        const target = /^\.\.\/([a-z-]+)\/$/.exec(link.url)?.[1];
        if (target !== chapterSlugs[i + 1]) found.push(`${locale}/${slug}: next chapter is ${chapterSlugs[i + 1]}, the link goes to ${link.url}`);
      }
    }
  });
  assert.ok(links >= 16, `found ${links} "next chapter" links`);
  assert.deepEqual(found, []);
});
