import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bytesOf, charge, MEMORY_CAP, meterMemory, resetMemory } from '../../../src/notebook/memory.ts';

test('bytesOf counts a constructor call, e.g. a length or an array-like', () => {
  assert.equal(bytesOf(8, [10]), 80);
  assert.equal(bytesOf(4, [[1, 2]]), 8);
  assert.equal(bytesOf(8, [new ArrayBuffer(16)]), 0);
  assert.equal(bytesOf(1, ['x']), 0);
});

test('charge throws past MEMORY_CAP until resetMemory', () => {
  resetMemory();
  charge(MEMORY_CAP);
  assert.throws(() => charge(1), /memory cap: this run allocated more than 512 MB/);
  resetMemory();
  charge(1);
  resetMemory();
});

test('meterMemory meters typed arrays of a global and keeps instanceof, constructor and subclassing', () => {
  const g: Record<string, unknown> = { Float64Array, ArrayBuffer };
  const NativeF64 = Float64Array;
  try {
    meterMemory(g);
    const F64 = g.Float64Array as typeof Float64Array;
    resetMemory();
    const a = new F64(4);
    assert.ok(a instanceof F64);
    assert.ok(a instanceof NativeF64);
    assert.equal(a.constructor, F64);
    class Sub extends F64 {}
    assert.ok(new Sub(2) instanceof Sub);
    assert.throws(() => new F64(MEMORY_CAP), RangeError);
  } finally {
    Object.defineProperty(NativeF64.prototype, 'constructor', { value: NativeF64, writable: true, configurable: true });
    Object.defineProperty(ArrayBuffer.prototype, 'constructor', { value: ArrayBuffer, writable: true, configurable: true });
    resetMemory();
  }
});
