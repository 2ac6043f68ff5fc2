// Every page follows the notation table (src/chapters/notation.ts): layers as bracketed superscripts
// (W^{[l]}, never W_1, W1 or W[l]), the loss as \mathcal{L} (plain L counts layers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageSources, mathOf, withoutInterpolations } from './sources.ts';
import { notation } from '../../../src/chapters/notation.ts';

const wrong: [string, RegExp][] = [
  ['a layer written as a subscript (write W^{[l]})', /(?<![\\\w])(W|\\mathbf\{b\}|b)_\{?(\d|l|L)\b/],
  ['a layer glued to the letter (write W^{[1]})', /(?<![\\\w])W\d/],
  ['a layer in code brackets (write W^{[l]}_{ij})', /(?<![\\\w])[Wbza]_?\d?\[\d/],
  ['a plain L for the loss (write \\mathcal{L})', /(?<![\\\w{])L_\{?\\text|(?<![\\\w{])L\s*=\s*-|(?<![\\\w{])L_\{?(MSE|CE|BCE)/],
];

function chapterTexStrings(): { file: string; tex: string }[] {
  const out: { file: string; tex: string }[] = [];
  for (const f of readdirSync(join('src', 'chapters')).filter((n) => n.endsWith('.ts'))) {
    const src = readFileSync(join('src', 'chapters', f), 'utf8');
    for (const m of src.matchAll(/`([^`]*\\\\[^`]*)`/g)) out.push({ file: join('src', 'chapters', f), tex: withoutInterpolations(m[1]).replace(/\\\\/g, '\\') });
  }
  return out;
}

test('formulas on every page and in every chapter module follow the notation table', () => {
  const found: string[] = [];
  const all = [
    ...['en', 'zh-cn'].flatMap((l) => pageSources(l).flatMap(({ file, text }) => mathOf(text).map((tex) => ({ file, tex })))),
    ...chapterTexStrings(),
  ];
  assert.ok(all.length > 100);
  for (const { file, tex } of all) {
    for (const [what, re] of wrong) {
      const m = re.exec(tex);
      if (m) found.push(`${file}: ${what}: "${tex.slice(Math.max(0, m.index - 10), m.index + 20)}"`);
    }
  }
  assert.deepEqual(found, []);
});

test('the notation table writes layers and the loss as the pages do', () => {
  const symbols = notation.map((n) => n.tex);
  assert.ok(symbols.includes('W^{[l]}'));
  assert.ok(symbols.includes('\\mathcal{L}'));
  assert.ok(symbols.includes('a^{[0]} = \\mathbf{x}'));
  for (const { tex } of notation) for (const [, re] of wrong) assert.doesNotMatch(tex, re);
});
