// The memory meter: every buffer route is metered at its source, and the meter holds across runs (it is
// never reset by a run: only a fresh worker starts at zero). Routes are tried in a fresh vm context
// metered like the worker's global; sizes past the cap are refused before anything is allocated.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, runInContext } from 'node:vm';
import { bytesOf, charge, MEMORY_CAP, memoryInUse, meterMemory, resetMemory } from '../../../src/notebook/memory.ts';

const MB = 2 ** 20;

/** A fresh global with metered buffers, and how many times the cap was hit. */
function metered() {
  // Node's vm contexts have no TextEncoder: a subclass of the host's, so metering it leaves the host's alone.
  const context = createContext({ TextEncoder: class extends TextEncoder { override encode(text?: string) { return super.encode(text); } } });
  const global = runInContext('globalThis', context) as Record<string, unknown>;
  // A stand-in for WebAssembly.Memory: Node's contexts share the host's WebAssembly object.
  const caps = { hit: 0 };
  meterMemory(global, (mb) => `memory cap: ${mb} MB`, () => { caps.hit++; });
  const run = (code: string) => runInContext(code, context);
  return { run, caps };
}

test('bytesOf counts a constructor call, e.g. a length or an array-like', () => {
  assert.equal(bytesOf(8, [10]), 80);
  assert.equal(bytesOf(4, [[1, 2]]), 8);
  assert.equal(bytesOf(8, [new ArrayBuffer(16)]), 0);
  assert.equal(bytesOf(1, ['x']), 0);
  assert.equal(bytesOf(1, [new Proxy({}, { get() { throw 1; } })]), 0);
});

test('charge throws past MEMORY_CAP and does not count what it refused', () => {
  resetMemory();
  charge(MEMORY_CAP);
  assert.throws(() => charge(1), /memory cap: the cells on this page would hold more than 512 MB/);
  assert.equal(memoryInUse(), MEMORY_CAP);
  resetMemory();
});

// Every route that grew past the cap in the review, and the others of its kind.
const routes: [string, string][] = [
  ['a resizable ArrayBuffer resized', 'const b = new ArrayBuffer(1, { maxByteLength: 2 ** 31 }); b.resize(1.5 * 2 ** 30);'],
  ['ArrayBuffer.prototype.transfer(n)', 'new ArrayBuffer(8).transfer(600 * 2 ** 20);'],
  ['ArrayBuffer.prototype.transferToFixedLength(n)', 'new ArrayBuffer(8).transferToFixedLength(600 * 2 ** 20);'],
  ['a typed array', 'new Float64Array(100 * 2 ** 20);'],
  ['a typed array from an array-like', 'new Uint8Array({ length: 600 * 2 ** 20 });'],
  ['a typed array\'s constructor property', 'new (new Uint8Array(1).constructor)(600 * 2 ** 20);'],
  ['a buffer\'s constructor property', 'new (new Uint8Array(1).buffer.constructor)(600 * 2 ** 20);'],
  ['a subclass', 'class Big extends Uint8Array {}\nnew Big(600 * 2 ** 20);'],
  ['TypedArray.from', 'Uint8Array.from({ length: 600 * 2 ** 20 });'],
];
for (const [name, code] of routes) {
  test(`meterMemory refuses ${name} past the cap before allocating, and reports the cap`, () => {
    resetMemory();
    const { run, caps } = metered();
    assert.throws(() => run(code), (e: Error) => e.name === 'RangeError' && /memory cap: 512 MB/.test(e.message));
    assert.equal(caps.hit, 1);
    assert.ok(memoryInUse() < MEMORY_CAP);
    resetMemory();
  });
}

test('the meter holds across runs: what earlier runs keep counts against later ones', () => {
  resetMemory();
  const { run, caps } = metered();
  run('globalThis.keepA = new Uint8Array(200 * 2 ** 20);'); // "run 1"
  run('globalThis.keepB = new Uint8Array(200 * 2 ** 20);'); // "run 2"
  assert.ok(memoryInUse() >= 400 * MB);
  assert.throws(() => run('globalThis.keepC = new Uint8Array(200 * 2 ** 20);'), /memory cap/); // "run 3"
  assert.equal(caps.hit, 1);
  run('globalThis.keepA = globalThis.keepB = null;');
  resetMemory();
});

test('growth by small steps (as a timer would do after the run) is refused at the cap', () => {
  resetMemory();
  const { run } = metered();
  run('globalThis.b = new ArrayBuffer(0, { maxByteLength: 2 ** 31 });');
  assert.throws(() => run('for (let n = 1; ; n++) b.resize(n * 64 * 2 ** 20);'), /memory cap/);
  assert.ok(memoryInUse() <= MEMORY_CAP);
  run('globalThis.b = null;');
  resetMemory();
});

test('copies made without the species constructor are metered: toReversed, toSorted, with, TextEncoder.encode', () => {
  resetMemory();
  const { run } = metered();
  run('globalThis.a = new Uint8Array(300 * 2 ** 20);');
  for (const code of ['a.toReversed()', 'a.toSorted()', 'a.with(0, 1)', 'a.slice()', 'a.map((x) => x)', 'a.buffer.slice(0)']) {
    assert.throws(() => run(code), /memory cap/, code);
  }
  charge(MEMORY_CAP - memoryInUse() - 10);
  assert.throws(() => run('new TextEncoder().encode("x".repeat(1000))'), /memory cap/);
  run('globalThis.a = null;');
  resetMemory();
});

test('a resized buffer that shrinks, and a transferred one, are given back', () => {
  resetMemory();
  const { run } = metered();
  run('globalThis.b = new ArrayBuffer(0, { maxByteLength: 2 ** 30 }); b.resize(100 * 2 ** 20);');
  assert.equal(memoryInUse(), 100 * MB);
  run('b.resize(10 * 2 ** 20);');
  assert.equal(memoryInUse(), 10 * MB);
  run('globalThis.c = b.transfer(20 * 2 ** 20); globalThis.b = null;');
  assert.equal(memoryInUse(), 20 * MB);
  run('globalThis.c = null;');
  resetMemory();
});

test('meterMemory meters WebAssembly.Memory and its grow', () => {
  resetMemory();
  const caps = { hit: 0 };
  const Memory = WebAssembly.Memory;
  const grow = Memory.prototype.grow;
  const fakeGlobal: Record<string, unknown> = { WebAssembly: { Memory } };
  try {
    meterMemory(fakeGlobal, undefined, () => { caps.hit++; });
    const M = (fakeGlobal.WebAssembly as { Memory: typeof WebAssembly.Memory }).Memory;
    assert.throws(() => new M({ initial: 10_000 }), RangeError);
    const m = new M({ initial: 1, maximum: 20_000 });
    assert.equal(memoryInUse(), 65536);
    assert.throws(() => m.grow(10_000), RangeError);
    assert.equal(caps.hit, 2);
    assert.equal(m.constructor, M);
  } finally {
    Object.defineProperty(Memory.prototype, 'constructor', { value: Memory, writable: true, configurable: true });
    Object.defineProperty(Memory.prototype, 'grow', { value: grow, writable: true, configurable: true });
    resetMemory();
  }
});
