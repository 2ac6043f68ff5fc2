// No page computes: values come from src/chapters/<slug>.ts, and an MDX page keeps prose, formulas and
// components. Outside fenced code blocks (the code cells), a page may not define values or functions
// (`export const`, `export function`), write an arrow function, or call .map/.filter/.reduce/.join.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineAt } from './sources.ts';

const rules: [RegExp, string][] = [
  [/\bexport\s+(const|let|function)\b/g, 'defines a value or function'],
  [/=>/g, 'an arrow function'],
  [/\.(map|filter|reduce|join)\s*\(/g, 'computes a list'],
];

/** Findings "line: what" for one page's source; fenced code blocks and inline code are not read. */
function computingIn(text: string): string[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const outside = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, blank).replace(/`[^`\n]*`/g, (m) => (m.includes('${') ? m : blank(m)));
  const found: string[] = [];
  for (const [re, what] of rules) {
    for (const m of outside.matchAll(re)) found.push(`${lineAt(text, m.index!)}: ${what} (${m[0]})`);
  }
  return found;
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );
}

test('the check finds each kind of computing and ignores code cells and inline code', () => {
  const page = [
    'export const facts = digitFacts();',
    'See {link(\'learning\', \'the next chapter\')} and {rows.map((r) => r.x)}.',
    'Shapes: {shapes.join(\', \')}; {xs.filter(Boolean).length}; {xs.reduce(sum, 0)}.',
    'export function f(v) { return v; }',
    '```ts cell',
    'const ys = xs.map((x) => x * 2).join(", ");',
    '```',
    'In code, `xs.map((x) => 2 * x)` doubles every entry.',
  ].join('\n');
  assert.deepEqual(computingIn(page), [
    '1: defines a value or function (export const)',
    '4: defines a value or function (export function)',
    '2: an arrow function (=>)',
    '2: computes a list (.map()',
    '3: computes a list (.join()',
    '3: computes a list (.filter()',
    '3: computes a list (.reduce()',
  ]);
});

test('no MDX page computes outside its code cells', () => {
  const files = mdxFiles(join('content', 'docs'));
  assert.ok(files.length >= 30, `found ${files.length} pages`);
  const found = files.flatMap((file) => computingIn(readFileSync(file, 'utf8')).map((f) => `${file}:${f}`));
  assert.deepEqual(found, []);
});
