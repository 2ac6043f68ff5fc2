import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { tokenizer } from 'acorn';
import { compileCell, CompileError } from '../../../src/notebook/compile.ts';
import { mapColumn } from '../../../src/notebook/positions.ts';
import { stripTypes } from '../../../src/notebook/strip.ts';

const dir = new URL('./golden/', import.meta.url);
const inputs = readdirSync(dir).filter((f) => f.endsWith('.ts'));

for (const name of inputs) {
  test(`stripTypes(golden/${name}) equals golden/${name.replace(/\.ts$/, '.js')} exactly`, () => {
    const ts = readFileSync(new URL(name, dir), 'utf8');
    const js = stripTypes(ts);
    const expectedFile = new URL(name.replace(/\.ts$/, '.js'), dir);
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedFile, js);
    assert.equal(js, readFileSync(expectedFile, 'utf8'));
  });

  test(`stripTypes(golden/${name}) keeps every identifier and literal at its line and column`, () => {
    const ts = readFileSync(new URL(name, dir), 'utf8');
    const js = stripTypes(ts);
    assert.equal(js.split('\n').length, ts.split('\n').length);
    const tsLines = ts.split('\n');
    for (const tok of tokenizer(js, { ecmaVersion: 'latest', sourceType: 'module', locations: true })) {
      const text = js.slice(tok.start, tok.end);
      if (!/^[\p{L}\w$"'`]/u.test(text)) continue; // punctuation may move within removed type text
      const { line, column } = tok.loc!.start;
      assert.equal(tsLines[line - 1].slice(column, column + text.length), text, `token ${text} at ${line}:${column + 1}`);
    }
  });
}

test('compileCell(code) rewrites imports from "forward" in place and records the result shift', () => {
  const c = compileCell('import { a, b as c } from "forward";\nconst x: number = 1;\nx + 1');
  assert.equal(c.js, 'const  { a, b :  c } =    __forward;\nconst x         = 1;\n__nb$.v=(x + 1)');
  assert.deepEqual(c.declared, [{ name: 'a', kind: 'const' }, { name: 'c', kind: 'const' }, { name: 'x', kind: 'const' }]);
  assert.equal(c.hasResult, true);
  assert.deepEqual(c.shifts, [{ line: 3, column: 0, delta: 9 }, { line: 3, column: 5, delta: 1 }]);
});

test('compileCell(code) lists let, var, function, class and destructured names', () => {
  const c = compileCell('let a = 1; var b = 2;\nfunction f() {}\nclass K {}\nconst { p, q: [r] } = { p: 1, q: [2] };');
  assert.deepEqual(c.declared.map((d) => `${d.kind} ${d.name}`), ['let a', 'let b', 'let f', 'let K', 'const p', 'const r']);
  assert.equal(c.hasResult, false);
});

test('compileCell(code) refuses other modules, naming the module and the line', () => {
  assert.throws(() => compileCell('const a = 1;\nimport { x } from "fs";'), (e: unknown) =>
    e instanceof CompileError && /Cannot import "fs"/.test(e.message) && e.line === 2 && e.column === 19);
});

test('compileCell(code) reports a syntax error at its line and column', () => {
  assert.throws(() => compileCell('const ok = 1;\nlet x: number = (;'), (e: unknown) => e instanceof CompileError && e.line === 2 && e.column === 18);
});

test('mapColumn(shifts, line, column) undoes the inserted text', () => {
  const shifts = [{ line: 3, column: 0, delta: 9 }, { line: 3, column: 5, delta: 1 }];
  assert.equal(mapColumn(shifts, 3, 9), 0); // first character of the expression
  assert.equal(mapColumn(shifts, 3, 13), 4);
  assert.equal(mapColumn(shifts, 3, 4), 0); // inside the inserted text
  assert.equal(mapColumn(shifts, 2, 7), 7); // another line
});

test('stripTypesWithShifts records the code constructor parameter properties add, and formatConsole joins a call', async () => {
  const { stripTypesWithShifts } = await import('../../../src/notebook/strip.ts');
  const { formatConsole } = await import('../../../src/notebook/format.ts');
  const { js, shifts } = stripTypesWithShifts('class P { constructor(public x: number) {} }');
  assert.deepEqual(shifts, [{ line: 1, column: 41, delta: 12 }]);
  assert.ok(js.includes('{;this.x = x;}'));
  assert.equal(formatConsole(['z =', 1]), 'z = 1');
  assert.equal(formatConsole(Array.from({ length: 25 }, (_, i) => i)), '0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 … (5 more arguments not shown)');
});
