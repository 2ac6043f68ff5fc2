// The worker's memory meter: every route by which a cell can allocate a buffer (ArrayBuffer and its
// resize/transfer, typed arrays and their copying methods, Uint8Array.fromBase64/fromHex, TextEncoder,
// WebAssembly.Memory and its grow) is metered at its source, and the meter holds for the worker's whole
// life: across runs and after them (timers), not per run. Buffers the garbage collector frees are given
// back (FinalizationRegistry), so the meter follows live memory, not allocations. Past MEMORY_CAP bytes
// the allocation throws a RangeError and `onCap` is told, which stops the worker (a fresh worker, and its
// meter, starts at zero). Routes that cannot be metered are removed from the worker (worker-core.ts).

import { MEMORY_CAP_MB } from './protocol.ts';
import { runtimeStrings } from './strings.ts';

/** Bytes of buffers the worker may hold at once. */
export const MEMORY_CAP = MEMORY_CAP_MB * 2 ** 20;

const apply = Reflect.apply;
const construct = Reflect.construct;
const getDescriptor = Object.getOwnPropertyDescriptor;
const defineProperty = Object.defineProperty;
const getPrototypeOf = Object.getPrototypeOf;
const WeakMapGet = WeakMap.prototype.get;
const WeakMapSet = WeakMap.prototype.set;
const abByteLength = getDescriptor(ArrayBuffer.prototype, 'byteLength')!.get!;
const TypedArrayProto = getPrototypeOf(Uint8Array.prototype) as object;
const taBuffer = getDescriptor(TypedArrayProto, 'buffer')!.get!;
const taByteLength = getDescriptor(TypedArrayProto, 'byteLength')!.get!;

let live = 0;
let capMessage = runtimeStrings('en').memoryCap;
let onCap: () => void = () => {};

/** The bytes a buffer holds on the meter (given back when it is collected, detached or shrunk). */
interface Holder { bytes: number }
const holders = new WeakMap<object, Holder>();
const registry = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry<Holder>((h) => { live -= h.bytes; h.bytes = 0; })
  : null;
const registerFreed = registry ? FinalizationRegistry.prototype.register : null;

/** Bytes on the meter now. */
export function memoryInUse(): number {
  return live;
}

/** Empties the meter (tests only: in the browser a fresh worker is a fresh meter). */
export function resetMemory(): void {
  live = 0;
}

/** Counts `bytes` more, throwing (and telling onCap) if that passes the cap, e.g. `charge(1024)`. */
export function charge(bytes: number): void {
  if (!(bytes > 0)) return;
  if (live + bytes > MEMORY_CAP) {
    onCap();
    throw new RangeError(capMessage(MEMORY_CAP_MB));
  }
  live += bytes;
}

function refund(bytes: number): void {
  if (bytes > 0) live -= bytes;
}

function holderOf(buffer: object): Holder {
  let h = apply(WeakMapGet, holders, [buffer]) as Holder | undefined;
  if (!h) {
    h = { bytes: 0 };
    apply(WeakMapSet, holders, [buffer, h]);
    if (registry && registerFreed) apply(registerFreed, registry, [buffer, h]);
  }
  return h;
}

/** Puts `actual` bytes of `buffer` on the meter, `reserved` of which were charged before it was made. */
function settle(buffer: object, reserved: number, actual: number): void {
  refund(reserved);
  charge(actual);
  holderOf(buffer).bytes += actual;
}

/** Takes a buffer off the meter (detached by transfer). */
function release(buffer: object): void {
  const h = apply(WeakMapGet, holders, [buffer]) as Holder | undefined;
  if (h) { live -= h.bytes; h.bytes = 0; }
}

const lengthOf = (x: unknown): number => (typeof x === 'number' && x > 0 ? x : 0);
const isBuffer = (x: unknown): boolean => {
  try { apply(abByteLength, x, []); return true; } catch { return false; }
};

/** Bytes a constructor call will allocate, as far as its arguments tell, e.g. `bytesOf(8, [10])` → 80, `bytesOf(4, [[1, 2]])` → 8. */
export function bytesOf(bytesPerElement: number, args: unknown[]): number {
  const a = args[0];
  if (typeof a === 'number') return lengthOf(a) * bytesPerElement;
  if (typeof a === 'object' && a !== null && !isBuffer(a)) {
    try {
      const n = (a as { length?: unknown }).length;
      return typeof n === 'number' ? lengthOf(n) * bytesPerElement : 0;
    } catch { return 0; }
  }
  return 0;
}

/** A constructor `Native` metered by a Proxy (instances, `instanceof` and subclassing unchanged). */
function meterConstructor<T extends object>(Native: T, measure: (args: unknown[]) => number, made: (o: object, args: unknown[]) => [object, number] | null): T {
  const Metered: T = new Proxy(Native as T & (new (...a: unknown[]) => object), {
    construct(target, args, newTarget): object {
      const reserved = measure(args);
      charge(reserved);
      let o: object;
      try {
        o = construct(target, args, newTarget === Metered ? target : newTarget);
      } catch (e) {
        refund(reserved);
        throw e;
      }
      const m = made(o, args);
      if (m) settle(m[0], reserved, m[1]);
      else refund(reserved);
      return o;
    },
  });
  const proto = (Native as unknown as { prototype?: object }).prototype;
  if (proto) defineProperty(proto, 'constructor', { value: Metered, writable: true, configurable: true });
  return Metered;
}

/** Replaces method `key` of `o` by one that charges `before(this, args)` first and settles what it returns. */
function meterMethod(o: object, key: string, before: (self: unknown, args: unknown[]) => number, after: (self: unknown, result: unknown, reserved: number) => void): void {
  const d = getDescriptor(o, key);
  if (!d || typeof d.value !== 'function') return;
  const native = d.value as (...a: unknown[]) => unknown;
  const wrapped = {
    [key](this: unknown, ...args: unknown[]): unknown {
      const reserved = before(this, args);
      charge(reserved);
      let result: unknown;
      try {
        result = apply(native, this, args);
      } catch (e) {
        refund(reserved);
        throw e;
      }
      after(this, result, reserved);
      return result;
    },
  }[key];
  defineProperty(o, key, { ...d, value: wrapped });
}

const typedNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array'];

/** The buffer of a typed array just made and its bytes (0 if it views a buffer it was given). */
function newTypedBuffer(o: unknown): [object, number] | null {
  try {
    return [apply(taBuffer, o, []) as object, apply(taByteLength, o, []) as number];
  } catch { return null; }
}
const settleTyped = (_self: unknown, result: unknown, reserved: number) => {
  const m = newTypedBuffer(result);
  if (m) settle(m[0], reserved, m[1]); else refund(reserved);
};
const byteLengthOfThis = (self: unknown): number => { try { return apply(taByteLength, self, []) as number; } catch { return 0; } };

/**
 * Meters every buffer route of `global` (its ArrayBuffer, typed arrays, TextEncoder and WebAssembly.Memory);
 * `message` words the cap's error in the page's language (it is given the cap in MB); `cap` is called when
 * an allocation passes the cap, before it throws.
 */
export function meterMemory(global: Record<string, unknown>, message?: (mb: number) => string, cap?: () => void): void {
  if (message) capMessage = message;
  if (cap) onCap = cap;
  const AB = global.ArrayBuffer as typeof ArrayBuffer | undefined;
  if (typeof AB === 'function') {
    const proto = AB.prototype;
    global.ArrayBuffer = meterConstructor(AB, (args) => lengthOf(args[0]), (o) => [o, apply(abByteLength, o, []) as number]);
    // resize: growth is charged first, a shrink given back.
    meterMethod(proto, 'resize', (self, args) => {
      const before = isBuffer(self) ? apply(abByteLength, self, []) as number : 0;
      return Math.max(0, lengthOf(args[0]) - before);
    }, (self, _r, reserved) => {
      refund(reserved);
      const h = holderOf(self as object);
      const now = apply(abByteLength, self, []) as number;
      const delta = now - h.bytes;
      if (delta > 0) charge(delta); else refund(-delta);
      h.bytes = now;
    });
    // transfer: the old buffer is detached (given back), the new one charged.
    for (const key of ['transfer', 'transferToFixedLength']) {
      meterMethod(proto, key, (self, args) => (args[0] === undefined ? 0 : lengthOf(args[0])), (self, result, reserved) => {
        release(self as object);
        settle(result as object, reserved, apply(abByteLength, result, []) as number);
      });
    }
    meterMethod(proto, 'slice', (self) => (isBuffer(self) ? apply(abByteLength, self, []) as number : 0), (_self, result, reserved) => {
      if (isBuffer(result)) settle(result as object, reserved, apply(abByteLength, result, []) as number); else refund(reserved);
    });
  }
  const NativeU8 = global.Uint8Array as { prototype: object } | undefined;
  const typedProto = NativeU8 ? getPrototypeOf(NativeU8.prototype) as object : TypedArrayProto;
  for (const name of typedNames) {
    const Native = global[name] as (new (...args: unknown[]) => object) & { BYTES_PER_ELEMENT?: number } | undefined;
    if (typeof Native !== 'function') continue;
    const size = Native.BYTES_PER_ELEMENT ?? 1;
    global[name] = meterConstructor(Native, (args) => bytesOf(size, args), (o, args) => (isBuffer(args[0]) ? null : newTypedBuffer(o)));
  }
  // Copies made without the species constructor (so not through the metered constructors above).
  // (slice, map, filter and subarray go through the species constructor, which is the metered one.)
  for (const key of ['toReversed', 'toSorted', 'with']) meterMethod(typedProto, key, byteLengthOfThis, settleTyped);
  for (const key of ['fromBase64', 'fromHex']) {
    if (NativeU8) meterMethod(NativeU8, key, (_self, args) => (typeof args[0] === 'string' ? args[0].length : 0), settleTyped);
  }
  const TE = global.TextEncoder as { prototype: object } | undefined;
  if (TE && TE.prototype) {
    meterMethod(TE.prototype, 'encode', (_self, args) => (typeof args[0] === 'string' ? args[0].length : 0), settleTyped);
  }
  const wasm = global.WebAssembly as { Memory?: (new (d: { initial: number }) => object) & { prototype: object } } | undefined;
  if (wasm && wasm.Memory) {
    const PAGE = 65536;
    const bufferOf = getDescriptor(wasm.Memory.prototype, 'buffer')!.get!;
    const pages = (d: unknown): number => { try { return lengthOf((d as { initial?: unknown }).initial) * PAGE; } catch { return 0; } };
    const memoryProto = wasm.Memory.prototype;
    wasm.Memory = meterConstructor(wasm.Memory, (args) => pages(args[0]), (o) => {
      const b = apply(bufferOf, o, []) as object;
      return [o, apply(abByteLength, b, []) as number];
    });
    meterMethod(memoryProto, 'grow', (_self, args) => lengthOf(args[0]) * PAGE, (self, _r, reserved) => {
      refund(reserved);
      const h = holderOf(self as object);
      const now = apply(abByteLength, apply(bufferOf, self, []), []) as number;
      if (now > h.bytes) charge(now - h.bytes);
      h.bytes = now;
    });
  }
}
