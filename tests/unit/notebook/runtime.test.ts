import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInThisContext } from 'node:vm';
import * as forward from '../../../src/forward/index.ts';
import { compileCell } from '../../../src/notebook/compile.ts';
import { MAX_MESSAGE, Notebook } from '../../../src/notebook/runtime.ts';
import { runtimeStrings } from '../../../src/notebook/strings.ts';
import { viewText } from '../../../src/notebook/view.ts';

function notebook() {
  return new Notebook({
    forward: forward as unknown as Record<string, unknown>,
    evaluate: (source, filename) => runInThisContext(source, { filename }) as (...args: unknown[]) => unknown,
  });
}

function runAll(nb: Notebook, cells: string[]): string[] {
  return cells.map((code, i) => {
    const r = nb.run(i, compileCell(code));
    const text = r.entries.map((e) => `${e.kind}: ${viewText(e.view)}`).join(' | ');
    return r.error ? `${text}${text ? ' | ' : ''}error: ${r.error.message} @${r.error.line}:${r.error.column}` : text;
  });
}

test('Notebook.run shares top-level names with later cells', () => {
  const nb = notebook();
  assert.deepEqual(runAll(nb, ['import { sigmoid } from "forward";\nconst z: number = 0;', 'sigmoid(z)']), ['', 'result: 0.5']);
});

test('Notebook.run captures console calls in order, then the last value', () => {
  const nb = notebook();
  assert.deepEqual(runAll(nb, ['console.log("a", 1);\nconsole.warn([2]);\nconsole.error("c");\n3']), ['log: a 1 | warn: [2] | error: c | result: 3']);
});

test('Notebook.run replaces the names of a re-run cell and drops names it no longer declares', () => {
  const nb = notebook();
  runAll(nb, ['const a = 1; const gone = 2;']);
  assert.deepEqual(nb.names().sort(), ['a', 'gone']);
  nb.run(0, compileCell('const a = 10;'));
  assert.deepEqual(nb.names(), ['a']);
  assert.equal(nb.get('a'), 10);
});

test('Notebook.run keeps a let live: functions of one cell and assignments of another agree', () => {
  const nb = notebook();
  assert.deepEqual(runAll(nb, ['let count = 1;\nfunction inc() { return ++count; }', 'inc(); inc()', 'count', 'count = 10', 'inc()']),
    ['', 'result: 3', 'result: 3', 'result: 10', 'result: 11']);
});

test('Notebook.run refuses assignment to another cell\'s const', () => {
  const nb = notebook();
  assert.deepEqual(runAll(nb, ['const k = 1;', 'k = 2'])[1], 'error: TypeError: Assignment to constant variable. @1:3');
});

test('Notebook.run reports the reader\'s line and column, past the inserted result wrapper', () => {
  const nb = notebook();
  assert.deepEqual(runAll(nb, ['const a: number = 1;\n  const b = (a as any).x.y;']), ["error: TypeError: Cannot read properties of undefined (reading 'y') @2:26"]);
  assert.deepEqual(runAll(notebook(), ['missing + 1']), ['error: ReferenceError: missing is not defined @1:1']);
});

test('Notebook.run keeps output made before an error, and the error belongs to its cell only', () => {
  const nb = notebook();
  assert.deepEqual(runAll(nb, ['console.log("before");\nthrow new Error("boom");', '1 + 1']),
    ['log: before | error: Error: boom @2:7', 'result: 2']);
});

test('Notebook.run blocks document and localStorage with a clear message', () => {
  const nb = notebook();
  assert.match(runAll(nb, ['document.title'])[0], /document is not available in a code cell/);
  assert.match(runAll(nb, ['localStorage.getItem("x")'])[0], /localStorage is not available in a code cell/);
});

test('Notebook.run names a missing export of "forward"', () => {
  assert.match(runAll(notebook(), ['import { nope } from "forward";'])[0], /"forward" has no export named "nope"/);
});

test('Notebook.run draws plot(...) as an SVG and names bad input', () => {
  const nb = notebook();
  const r = nb.run(0, compileCell('plot({ x: [0, 1, 2], y: [0, 1, 4], title: "squares" })'));
  assert.equal(r.entries[0].kind, 'plot');
  assert.equal(typeof r.entries[0].view === 'object' && r.entries[0].view.tag, 'svg');
  assert.match(runAll(nb, ['plot({ x: [0, 1], y: [1] })'])[0], /plot: y\[0\] has length 1 \(expected 2/);
});

test('Notebook.run caps the number of output lines and counts the rest', () => {
  const r = notebook().run(0, compileCell('for (let i = 0; i < 250; i++) console.log(i);'));
  assert.equal(r.entries.length, 200);
  assert.equal(r.cut, 50);
});

test('Notebook.reset forgets every name', () => {
  const nb = notebook();
  runAll(nb, ['const a = 1;']);
  nb.reset();
  assert.match(runAll(nb, ['a'])[0], /a is not defined/);
});

test('errors of thrown non-Error values and hostile objects give a message and the reader\'s position', () => {
  const nb = notebook();
  assert.deepEqual(runAll(nb, [
    'const a = 1;\n  throw 5;',
    'throw { get message(): string { throw new Error("no"); }, get name(): string { throw 1; } };',
  ]), [
    'error: Uncaught 5 @2:9',
    'error: Error: undefined @1:7',
  ]);
  const text = nb.run(2, compileCell('throw "x".repeat(5000);')).error!;
  assert.equal(text.message, `Uncaught "${'x'.repeat(MAX_MESSAGE - 10)}… (4012 characters)`);
  const long = nb.run(3, compileCell('throw new Error("y".repeat(3e6));')).error!;
  assert.ok(long.message.length < 1100 && long.message.startsWith('Error: yyy'));
  assert.deepEqual([long.line, long.column], [1, 7]);
});

test('columns after constructor parameter properties map back to the reader\'s TypeScript', () => {
  const nb = notebook();
  assert.deepEqual(runAll(nb, [
    'class P { constructor(public x: number, private y: string) {} m() { return (null as any).z; } }\nnew P(1, "a").m()',
  ]), ["error: TypeError: Cannot read properties of null (reading 'z') @1:90"]);
});

test('top-level await is refused at its position; describe and cellOf name the cell of a later error', () => {
  assert.throws(() => compileCell('const v = await Promise.resolve(1);'), (e: Error & { line: number; column: number }) =>
    /await at the top level of a cell is not supported/.test(e.message) && e.line === 1 && e.column === 11);
  assert.doesNotThrow(() => compileCell('const f = async () => await 1;\nfor (const x of [1]) x'));
  const nb = notebook();
  nb.run(0, compileCell('const a = 1;'));
  nb.run(1, compileCell('function later() {\n  return new RangeError("late");\n}'));
  const late = (nb.get('later') as () => Error)();
  assert.equal(nb.cellOf(late), 1);
  assert.deepEqual(nb.describe(late, 1), { message: 'RangeError: late', line: 2, column: 10 });
  assert.equal(nb.cellOf(42), null);
});

test('a Notebook given Chinese strings writes its own messages in Chinese', () => {
  const nb = new Notebook({
    forward: forward as unknown as Record<string, unknown>,
    strings: runtimeStrings('zh-cn'),
    evaluate: (source, filename) => runInThisContext(source, { filename }) as (...args: unknown[]) => unknown,
  });
  assert.deepEqual(runAll(nb, ['localStorage.getItem("x")', 'import { nothing } from "forward";', 'plot(1)']), [
    'error: Error: 代码单元中不能使用 localStorage：单元与页面隔离运行（没有 DOM，也没有存储） @1:14',
    'error: Error: “forward”没有名为“nothing”的导出 @1:10',
    'error: Error: plot：应传入 { x: number[], y: number[] | number[][] }，或一个函数和一个范围，例如 plot(sigmoid, [-6, 6]) @1:1',
  ]);
});

test('a Notebook given Chinese strings captions matrices and notes cut console lines in Chinese', () => {
  const nb = new Notebook({
    forward: forward as unknown as Record<string, unknown>,
    strings: runtimeStrings('zh-cn'),
    evaluate: (source, filename) => runInThisContext(source, { filename }) as (...args: unknown[]) => unknown,
  });
  assert.deepEqual(runAll(nb, [
    'import { Matrix } from "forward";\nnew Matrix(20, 2)',
    'console.log(...Array.from({ length: 25 }, (_, i) => i))',
    'console.log("x".repeat(4010))',
  ]).map((s) => s.replace(/x{20,}/, 'x…x')), [
    `result: 矩阵 20×2${'00'.repeat(12)}… 还有 8 行`,
    'log: 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 …（还有 5 个参数未显示）',
    'log: x…x…（已截断：还有 1 个字符）',
  ]);
  assert.deepEqual(runAll(nb, ['throw 5;', 'console.log(Array.from({ length: 60 }, (_, i) => i))']).map((s) => s.replace(/\d+(, \d+)+/, '0…49')), [
    'error: 未捕获的异常：5 @1:7',
    'log: [0…49, … 还有 10 项]',
  ]);
});
