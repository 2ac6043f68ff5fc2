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
  const words: Record<string, RegExp> = { en: /\[next chapter\]\(\.\.\/([a-z-]+)\/\)/gi, 'zh-cn': /\[下一章\]\(\.\.\/([a-z-]+)\/\)/g };
  const found: string[] = [];
  let links = 0;
  chapterSlugs.forEach((slug, i) => {
    for (const locale of ['en', 'zh-cn']) {
      const text = readFileSync(`content/docs/${locale}/${slug}.mdx`, 'utf8');
      for (const m of text.matchAll(words[locale])) {
        links += 1;
        if (m[1] !== chapterSlugs[i + 1]) found.push(`${locale}/${slug}: next chapter is ${chapterSlugs[i + 1]}, the link goes to ${m[1]}`);
      }
    }
  });
  assert.ok(links >= 16, `found ${links} "next chapter" links`);
  assert.deepEqual(found, []);
});
