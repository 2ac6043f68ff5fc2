// A memory meter for the worker: the buffers cells allocate (ArrayBuffer and typed arrays, the allocations
// that can grow by gigabytes in a second) are counted from the start of each run, through the timers it
// leaves, and past MEMORY_CAP bytes the next allocation throws a RangeError instead of taking the tab down.

import { runtimeStrings } from './strings.ts';

/** Bytes of buffers one run (and what it leaves behind) may allocate. */
export const MEMORY_CAP = 512 * 1024 * 1024;

const typed = ['ArrayBuffer', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array'];

let allocated = 0;
let capMessage = runtimeStrings('en').memoryCap;

/** Starts counting again (at the start of a run). */
export function resetMemory(): void {
  allocated = 0;
}

/** Bytes a constructor call will allocate, e.g. `bytesOf(8, [10])` → 80, `bytesOf(4, [[1, 2]])` → 8. */
export function bytesOf(bytesPerElement: number, args: unknown[]): number {
  const [a] = args;
  if (typeof a === 'number') return Math.max(0, a) * bytesPerElement;
  if (typeof a === 'object' && a !== null && !(a instanceof ArrayBuffer)) {
    const n = (a as { length?: unknown }).length;
    return typeof n === 'number' ? Math.max(0, n) * bytesPerElement : 0;
  }
  return 0;
}

/** Counts one allocation, throwing past the cap, e.g. `charge(1024)`. */
export function charge(bytes: number): void {
  allocated += bytes;
  if (allocated > MEMORY_CAP) {
    throw new RangeError(capMessage(MEMORY_CAP / 2 ** 20));
  }
}

/**
 * Replaces the buffer constructors of `global` by metered ones (instances and `instanceof` unchanged);
 * `message` words the cap's error (the page's language; it is given the cap in MB).
 */
export function meterMemory(global: Record<string, unknown>, message?: (mb: number) => string): void {
  if (message) capMessage = message;
  for (const name of typed) {
    const Native = global[name] as (new (...args: unknown[]) => object) & { BYTES_PER_ELEMENT?: number; prototype: object } | undefined;
    if (typeof Native !== 'function') continue;
    const size = Native.BYTES_PER_ELEMENT ?? 1;
    const Metered: typeof Native = new Proxy(Native, {
      construct(target, args, newTarget): object {
        charge(bytesOf(size, args));
        return Reflect.construct(target, args, newTarget === Metered ? target : newTarget);
      },
    });
    Object.defineProperty(Native.prototype, 'constructor', { value: Metered, writable: true, configurable: true });
    global[name] = Metered;
  }
}
