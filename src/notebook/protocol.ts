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

// Page → iframe (and iframe → worker, except `boot`).
export type Request =
  | { type: 'boot'; id: number; workerSource: string }
  | { type: 'run'; id: number; cell: number; compiled: CompiledCell; timeout: number }
  | { type: 'reset'; id: number };

// Iframe/worker → page.
export type Reply =
  | { type: 'ready'; id: 0 }
  | { type: 'booted'; id: number }
  | { type: 'result'; id: number; cell: number; result: RunResult }
  | { type: 'timeout'; id: number; cell: number; ms: number }
  | { type: 'reset-done'; id: number }
  | { type: 'failed'; id: number; message: string };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** True for a well-formed CellError, e.g. `{ message: 'x', line: 1, column: 2 }`. */
export function isCellError(x: unknown): x is CellError {
  return isObject(x) && typeof x.message === 'string' && Number.isInteger(x.line) && Number.isInteger(x.column);
}

/** True for a well-formed CompiledCell. */
export function isCompiledCell(x: unknown): x is CompiledCell {
  return isObject(x) && typeof x.js === 'string' && typeof x.hasResult === 'boolean'
    && Array.isArray(x.declared) && x.declared.every((d) => isObject(d) && typeof d.name === 'string' && (d.kind === 'const' || d.kind === 'let'))
    && Array.isArray(x.shifts) && x.shifts.every((s) => isObject(s) && Number.isInteger(s.line) && Number.isInteger(s.column) && Number.isInteger(s.delta));
}

/** True for a message the page may send to the iframe or the iframe to the worker. */
export function isRequest(x: unknown): x is Request {
  if (!isObject(x) || !Number.isInteger(x.id)) return false;
  switch (x.type) {
    case 'boot': return typeof x.workerSource === 'string';
    case 'run': return Number.isInteger(x.cell) && isCompiledCell(x.compiled) && typeof x.timeout === 'number' && x.timeout > 0;
    case 'reset': return true;
    default: return false;
  }
}

/** True for a message the iframe or worker may send back to the page. */
export function isReply(x: unknown): x is Reply {
  if (!isObject(x) || !Number.isInteger(x.id)) return false;
  switch (x.type) {
    case 'ready': case 'booted': case 'reset-done': return true;
    case 'result': {
      const r = x.result;
      return Number.isInteger(x.cell) && isObject(r) && Array.isArray(r.entries) && Number.isInteger(r.cut)
        && (r.error === null || isCellError(r.error));
    }
    case 'timeout': return Number.isInteger(x.cell) && typeof x.ms === 'number';
    case 'failed': return typeof x.message === 'string';
    default: return false;
  }
}
