// The bounded formatter: any value → a small view tree (view.ts). Depth, item, key, string and
// line caps keep output small, and every cut says so. It never reads the DOM and never makes HTML.
import { runtimeStrings, type RuntimeStrings } from './strings.ts';
import { el, type View } from './view.ts';

/** Caps of the formatter; the defaults suit a page. */
export interface Limits {
  depth: number; // nesting shown before [Array(3)] / [Object]
  items: number; // array, typed-array, Map and Set items shown
  keys: number; // object keys shown
  chars: number; // characters of one formatted value
  rows: number; // matrix rows shown as a table
  cols: number; // matrix columns shown as a table
  args: number; // arguments of one console call shown
}

export const defaultLimits: Limits = { depth: 4, items: 50, keys: 30, chars: 4000, rows: 12, cols: 12, args: 20 };

/** Formats a number as JavaScript would write it, keeping the sign of zero, e.g. `formatNumber(-0)` → "-0". */
export function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

interface MatrixLike { rows: number; cols: number; data: Float64Array }

/** True for the library's Matrix (or any object shaped like it), e.g. `matrix([[1, 2]])`. */
export function isMatrix(v: unknown): v is MatrixLike {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Partial<MatrixLike>;
  return v.constructor?.name === 'Matrix' && Number.isInteger(m.rows) && Number.isInteger(m.cols)
    && m.data instanceof Float64Array && m.data.length === m.rows! * m.cols!;
}

type Typed = Exclude<ArrayBufferView, DataView>;

function isTyped(v: unknown): v is Typed {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * One-line text of a value; strings are quoted; what is cut is said in the language of `s`.
 * E.g. `inline([1, 'a'])` → '[1, "a"]'.
 */
export function inline(value: unknown, limits: Limits = defaultLimits, s: RuntimeStrings = runtimeStrings('en')): string {
  const text = write(value, 0, new Set(), limits, s);
  return typeof value !== 'string' && text.length > limits.chars ? `${text.slice(0, limits.chars)}${s.cutChars(text.length - limits.chars)}` : text;
}

function quote(text: string, limits: Limits, s: RuntimeStrings): string {
  const shown = text.length > limits.chars ? text.slice(0, limits.chars) : text;
  const q = JSON.stringify(shown);
  return text.length > limits.chars ? `${q.slice(0, -1)}…"${s.cutString(text.length)}` : q;
}

function list(items: string[], total: number, open: string, close: string, s: RuntimeStrings): string {
  const more = total > items.length ? s.moreItems(total - items.length) : '';
  if (items.length === 0) return `${open}${more}${close}`;
  return `${open}${items.join(', ')}${more ? `, ${more}` : ''}${close}`;
}

function write(v: unknown, depth: number, seen: Set<object>, limits: Limits, s: RuntimeStrings): string {
  switch (typeof v) {
    case 'number': return formatNumber(v);
    case 'string': return quote(v, limits, s);
    case 'bigint': return `${v}n`;
    case 'boolean': return String(v);
    case 'undefined': return 'undefined';
    case 'symbol': return v.toString();
    case 'function': {
      const name = v.name || '(anonymous)';
      return /^class[\s{]/.test(Function.prototype.toString.call(v)) ? `[class ${name}]` : `[Function: ${name}]`;
    }
  }
  if (v === null) return 'null';
  const obj = v as object;
  if (seen.has(obj)) return '[Circular]';
  if (isMatrix(obj)) {
    if (depth >= limits.depth) return `Matrix ${obj.rows}×${obj.cols}`;
    const rows: string[] = [];
    const shown = Math.min(obj.rows, limits.items);
    for (let i = 0; i < shown; i++) {
      const row = Array.from(obj.data.subarray(i * obj.cols, i * obj.cols + Math.min(obj.cols, limits.items)), formatNumber);
      rows.push(list(row, obj.cols, '[', ']', s));
    }
    return `Matrix ${obj.rows}×${obj.cols} ${list(rows, obj.rows, '[', ']', s)}`;
  }
  if (isTyped(obj)) {
    const name = obj.constructor.name;
    const arr = obj as unknown as ArrayLike<number | bigint>;
    const items: string[] = [];
    for (let i = 0; i < Math.min(arr.length, limits.items); i++) {
      const x = arr[i];
      items.push(typeof x === 'bigint' ? `${x}n` : formatNumber(x));
    }
    return `${name}(${arr.length}) ${list(items, arr.length, '[', ']', s)}`;
  }
  if (Array.isArray(obj)) {
    if (depth >= limits.depth) return `[Array(${obj.length})]`;
    seen.add(obj);
    const items: string[] = [];
    for (let i = 0; i < Math.min(obj.length, limits.items); i++) items.push(i in obj ? write(obj[i], depth + 1, seen, limits, s) : 'empty');
    seen.delete(obj);
    return list(items, obj.length, '[', ']', s);
  }
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? 'Invalid Date' : obj.toISOString();
  if (obj instanceof RegExp) return String(obj);
  if (obj instanceof Error) return `${obj.name}: ${obj.message}`;
  if (obj instanceof Promise) return 'Promise {…}';
  if (obj instanceof Map || obj instanceof Set) {
    const kind = obj instanceof Map ? 'Map' : 'Set';
    if (depth >= limits.depth) return `[${kind}(${obj.size})]`;
    seen.add(obj);
    const items: string[] = [];
    for (const entry of obj instanceof Map ? obj.entries() : obj.values()) {
      if (items.length >= limits.items) break;
      items.push(obj instanceof Map
        ? `${write((entry as [unknown, unknown])[0], depth + 1, seen, limits, s)} => ${write((entry as [unknown, unknown])[1], depth + 1, seen, limits, s)}`
        : write(entry, depth + 1, seen, limits, s));
    }
    seen.delete(obj);
    return `${kind}(${obj.size}) ${list(items, obj.size, '{', '}', s)}`;
  }
  const ctor = (obj as { constructor?: { name?: string } }).constructor?.name;
  const prefix = ctor && ctor !== 'Object' ? `${ctor} ` : '';
  if (depth >= limits.depth) return `[${ctor || 'Object'}]`;
  seen.add(obj);
  const keys = Object.keys(obj);
  const items: string[] = [];
  for (const k of keys.slice(0, limits.keys)) {
    let shown: string;
    try {
      shown = write((obj as Record<string, unknown>)[k], depth + 1, seen, limits, s);
    } catch {
      shown = s.unreadable;
    }
    items.push(`${identifier.test(k) ? k : JSON.stringify(k)}: ${shown}`);
  }
  seen.delete(obj);
  return prefix + (items.length === 0 && keys.length === 0 ? '{}' : list(items, keys.length, '{ ', ' }', s));
}

/** The view of a shown value: a matrix as a table (its caption and notes in the language of `s`), anything else as one line of text. */
export function formatValue(value: unknown, limits: Limits = defaultLimits, s: RuntimeStrings = runtimeStrings('en')): View {
  if (isMatrix(value)) return matrixTable(value, limits, s);
  return el('span', 'nb-value', [inline(value, limits, s)]);
}

function matrixTable(m: MatrixLike, limits: Limits, s: RuntimeStrings): View {
  const rows: View[] = [];
  const shownRows = Math.min(m.rows, limits.rows);
  const shownCols = Math.min(m.cols, limits.cols);
  for (let i = 0; i < shownRows; i++) {
    const cells: View[] = [];
    for (let j = 0; j < shownCols; j++) cells.push(el('td', undefined, [formatNumber(m.data[i * m.cols + j])]));
    if (shownCols < m.cols) cells.push(el('td', 'nb-more', [s.moreCols(m.cols - shownCols)]));
    rows.push(el('tr', undefined, cells));
  }
  if (shownRows < m.rows) rows.push(el('tr', undefined, [el('td', 'nb-more', [s.moreRows(m.rows - shownRows)], { colspan: String(shownCols + 1) })]));
  return el('table', 'nb-matrix', [el('caption', undefined, [s.matrix(m.rows, m.cols)]), el('tbody', undefined, rows)]);
}

/**
 * The view of one console call: strings as written, other values formatted, joined by spaces; at most
 * `limits.args` arguments and `limits.chars` characters in all (the cut notes in the language of `s`),
 * e.g. `formatConsole(['z =', 1])` → "z = 1".
 */
export function formatConsole(args: unknown[], limits: Limits = defaultLimits, s: RuntimeStrings = runtimeStrings('en')): View {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < Math.min(args.length, limits.args) && length <= limits.chars; i++) {
    const a = args[i];
    const part = typeof a === 'string' ? a.slice(0, limits.chars + 1) : inline(a, limits, s);
    parts.push(part);
    length += part.length + 1;
  }
  let text = parts.join(' ');
  if (text.length > limits.chars) text = `${text.slice(0, limits.chars)}${s.cutChars(text.length - limits.chars)}`;
  return args.length > parts.length ? `${text}${s.moreArgs(args.length - parts.length)}` : text;
}
