// The one message protocol of the notebook: page ⇄ sandboxed iframe ⇄ worker.
// Every request carries an id; the answer repeats it. Errors cross as plain data.
import type { View } from './view.ts';

/** A cell's error as plain data: message plus 1-based line and column in the reader's TypeScript (0 if unknown). */
export interface CellError {
  message: string;
  line: number;
  column: number;
}

/** One top-level name a cell declares, and whether later cells may assign to it. */
export interface Declared {
  name: string;
  kind: 'const' | 'let';
}

/** A column shift the compiler introduced: on `line`, text at or after `column` moved right by `delta`. */
export interface Shift {
  line: number;
  column: number;
  delta: number;
}

/** A cell ready to run: JavaScript with the reader's line and column positions, plus what it declares. */
export interface CompiledCell {
  js: string;
  declared: Declared[];
  /** True when the last statement is an expression whose value is shown. */
  hasResult: boolean;
  shifts: Shift[];
  /** Shifts of code TypeScript-only syntax added (constructor parameter properties), applied after `shifts`. */
  typeShifts?: Shift[];
}

/** One line of output: a console call, the last expression's value or a plot. */
export interface OutputEntry {
  kind: 'log' | 'info' | 'warn' | 'error' | 'result' | 'plot';
  view: View;
}

/** What one run of a cell produced. */
export interface RunResult {
  entries: OutputEntry[];
  error: CellError | null;
  /** Entries dropped by the output cap. */
  cut: number;
}

// Page → iframe (and iframe → worker, except `boot`), on the private MessagePort the page hands the
// iframe after checking who sent "ready"; the iframe hands the worker its own port (with the page's
// locale, from `boot`) before any cell runs.
export type Request =
  | { type: 'boot'; id: number; workerSource: string; locale: string }
  | { type: 'run'; id: number; cell: number; compiled: CompiledCell; timeout: number }
  | { type: 'reset'; id: number };

/** Why the sandbox stopped a worker: past its time limit, busy after its run, or posting stray messages. */
export type StopReason = 'timeout' | 'busy' | 'flood' | 'memory';

/** The memory cap of a worker, in MB (memory.ts): past it the worker is stopped with reason 'memory'. */
export const MEMORY_CAP_MB = 512;

// Iframe → page. `stopped` and `async` with id 0 are notices about a cell that is no longer running.
export type Reply =
  | { type: 'booted'; id: number }
  | { type: 'result'; id: number; cell: number; result: RunResult }
  | { type: 'stopped'; id: number; cell: number; reason: StopReason; ms: number }
  | { type: 'async'; id: 0; cell: number; error: CellError }
  | { type: 'reset-done'; id: number };

// Worker → iframe, on the worker's private port: results, heartbeats, which cell's code is running now
// (a timer's owner), and errors a cell's timers or promises raised after its run.
export type WorkerReply =
  | { type: 'result'; id: number; cell: number; result: RunResult }
  | { type: 'reset-done'; id: number }
  | { type: 'pong'; n: number }
  | { type: 'owner'; cell: number }
  | { type: 'async'; cell: number; error: CellError }
  | { type: 'memory' };

// Captured when this module loads (in the worker: before any cell runs), so a cell that replaces
// Array.isArray, Number.isInteger or Array.prototype.every cannot make the worker drop every request.
const isArray = Array.isArray;
const isInteger = Number.isInteger;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** True when `x` is an array whose every item passes `test` (an indexed loop: no prototype method). */
function allOf(x: unknown, test: (item: unknown) => boolean): boolean {
  if (!isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!test(x[i])) return false;
  return true;
}

/** True for a well-formed CellError, e.g. `{ message: 'x', line: 1, column: 2 }`. */
export function isCellError(x: unknown): x is CellError {
  return isObject(x) && typeof x.message === 'string' && isInteger(x.line) && isInteger(x.column);
}

/** True for a well-formed CompiledCell. */
export function isCompiledCell(x: unknown): x is CompiledCell {
  return isObject(x) && typeof x.js === 'string' && typeof x.hasResult === 'boolean'
    && allOf(x.declared, (d) => isObject(d) && typeof d.name === 'string' && (d.kind === 'const' || d.kind === 'let'))
    && isShifts(x.shifts) && (x.typeShifts === undefined || isShifts(x.typeShifts));
}

function isShifts(x: unknown): x is Shift[] {
  return allOf(x, (s) => isObject(s) && isInteger(s.line) && isInteger(s.column) && isInteger(s.delta));
}

/** True for a message the page may send to the iframe or the iframe to the worker. */
export function isRequest(x: unknown): x is Request {
  if (!isObject(x) || !isInteger(x.id)) return false;
  switch (x.type) {
    case 'boot': return typeof x.workerSource === 'string' && typeof x.locale === 'string';
    case 'run': return isInteger(x.cell) && isCompiledCell(x.compiled) && typeof x.timeout === 'number' && x.timeout > 0;
    case 'reset': return true;
    default: return false;
  }
}

const reasons = new Set<unknown>(['timeout', 'busy', 'flood', 'memory']);

/** True for a message the iframe may send back to the page (a result's views are checked by safe.ts). */
export function isReply(x: unknown): x is Reply {
  if (!isObject(x) || !Number.isInteger(x.id)) return false;
  switch (x.type) {
    case 'booted': case 'reset-done': return true;
    case 'result': {
      const r = x.result;
      return Number.isInteger(x.cell) && isObject(r) && Array.isArray(r.entries) && Number.isInteger(r.cut)
        && (r.error === null || isCellError(r.error));
    }
    case 'stopped': return Number.isInteger(x.cell) && reasons.has(x.reason) && typeof x.ms === 'number';
    case 'async': return x.id === 0 && Number.isInteger(x.cell) && isCellError(x.error);
    default: return false;
  }
}
