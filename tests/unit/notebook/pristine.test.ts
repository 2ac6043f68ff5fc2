// A cell that replaces a built-in breaks at most itself: the runtime (setting up runs, formatting,
// describing errors) works on the built-ins recorded before any cell ran (pristine.ts), and a thrown
// value, however hostile, is described at once and never makes describe() throw.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInThisContext } from 'node:vm';
import * as forward from '../../../src/forward/index.ts';
import { compileCell } from '../../../src/notebook/compile.ts';
import { pristine } from '../../../src/notebook/pristine.ts';
import { Notebook } from '../../../src/notebook/runtime.ts';
import { viewText } from '../../../src/notebook/view.ts';

const { guard } = pristine(globalThis);

function notebook(withGuard = true) {
  return new Notebook({
    forward: forward as unknown as Record<string, unknown>,
    evaluate: (source, filename) => runInThisContext(source, { filename }) as (...args: unknown[]) => unknown,
    guard: withGuard ? guard : undefined,
  });
}

const text = (r: ReturnType<Notebook['run']>) => {
  const out = r.entries.map((e) => `${e.kind}: ${viewText(e.view)}`).join(' | ');
  return r.error ? `${out}${out ? ' | ' : ''}error: ${r.error.message}` : out;
};

// Built-ins a cell may break, each as the cell would (the breaking cell runs inside the notebook).
const breakers: string[] = [
  '(Array.prototype as any).map = undefined;',
  '(Array.prototype as any).filter = 5;',
  '(Array.prototype as any).join = () => { throw new Error("join"); };',
  '(Array.prototype as any)[Symbol.iterator] = function* () { throw new Error("iter"); };',
  '(Object as any).fromEntries = () => { throw new Error("fromEntries"); };',
  '(Object as any).entries = undefined;',
  '(globalThis as any).Set = undefined;',
  '(globalThis as any).Map = function () { throw new Error("Map"); };',
  '(Map.prototype as any).get = undefined;',
  '(Set.prototype as any).has = () => { throw 1; };',
  '(globalThis as any).JSON = undefined;',
  '(JSON as any).stringify = () => { throw new Error("JSON"); };',
  '(Promise.prototype as any).then = undefined;',
  '(String.prototype as any).slice = undefined;',
  '(RegExp.prototype as any).exec = () => { throw 1; };',
  '(Number as any).isInteger = () => false;',
  '(Function.prototype as any).call = undefined;',
  'Object.defineProperty(Object.prototype, "kind", { get() { throw new Error("kind"); }, configurable: true });',
];

for (const breaker of breakers) {
  test(`a cell that runs ${breaker} breaks at most itself: later cells run, with real output and errors`, () => {
    const nb = notebook();
    // Compiled first: in the browser the page compiles, in another realm than the one the cells break.
    const [first, broken, later, thrower] = ['const a = [1, 2, 3];\nconsole.log("before", { a });', breaker,
      'console.log("x", [a.length]);\n"ok"', 'throw new TypeError("real cause");'].map((code) => compileCell(code));
    const raw: ReturnType<Notebook['run']>[] = [];
    try {
      raw[0] = nb.run(0, first);
      nb.run(1, broken);
      // The runtime around the next cells is unaffected: names, output, results and errors.
      raw[1] = nb.run(2, later);
      raw[2] = nb.run(3, thrower);
    } finally {
      restoreAll();
    }
    const results = raw.map(text);
    assert.equal(results[0], 'log: before { a: [1, 2, 3] }');
    assert.equal(results[1], 'log: x [3] | result: "ok"');
    assert.match(results[2], /error: TypeError: real cause$/);
  });
}

// What the cells above break, recorded now and put back with indexed loops and captured functions only
// (a broken Array iterator must not stop the repair).
const ownKeys = Reflect.ownKeys;
const define = Reflect.defineProperty;
const remove = Reflect.deleteProperty;
const describeKey = Reflect.getOwnPropertyDescriptor;
const records: { o: object; keys: PropertyKey[]; descs: (PropertyDescriptor | undefined)[] }[] = [];
for (const o of [Array.prototype, Object, globalThis, Map.prototype, Set.prototype, JSON, Promise.prototype, String.prototype,
  RegExp.prototype, Number, Function.prototype, Object.prototype]) {
  const keys = ownKeys(o);
  records.push({ o, keys, descs: keys.map((k) => describeKey(o, k)) });
}
function restoreAll() {
  for (let r = 0; r < records.length; r++) {
    const { o, keys, descs } = records[r];
    for (let i = 0; i < keys.length; i++) if (descs[i]) define(o, keys[i], descs[i]!);
    if (o === globalThis) continue;
    const now = ownKeys(o);
    for (let i = 0; i < now.length; i++) {
      let known = false;
      for (let k = 0; k < keys.length; k++) if (keys[k] === now[i]) known = true;
      if (!known) remove(o, now[i]);
    }
  }
}

test('without the guard the same breakage is still an immediate error of the cell, never a throw out of run()', () => {
  const nb = notebook(false);
  const [breaker, next] = ['(Array.prototype as any).map = undefined;', '1'].map((code) => compileCell(code));
  let r;
  try {
    nb.run(0, breaker);
    r = nb.run(1, next);
  } finally {
    restoreAll();
  }
  assert.ok(r.error && typeof r.error.message === 'string');
});

// Thrown values hostile to every way of looking at them.
const traps = ['get', 'has', 'getPrototypeOf', 'ownKeys', 'getOwnPropertyDescriptor', 'apply', 'construct', 'set', 'defineProperty', 'deleteProperty', 'isExtensible', 'preventExtensions', 'setPrototypeOf'];
function hostile(): unknown[] {
  const all = Object.fromEntries(traps.map((t) => [t, () => { throw 1; }]));
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const values: unknown[] = [
    new Proxy({}, { has() { throw 1; } }),
    new Proxy({}, all),
    new Proxy(function () { /* callable */ }, all),
    new Proxy(new Error('x'), all),
    revocable.proxy,
    { get message() { throw 1; }, get name() { throw 2; }, get stack() { throw 3; } },
    { message: { toString() { throw 1; }, [Symbol.toPrimitive]() { throw 2; } } },
    { [Symbol.toPrimitive]() { throw 1; }, toString() { throw 2; }, valueOf() { throw 3; } },
    Object.create(null),
    Object.create(new Proxy({}, all)),
    Symbol('s'),
    10n ** 500n,
    'x'.repeat(1e6),
    (() => { const e = new Error('e'); Object.defineProperty(e, 'name', { get() { throw 1; } }); return e; })(),
    (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })(),
  ];
  for (const t of traps) values.push(new Proxy({}, { [t]() { throw 1; } }));
  return values;
}

test('describe() never throws, for any hostile thrown value, and says what was thrown', () => {
  const nb = notebook();
  for (const v of hostile()) {
    const d = nb.describe(v, 0);
    assert.equal(typeof d.message, 'string');
    assert.ok(d.message.length > 0 && d.message.length < 1100);
  }
});

test('a thrown hostile Proxy is an immediate "Uncaught …" error of its cell, and the next cell runs', () => {
  const nb = notebook();
  const r = nb.run(0, compileCell('throw new Proxy({}, { has() { throw 1; } });'));
  assert.ok(r.error);
  assert.match(r.error.message, /^Uncaught /);
  const all = traps.map((t) => `${t}() { throw 1; }`).join(', ');
  assert.match(nb.run(1, compileCell(`throw new Proxy({}, { ${all} });`)).error!.message, /^Uncaught /);
  assert.equal(text(nb.run(2, compileCell('1 + 1'))), 'result: 2');
});
