// The notebook runtime, the same at build time (Node) and in the browser (the sandboxed worker):
// runs compiled cells in page order with a shared scope, captures console output, the last
// expression's value and plots, and turns any throw into a CellError at the reader's line and column.
import { mapColumn } from './positions.ts';
import { defaultLimits, formatConsole, formatValue, inline, type Limits } from './format.ts';
import { plotData, plotView } from './plot.ts';
import type { CellError, CompiledCell, OutputEntry, RunResult } from './protocol.ts';
import { runtimeStrings, type RuntimeStrings } from './strings.ts';

/** Turns source text into a function; `filename` must appear in stack traces (sourceURL or vm filename). */
export type Evaluate = (source: string, filename: string) => (...args: unknown[]) => unknown;
/** Calls a cell, possibly under a time limit (Node's vm); the browser's worker is stopped from outside instead. */
export type Invoke = (call: () => void, timeout: number) => void;

/** A shared name: read and written through the declaring cell's own variable, so closures stay live. */
interface Binding { get: () => unknown; set: (v: unknown) => void; kind: 'const' | 'let'; cell: number }

/** Runs the runtime's own code with the built-ins as they were before any cell ran (pristine.ts). */
export type Guard = <T>(f: () => T) => T;

// Captured when the module loads, before any cell runs.
const getDescriptor = Object.getOwnPropertyDescriptor;
const objectIs = Object.is;
const toText = String;
const NativeError = Error;

/** Names a cell sees that point away from the page; reading one throws a clear error. */
const blocked = ['document', 'window', 'localStorage', 'sessionStorage', 'parent', 'top', 'opener'] as const;

/** The largest number of output lines kept for one run. */
export const MAX_ENTRIES = 200;

function blockedName(name: string, s: RuntimeStrings): unknown {
  return new Proxy({}, {
    get(_t, key) {
      if (key === Symbol.toPrimitive) return () => s.blockedValue(name);
      throw new Error(s.blocked(name));
    },
    set() { throw new Error(s.blocked(name)); },
  });
}

/** A live accessor for a declared name, e.g. `get x() { return x }, set x(v) { x = v }`. */
function accessor(d: { name: string; kind: 'const' | 'let' }): string {
  const get = `get ${d.name}() { return ${d.name}; }`;
  return d.kind === 'let' ? `${get}, set ${d.name}(v$) { ${d.name} = v$; }` : get;
}

/** Reads 1-based line and column of the first stack frame in `filename`. */
export function stackPosition(stack: string, filename: string): { line: number; column: number } | null {
  const escaped = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : null;
}

/** A page's notebook: one shared scope, cells run by index. */
export class Notebook {
  private readonly scope = new Map<string, Binding>();
  private readonly forward: object;
  private readonly evaluate: Evaluate;
  private readonly invoke: Invoke;
  private readonly limits: Limits;
  private readonly compiledOf = new Map<number, CompiledCell>();
  private readonly s: RuntimeStrings;
  private readonly guard: Guard;
  private thrown: { value: unknown; stack: string } | null = null;

  /** `strings`: the runtime's own messages in the page's language (default English). */
  /** `guard`: runs the runtime's own work with pristine built-ins (the worker's; default: none). */
  constructor(options: { forward: Record<string, unknown>; evaluate: Evaluate; invoke?: Invoke; limits?: Limits; strings?: RuntimeStrings; guard?: Guard }) {
    const lib = options.forward;
    const s = (this.s = options.strings ?? runtimeStrings('en'));
    this.forward = new Proxy(lib, {
      get(target, key) {
        if (typeof key === 'string' && !(key in target)) {
          throw new Error(s.noExport(key));
        }
        return Reflect.get(target, key);
      },
    });
    this.evaluate = options.evaluate;
    this.invoke = options.invoke ?? ((call) => call());
    this.limits = options.limits ?? defaultLimits;
    this.guard = options.guard ?? ((f) => f());
  }

  /** Names visible to the next cell, e.g. ['W1', 'sigmoid']. */
  names(): string[] {
    return [...this.scope.keys()];
  }

  /** The current value of a shared name (for tests). */
  get(name: string): unknown {
    return this.scope.get(name)?.get();
  }

  /** Forgets every name. */
  reset(): void {
    this.scope.clear();
  }

  /**
   * Runs cell `cell` (0-based on the page), replacing the names it declared before. Never throws: whatever
   * fails, the cell's code or the runtime around it (a built-in a cell broke), becomes the cell's error.
   */
  run(cell: number, compiled: CompiledCell, timeout = 3000): RunResult {
    const guard = this.guard;
    const entries: OutputEntry[] = [];
    let cut = 0;
    let error: CellError | null = null;
    try {
      // Set up with pristine built-ins; the cell's code runs outside the guard, with whatever cells made of
      // them; every call back into the runtime (console, plot, the names it declares) is guarded again.
      const setup = guard(() => this.prepare(cell, compiled, entries, () => { cut++; }));
      try {
        this.invoke(setup.call, timeout);
        if (compiled.hasResult && setup.nb.v !== undefined) {
          const v = setup.nb.v;
          guard(() => setup.push({ kind: 'result', view: formatValue(v, this.limits, this.s) }));
        }
      } catch (e) {
        error = guard(() => this.describe(e, cell));
      }
    } catch (e) {
      error = guard(() => this.describe(e, cell));
    }
    return { entries, error, cut };
  }

  private prepare(cell: number, compiled: CompiledCell, entries: OutputEntry[], dropped: () => void) {
    const guard = this.guard;
    const push = (entry: OutputEntry) => {
      if (entries.length < MAX_ENTRIES) entries[entries.length] = entry;
      else dropped();
    };
    // Lines past the cap are only counted: formatting them would cost time for nothing.
    const full = () => entries.length >= MAX_ENTRIES;
    const log = (kind: OutputEntry['kind']) => (...args: unknown[]) => {
      if (full()) { dropped(); return; }
      guard(() => push({ kind, view: formatConsole(args, this.limits, this.s) }));
    };
    const consoleProxy = { log: log('log'), info: log('info'), debug: log('log'), warn: log('warn'), error: log('error') };
    const plot = (...args: unknown[]) => {
      if (full()) { dropped(); return; }
      guard(() => push({ kind: 'plot', view: plotView(plotData(args, this.s), this.s) }));
    };

    const own = new Set(compiled.declared.map((d) => d.name));
    const inherited = [...this.scope].filter(([name]) => !own.has(name));
    const consts = inherited.filter(([, b]) => b.kind === 'const').map(([n]) => n);
    const lets = inherited.filter(([, b]) => b.kind === 'let').map(([n]) => n);
    const filename = fileOf(cell);
    this.compiledOf.set(cell, compiled);
    const source = `(function (__nb$, __forward, console, plot, ${blocked.join(', ')}) { "use strict"; const {${consts.join(', ')}} = __nb$.c; let {${lets.join(', ')}} = __nb$.l; {\n`
      + `${compiled.js}\n;__nb$.out({${compiled.declared.map(accessor).join(', ')}}); __nb$.back({${lets.join(', ')}}); }})\n//# sourceURL=${filename}`;

    const declared = compiled.declared.slice();
    const nb = {
      c: Object.fromEntries(consts.map((n) => [n, this.scope.get(n)!.get()])),
      l: Object.fromEntries(lets.map((n) => [n, this.scope.get(n)!.get()])) as Record<string, unknown>,
      v: undefined as unknown,
      // `throw x` is compiled to `throw __nb$.e(x)`: the value's position, kept for non-Error values.
      e: (value: unknown) => { this.thrown = { value, stack: toText(new NativeError().stack) }; return value; },
      out: (live: Record<string, unknown>) => guard(() => {
        for (const [name, b] of [...this.scope]) if (b.cell === cell && !own.has(name)) this.scope.delete(name);
        for (const d of declared) {
          const desc = getDescriptor(live, d.name)!;
          this.scope.set(d.name, { get: desc.get!, set: desc.set ?? (() => {}), kind: d.kind, cell });
        }
      }),
      back: (values: Record<string, unknown>) => guard(() => {
        // Only names this cell assigned: a copy it merely read may be stale by now (a closure moved on).
        for (const [name, value] of Object.entries(values)) if (!objectIs(value, nb.l[name])) this.scope.get(name)?.set(value);
      }),
    };
    const fn = this.evaluate(source, filename);
    const args = [nb, this.forward, consoleProxy, plot, ...blocked.map((name) => blockedName(name, this.s))];
    const call = () => { Reflect.apply(fn, undefined, args); };
    return { nb, push, call };
  }

  /** The cell a thrown value points at (its stack names a cell's file), or null, e.g. after `throw new Error()` in cell 2 → 1. */
  cellOf(e: unknown): number | null {
    try {
      const stack = frames(read(e, 'stack')) || (this.thrown && Object.is(this.thrown.value, e) ? this.thrown.stack : '');
      const m = /nb-cell-(\d+)\.js:\d+:\d+/.exec(stack);
      return m ? Number(m[1]) - 1 : null;
    } catch {
      return null;
    }
  }

  /**
   * Any thrown value as a CellError of cell `cell`: message (capped at MAX_MESSAGE characters) and the
   * reader's line and column, for Errors, other thrown values and objects whose properties throw.
   */
  describe(e: unknown, cell: number): CellError {
    try {
      return this.describeOrThrow(e, cell);
    } catch {
      // A value hostile enough to defeat every guard below: still an immediate error, never a stall.
      return { message: this.s.uncaught(this.s.unshowable), line: 0, column: 0 };
    }
  }

  private describeOrThrow(e: unknown, cell: number): CellError {
    const thrown = this.thrown; // before reading properties, whose getters may throw again
    const compiled = this.compiledOf.get(cell);
    const filename = fileOf(cell);
    let message: string;
    let stack = '';
    if (errorLike(e)) {
      const name = read(e, 'name');
      const text = read(e, 'message');
      message = `${typeof name === 'string' && name ? name : 'Error'}: ${typeof text === 'string' ? text : safeInline(text, this.limits, this.s)}`;
      stack = frames(read(e, 'stack'));
    } else {
      message = this.s.uncaught(safeInline(e, this.limits, this.s));
    }
    if (!stackPosition(stack, filename) && thrown && Object.is(thrown.value, e)) stack = thrown.stack;
    message = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}… (${message.length} characters)` : message;
    const at = stackPosition(stack, filename);
    if (!at || at.line < 2 || !compiled) return { message, line: 0, column: 0 };
    const line = at.line - 1; // the wrapper's first line comes before the cell's code
    const column = mapColumn(compiled.typeShifts ?? [], line, mapColumn(compiled.shifts, line, at.column - 1));
    return { message, line, column: column + 1 };
  }
}

/** The longest error message shown, in characters. */
export const MAX_MESSAGE = 1000;

/** The first frames of a stack, without its message (which may be megabytes long). */
function frames(stack: unknown): string {
  if (typeof stack !== 'string') return '';
  const at = stack.indexOf('\n    at ');
  return at >= 0 ? stack.slice(at, at + 4000) : '';
}

function fileOf(cell: number): string {
  return `nb-cell-${cell + 1}.js`;
}

/** True for an Error or an object with a message; false for anything whose checks throw (a hostile Proxy). */
function errorLike(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  try { if (e instanceof NativeError) return true; } catch { /* a Proxy's getPrototypeOf or a replaced Symbol.hasInstance */ }
  try { return 'message' in e; } catch { return false; }
}

/** Reads a property that may throw (a getter in cell code); undefined when it throws. */
function read(o: unknown, key: string): unknown {
  try {
    return typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function safeInline(v: unknown, limits: Limits, s: RuntimeStrings): string {
  try {
    return typeof v === 'string' ? JSON.stringify(v.length > limits.chars ? `${v.slice(0, limits.chars)}…` : v) : inline(v, limits, s);
  } catch {
    return s.unshowable;
  }
}
