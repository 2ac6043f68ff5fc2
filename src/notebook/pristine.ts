// The runtime's own built-ins, whatever a cell did to them. Cells share one JavaScript world, so a cell
// may replace Array.prototype.map, Object.fromEntries, JSON or Promise.prototype.then, and later cells see
// that. The runtime (setting up a run, formatting output, describing errors, posting the result) must not:
// `pristine(global)` records, when the worker starts and before any cell runs, the properties of the
// built-ins the runtime leans on, and `guard(f)` runs `f` with those properties as recorded (anything a
// cell replaced, deleted or added is set aside), then puts the cell's versions back. A property a cell
// made impossible to restore (a frozen prototype) stays as it is: the runtime's own try/catch then turns
// what fails into the cell's error, never a silent stall.

const apply = Reflect.apply;
const ownKeys = Reflect.ownKeys;
const getDescriptor = Reflect.getOwnPropertyDescriptor;
const defineProperty = Reflect.defineProperty;
const deleteProperty = Reflect.deleteProperty;
const getPrototypeOf = Reflect.getPrototypeOf;
const is = Object.is;
const arrayPush = Array.prototype.push;

/** The global names whose values (and their prototypes and statics) the runtime relies on. */
const globalNames = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Math', 'JSON', 'Reflect',
  'Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'Proxy', 'RegExp', 'Date', 'Error', 'TypeError', 'RangeError', 'SyntaxError',
  'ReferenceError', 'EvalError', 'URIError', 'AggregateError', 'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array', 'WeakRef',
  'FinalizationRegistry', 'Iterator'];

interface Saved { o: object; keys: PropertyKey[]; descs: PropertyDescriptor[]; count: number }

function same(a: PropertyDescriptor | undefined, b: PropertyDescriptor): boolean {
  return !!a && is(a.value, b.value) && is(a.get, b.get) && is(a.set, b.set) && a.writable === b.writable
    && a.enumerable === b.enumerable && a.configurable === b.configurable;
}

export interface Pristine {
  /** Runs `f` with the recorded built-ins, then puts back what cells made of them, e.g. `guard(() => format(v))`. */
  guard<T>(f: () => T): T;
}

/** Records the built-ins of `global` (call it before any cell runs). */
export function pristine(global: object): Pristine {
  const saved: Saved[] = [];
  const seen = new Set<object>();
  const save = (o: unknown) => {
    if ((typeof o !== 'object' && typeof o !== 'function') || o === null || seen.has(o)) return;
    seen.add(o);
    const keys = ownKeys(o);
    const descs: PropertyDescriptor[] = [];
    for (let i = 0; i < keys.length; i++) descs[i] = getDescriptor(o, keys[i])!;
    saved[saved.length] = { o, keys, descs, count: keys.length };
  };
  const g = global as Record<string, unknown>;
  // The global's own entries for these names (a cell may replace JSON or Set on the global object).
  const globalKeys: string[] = [];
  const globalDescs: PropertyDescriptor[] = [];
  for (const name of globalNames) {
    const d = getDescriptor(global, name);
    if (!d) continue;
    globalKeys[globalKeys.length] = name;
    globalDescs[globalDescs.length] = d;
    const v = g[name];
    save(v);
    if (typeof v === 'function') { save((v as { prototype?: unknown }).prototype); save(getPrototypeOf(v)); save(getPrototypeOf((v as { prototype?: object }).prototype ?? {})); }
  }
  // Intrinsics with no global name: iterators, generators, async functions.
  const arrayIterator = getPrototypeOf([][Symbol.iterator]());
  save(arrayIterator);
  save(getPrototypeOf(arrayIterator as object));
  save(getPrototypeOf(new Map()[Symbol.iterator]()));
  save(getPrototypeOf(new Set()[Symbol.iterator]()));
  save(getPrototypeOf(''[Symbol.iterator]()));
  save(getPrototypeOf(/x/g[Symbol.matchAll]('')));
  const generator = getPrototypeOf(function* () { /* intrinsic */ });
  save(generator);
  save((generator as { prototype?: unknown }).prototype);
  save(getPrototypeOf(async function () { /* intrinsic */ }));
  saved[saved.length] = { o: global, keys: globalKeys, descs: globalDescs, count: -1 };

  let depth = 0;
  return {
    guard<T>(f: () => T): T {
      if (depth > 0) return f();
      // What a cell changed: [object, key, the cell's descriptor or undefined if it added the key].
      const undo: [object, PropertyKey, PropertyDescriptor | undefined][] = [];
      for (let s = 0; s < saved.length; s++) {
        const { o, keys, descs, count } = saved[s];
        for (let i = 0; i < keys.length; i++) {
          const now = getDescriptor(o, keys[i]);
          if (same(now, descs[i])) continue;
          if (defineProperty(o, keys[i], descs[i])) apply(arrayPush, undo, [[o, keys[i], now]]);
        }
        if (count < 0) continue;
        const present = ownKeys(o);
        if (present.length === count) continue;
        for (let i = 0; i < present.length; i++) {
          let known = false;
          for (let k = 0; k < keys.length && !known; k++) known = keys[k] === present[i];
          if (known) continue;
          const now = getDescriptor(o, present[i]);
          if (deleteProperty(o, present[i])) apply(arrayPush, undo, [[o, present[i], undefined === now ? undefined : now]]);
        }
      }
      depth++;
      try {
        return f();
      } finally {
        depth--;
        for (let i = undo.length - 1; i >= 0; i--) {
          const [o, key, desc] = undo[i];
          if (desc) defineProperty(o, key, desc);
          else deleteProperty(o, key);
        }
      }
    },
  };
}
