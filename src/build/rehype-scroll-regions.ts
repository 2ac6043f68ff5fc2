/**
 * Rehype plugin: every display formula and every table of a chapter can scroll sideways on a phone,
 * so each becomes a keyboard stop with a name in the page's language (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`). Display formulas (KaTeX's `.katex-display`) get `role="group"`,
 * `tabindex="0"` and `aria-label` "Formula" / "公式"; tables keep their table role and get
 * `tabindex="0"` and `aria-label` "Table" / "表格" unless they already have a name. A group, not a
 * region: thirty formulas as landmarks would crowd a screen reader's landmark list.
 * The focus ring is the site's `:focus-visible` outline (styles/site.css).
 *
 * The page's language comes from the file's path: content/docs/zh-cn/… is Chinese, anything else English.
 * Run it after rehype-katex.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export const SCROLL_REGION_LABELS = {
  en: { formula: 'Formula', table: 'Table' },
  'zh-cn': { formula: '公式', table: '表格' },
} as const;

/** The locale of a chapter file from its path: 'zh-cn' under a zh-cn folder, otherwise 'en'. */
export function localeOfPath(path: string | undefined): keyof typeof SCROLL_REGION_LABELS {
  return path && /[\\/]zh-cn[\\/]/i.test(path) ? 'zh-cn' : 'en';
}

function hasClass(node: HastNode, name: string): boolean {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.includes(name) : typeof value === 'string' && value.split(/\s+/).includes(name);
}

function walk(node: HastNode, visit: (node: HastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export default function rehypeScrollRegions() {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const labels = SCROLL_REGION_LABELS[localeOfPath(file.path ?? file.history?.[0])];
    walk(tree, (node) => {
      if (node.type !== 'element') return;
      const props = (node.properties ??= {});
      if (hasClass(node, 'katex-display')) {
        Object.assign(props, { role: 'group', tabIndex: 0, ariaLabel: labels.formula });
      } else if (node.tagName === 'table') {
        props.tabIndex = 0;
        if (props.ariaLabel === undefined && props.ariaLabelledBy === undefined) props.ariaLabel = labels.table;
      }
    });
  };
}

/**
 * The same attributes for a display formula rendered to a string by `katex.renderToString`
 * (components that typeset computed values): its `.katex-display` becomes a labelled keyboard stop.
 * @param html KaTeX's output for one formula
 * @param locale the page's edition
 * @returns the markup with the attributes on the formula's `katex-display` span (inline formulas unchanged)
 */
export function labelDisplayFormula(html: string, locale: keyof typeof SCROLL_REGION_LABELS): string {
  return html.replace('<span class="katex-display">', `<span class="katex-display" role="group" tabindex="0" aria-label="${SCROLL_REGION_LABELS[locale].formula}">`);
}
