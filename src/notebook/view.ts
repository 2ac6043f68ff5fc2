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
const attrName = /^[a-z][a-z0-9-]*$/i;

/** Escapes text for HTML element content and attribute values, e.g. `escapeHtml('<b>')` → "&lt;b&gt;". */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Serialises a view to escaped HTML, e.g. `renderHtml(el('span', 'x', ['<']))` → '<span class="x">&lt;</span>'. */
export function renderHtml(view: View): string {
  if (typeof view === 'string') return escapeHtml(view);
  if (!allowed.has(view.tag)) throw new Error(`renderHtml: tag is "${view.tag}" (expected one of ${[...allowed].join(', ')})`);
  let out = `<${view.tag}`;
  if (view.cls) out += ` class="${escapeHtml(view.cls)}"`;
  for (const [k, v] of Object.entries(view.attrs ?? {})) {
    if (!attrName.test(k) || /^on/i.test(k)) continue;
    out += ` ${k}="${escapeHtml(v)}"`;
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
