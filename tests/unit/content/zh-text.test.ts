// Chinese typography the AutoCorrect lint (scripts/lint-zh.mjs) does not judge: brackets, quotation
// marks, emphasis that fails next to quotes, and source line breaks that become spaces.
import { test } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { pageSources, proseOf, lineAt } from './sources.ts';
import { avoidedTerms, glossary } from '../../../src/chapters/glossary.ts';

const han = '\\u3400-\\u9fff';
const rules: [string, RegExp][] = [
  ['ASCII bracket next to Chinese (use （）)', new RegExp(`[${han}]\\((?![-−]?\\d)|(?<![-−]?\\d)\\)[${han}]`, 'g')],
  ['ASCII , : ; ? ! next to Chinese (use full-width)', new RegExp(`[${han}][,:;?!]|[,:;?!][${han}]`, 'g')],
  ['straight double quotes around Chinese (use “”)', new RegExp(`"[^"\\n]*[${han}][^"\\n]*"`, 'g')],
  ['a quotation opened with ”', /(^|[\s（：，。；、])”/gm],
  ['*emphasis* against a quotation mark (it prints the asterisks)', /\*[“”‘’]|[“”‘’]\*/g],
  ['a line break inside a Chinese paragraph (it becomes a space)', new RegExp(`[${han}，。；：、]\\n(?![\\n#>|<$-]|\\s*[-*] |\\d+\\. )\\s*[${han}]`, 'g')],
  ['a space between Chinese characters', new RegExp(`[${han}] +[${han}]`, 'g')],
];

test('the zh pages write Chinese punctuation, quotes and line breaks by the usual rules', () => {
  const found: string[] = [];
  for (const { file, text } of pageSources('zh-cn')) {
    const prose = proseOf(text);
    for (const [what, re] of rules) {
      for (const m of prose.matchAll(re)) found.push(`${file}:${lineAt(prose, m.index!)}: ${what}: ${JSON.stringify(text.slice(Math.max(0, m.index! - 8), m.index! + 10))}`);
    }
    const open = (prose.match(/“/g) ?? []).length;
    const close = (prose.match(/”/g) ?? []).length;
    if (open !== close) found.push(`${file}: ${open} “ but ${close} ”`);
  }
  assert.deepEqual(found, []);
});

test('the zh pages write a link beside Chinese text by reference, so no ASCII ) ends up beside it', () => {
  // `[文字](../loss/)的` puts Markdown's ) against Chinese in the source; `[文字][loss]的` with a
  // `[loss]: ../loss/` line does not (the page is the same).
  const found: string[] = [];
  const inlineLinkThenChinese = new RegExp(`\\]\\([^)\\s]+\\)(?=[${han}，。：；？！、）])`, 'g');
  for (const { file, text } of pageSources('zh-cn')) {
    for (const m of text.matchAll(inlineLinkThenChinese)) found.push(`${file}:${lineAt(text, m.index!)}: ${JSON.stringify(text.slice(Math.max(0, m.index! - 12), m.index! + 24))}`);
  }
  assert.deepEqual(found, []);
});

/** The widgets' and the notebook's string tables (their Chinese halves are what the zh pages show). */
function stringTables(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const dir of readdirSync('components')) {
    const file = join('components', dir, 'strings.ts');
    if (existsSync(file)) out.push({ file, text: readFileSync(file, 'utf8') });
  }
  for (const file of [join('components', 'kit', 'messages.ts'), join('src', 'notebook', 'strings.ts')]) out.push({ file, text: readFileSync(file, 'utf8') });
  return out;
}

test('the zh pages and the widgets’ string tables use one Chinese term per idea (src/chapters/glossary.ts)', () => {
  const found: string[] = [];
  for (const { file, text } of [...pageSources('zh-cn'), ...stringTables()]) {
    for (const hit of avoidedTerms(text)) found.push(`${file}:${lineAt(text, hit.at)}: "${hit.term}" where the glossary says "${hit.use}"`);
  }
  assert.deepEqual(found, []);
});

test('the glossary gives each term once in each language', () => {
  const en = glossary.map((g) => g.en);
  const zh = glossary.map((g) => g.zh);
  assert.equal(new Set(en).size, en.length);
  assert.equal(new Set(zh).size, zh.length);
  assert.ok(glossary.some((g) => g.en === 'NaN' && g.zh === 'NaN' && g.note?.zh.includes('非数值')));
});
