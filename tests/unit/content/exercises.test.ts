// Every <Exercise> in the pages' sources gives its hint and its solution as blocks: a one-line
// <Fragment slot="…">…</Fragment> is inline text to MDX, so the slot arrives empty and the hint is
// printed inside the question. (components/kit/Exercise.astro also refuses to build without them.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageSources, lineAt } from './sources.ts';

test('every exercise has a hint block and a solution block', () => {
  const found: string[] = [];
  let count = 0;
  for (const { file, text } of [...pageSources('en'), ...pageSources('zh-cn')]) {
    for (const m of text.matchAll(/<Exercise\b[\s\S]*?<\/Exercise>/g)) {
      count += 1;
      const where = `${file}:${lineAt(text, m.index!)}`;
      const body = m[0];
      for (const slot of ['hint', 'solution']) {
        const block = new RegExp(`\\n\\n<Fragment slot="${slot}">\\n[\\s\\S]*?\\S[\\s\\S]*?\\n</Fragment>\\n`).test(body);
        if (!block) found.push(`${where}: no ${slot} block (<Fragment slot="${slot}"> and </Fragment> on lines of their own, a blank line before)`);
      }
      if (/<Fragment slot="[^"]*">[^\n]*\S[^\n]*<\/Fragment>/.test(body)) found.push(`${where}: a one-line <Fragment> slot`);
    }
  }
  assert.ok(count >= 20, `found ${count} exercises`);
  assert.deepEqual(found, []);
});
