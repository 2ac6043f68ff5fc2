// What the page accepts from the sandbox: a result is rebuilt here, by the page's own code, from the
// closed set of tags, attributes and classes of view.ts, within a budget of entries, elements and
// characters, so no cell can style, link, cover or slow the page through its output.
import type { CellError, OutputEntry, RunResult } from './protocol.ts';
import { htmlTags, safeAttr, safeClass, svgTags, type View, type ViewElement, type ViewTag } from './view.ts';

/** The page's caps for one run's output (the worker's formatter keeps well inside them). */
export const pageCaps = {
  /** Output lines (console calls, the result, plots) of one run. */
  entries: 200,
  /** Elements in all the views of one run. */
  nodes: 4000,
  /** Characters of text in all the views of one run. */
  chars: 200_000,
  /** Characters of an error message. */
  errorChars: 2000,
  /** Nesting of a view. */
  depth: 12,
} as const;

const tags = new Set<string>([...htmlTags, ...svgTags]);
const kinds = new Set<OutputEntry['kind']>(['log', 'info', 'warn', 'error', 'result', 'plot']);

interface Budget { nodes: number; chars: number; cut: boolean }

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Shortens `s` to `max` characters, saying so, e.g. `clip('abcdef', 3)` → "abc… (6 characters)". */
export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s;
}

function cleanView(v: unknown, budget: Budget, depth: number): View | null {
  if (typeof v === 'string') {
    if (budget.chars <= 0) { budget.cut = true; return null; }
    const text = v.length > budget.chars ? v.slice(0, budget.chars) : v;
    if (text.length < v.length) budget.cut = true;
    budget.chars -= text.length;
    return text;
  }
  if (!isObject(v) || typeof v.tag !== 'string' || !tags.has(v.tag) || depth > pageCaps.depth) return null;
  if (budget.nodes <= 0) { budget.cut = true; return null; }
  budget.nodes--;
  const out: ViewElement = { tag: v.tag as ViewTag };
  const cls = safeClass(v.cls);
  if (cls) out.cls = cls;
  if (isObject(v.attrs)) {
    const attrs: Record<string, string> = {};
    for (const k of Object.keys(v.attrs).slice(0, 8)) if (safeAttr(out.tag, k, v.attrs[k])) attrs[k] = v.attrs[k] as string;
    if (Object.keys(attrs).length > 0) out.attrs = attrs;
  }
  if (Array.isArray(v.children)) {
    const children: View[] = [];
    for (const c of v.children) {
      if (budget.nodes <= 0 || budget.chars <= 0) { budget.cut = true; break; }
      const child = cleanView(c, budget, depth + 1);
      if (child !== null) children.push(child);
    }
    if (children.length > 0) out.children = children;
  }
  return out;
}

function cleanError(e: unknown): CellError | null {
  if (!isObject(e) || typeof e.message !== 'string') return null;
  const n = (x: unknown) => (Number.isInteger(x) && (x as number) >= 0 && (x as number) < 1e6 ? (x as number) : 0);
  return { message: clip(e.message, pageCaps.errorChars), line: n(e.line), column: n(e.column) };
}

/**
 * Rebuilds a run's result from what the sandbox sent, or null if it is not one. Views keep only known
 * tags, attributes and classes; entries past the caps are counted in `cut`.
 * E.g. `cleanResult({ entries: [], cut: 0, error: { message: 'x', line: 1, column: 2 } })?.error?.column` → 2.
 */
export function cleanResult(x: unknown): RunResult | null {
  if (!isObject(x) || !Array.isArray(x.entries)) return null;
  const budget: Budget = { nodes: pageCaps.nodes, chars: pageCaps.chars, cut: false };
  const entries: OutputEntry[] = [];
  let cut = Number.isInteger(x.cut) && (x.cut as number) >= 0 ? (x.cut as number) : 0;
  for (const e of x.entries) {
    if (entries.length >= pageCaps.entries || budget.nodes <= 0 || budget.chars <= 0) { cut++; continue; }
    if (!isObject(e) || !kinds.has(e.kind as OutputEntry['kind'])) continue;
    const view = cleanView(e.view, budget, 0);
    if (view !== null) entries.push({ kind: e.kind as OutputEntry['kind'], view });
  }
  if (budget.cut) cut++;
  return { entries, cut, error: x.error == null ? null : cleanError(x.error) };
}

/** A cell error from the sandbox made safe to show, or null, e.g. `cleanCellError({ message: 1 })` → null. */
export function cleanCellError(x: unknown): CellError | null {
  return cleanError(x);
}
