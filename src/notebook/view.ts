// The small view tree every output is made of: plain data that crosses postMessage, is written to
// HTML at build time (renderHtml, here) and built into DOM in the browser (renderDom, dom.ts).
// One formatter makes the tree; two tiny renderers draw it, so build output equals browser output.

/** Elements a view may use; SVG ones are created in the SVG namespace. */
export const htmlTags = ['div', 'span', 'table', 'caption', 'tbody', 'tr', 'th', 'td'] as const;
export const svgTags = ['svg', 'g', 'path', 'line', 'text', 'title', 'rect'] as const;
export type ViewTag = (typeof htmlTags)[number] | (typeof svgTags)[number];

/** A text leaf or an element with an optional class, attributes and children. */
export type View = string | ViewElement;
export interface ViewElement {
  tag: ViewTag;
  cls?: string;
  attrs?: Record<string, string>;
  children?: View[];
}

/** Builds an element view, e.g. `el('span', 'nb-num', ['1'])`. */
export function el(tag: ViewTag, cls?: string, children?: View[], attrs?: Record<string, string>): ViewElement {
  const v: ViewElement = { tag };
  if (cls) v.cls = cls;
  if (attrs) v.attrs = attrs;
  if (children && children.length > 0) v.children = children;
  return v;
}

const allowed = new Set<string>([...htmlTags, ...svgTags]);
const number = /^-?\d{1,6}(\.\d{1,3})?$/;
const text = (v: string) => v.length <= 200;

/**
 * The closed set of attributes a view may carry, per tag, with a test for the value: no style, no URL,
 * no event handler and no attribute the page acts on (data-*, id, href) can pass.
 */
export const viewAttrs: Partial<Record<ViewTag, Record<string, (v: string) => boolean>>> = {
  div: { 'data-line': (v) => /^\d{1,6}$/.test(v), 'data-column': (v) => /^\d{1,6}$/.test(v) },
  td: { colspan: (v) => /^\d{1,3}$/.test(v) },
  svg: { viewBox: (v) => /^[\d. -]{1,40}$/.test(v), role: (v) => v === 'img', 'aria-label': text },
  path: { d: (v) => /^[MLZ\d. -]*$/.test(v) && v.length <= 60_000, fill: (v) => v === 'none' },
  line: { x1: (v) => number.test(v), y1: (v) => number.test(v), x2: (v) => number.test(v), y2: (v) => number.test(v) },
  text: { x: (v) => number.test(v), y: (v) => number.test(v), 'text-anchor': (v) => v === 'start' || v === 'middle' || v === 'end' },
};

/** The classes a view may carry (the notebook's output styles only). */
export const viewClasses = new Set(['nb-value', 'nb-matrix', 'nb-more', 'nb-plot', 'nb-axis', 'nb-zero', 'nb-tick', 'nb-label', 'nb-title',
  'nb-s0', 'nb-s1', 'nb-s2', 'nb-s3', 'nb-entry', 'nb-log', 'nb-info', 'nb-warn', 'nb-error', 'nb-result', 'nb-note', 'nb-at', 'nb-msg']);
// Never here: nb-sys, the page's own notes (cell-view.ts), which no view from a cell may imitate.

/** True when `tag` may carry attribute `name` with `value`, e.g. `safeAttr('path', 'style', 'x')` → false. */
export function safeAttr(tag: string, name: string, value: unknown): boolean {
  const test = viewAttrs[tag as ViewTag]?.[name];
  return typeof value === 'string' && Object.hasOwn(viewAttrs[tag as ViewTag] ?? {}, name) && !!test && test(value);
}

/** The class text kept from `cls`: known output classes only, e.g. `safeClass('nb-s1 x')` → "nb-s1". */
export function safeClass(cls: unknown): string {
  if (typeof cls !== 'string') return '';
  return cls.split(/\s+/).filter((c) => viewClasses.has(c)).slice(0, 4).join(' ');
}

/** Escapes text for HTML element content and attribute values, e.g. `escapeHtml('<b>')` → "&lt;b&gt;". */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Serialises a view to escaped HTML, e.g. `renderHtml(el('span', 'x', ['<']))` → '<span class="x">&lt;</span>'. */
export function renderHtml(view: View): string {
  if (typeof view === 'string') return escapeHtml(view);
  if (!allowed.has(view.tag)) throw new Error(`renderHtml: tag is "${view.tag}" (expected one of ${[...allowed].join(', ')})`);
  let out = `<${view.tag}`;
  const cls = safeClass(view.cls);
  if (cls) out += ` class="${cls}"`;
  for (const [k, v] of Object.entries(view.attrs ?? {})) {
    if (safeAttr(view.tag, k, v)) out += ` ${k}="${escapeHtml(v)}"`;
  }
  out += '>';
  for (const child of view.children ?? []) out += renderHtml(child);
  return `${out}</${view.tag}>`;
}

/** The plain text of a view, as a reader would select it (no layout). */
export function viewText(view: View): string {
  if (typeof view === 'string') return view;
  return (view.children ?? []).map(viewText).join('');
}
