/**
 * Rehype plugin: the browser lays out a display formula's visible KaTeX markup only when it comes near
 * the viewport. A long chapter holds about a thousand elements of display-formula HTML; styled and laid
 * out at once they make one long task while the page loads (issue 16). Each display formula's
 * `.katex-html` (the drawing, `aria-hidden`) gets `content-visibility: auto` and, as the size it keeps
 * until it is drawn, its height from KaTeX's struts (drawingHeightEm). The MathML beside it, which screen readers read, is left alone: skipped content loses its
 * MathML roles in Chromium's accessibility tree, the drawing has none to lose.
 * Inline formulas are not touched (an inline box cannot be size-contained).
 * Run it after rehype-katex; `lazyDisplayFormula` does the same for a formula rendered to a string.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * The part of a formula's line above and below the baseline when nothing in it is taller, in em:
 * KaTeX's line height (1.2 em) spread over its font's ascent and descent, as Chromium lays out
 * KaTeX_Main (measured on this site's display formulas: a line with only short symbols is 1.2 em tall).
 */
export const LINE_ABOVE_EM = 0.827;
export const LINE_BELOW_EM = 0.373;

/** One strut of KaTeX's drawing: its height (em) and its depth below the baseline (em). */
export interface Strut {
  height: number;
  depth: number;
}

/**
 * The height in em of a display formula's drawing from its struts: KaTeX sets each line's strut to the
 * line's height plus depth, hung `depth` below the baseline, so the drawing reaches as high as the
 * tallest part above the baseline and as low as the deepest, and never less than one plain line, e.g.
 * `drawingHeightEm([{ height: 2.4, depth: 0.95 }])` → 2.4 and `drawingHeightEm([{ height: 0.889, depth: 0.194 }])` → 1.2.
 * Within 0.06 em of what Chromium draws for every display formula of the site (tests/e2e/formulas.test.ts).
 */
export function drawingHeightEm(struts: readonly Strut[]): number {
  const ok = struts.filter((s) => Number.isFinite(s.height) && Number.isFinite(s.depth));
  const above = Math.max(LINE_ABOVE_EM, ...ok.map((s) => s.height - s.depth));
  const below = Math.max(LINE_BELOW_EM, ...ok.map((s) => s.depth));
  return Number((above + below).toFixed(3));
}

/** A strut's height and depth from its inline style, e.g. "height:0.8889em;vertical-align:-0.1944em;". */
export function strutOf(style: string): Strut {
  const height = Number(/height:\s*([\d.]+)em/.exec(style)?.[1]);
  const align = /vertical-align:\s*(-?[\d.]+)em/.exec(style)?.[1];
  return { height, depth: align === undefined ? 0 : -Number(align) };
}

/**
 * The inline style that skips a drawing of that height until it is near the viewport, e.g.
 * `lazyStyle(2.648)` → "content-visibility:auto;contain-intrinsic-block-size:auto 2.648em".
 */
export function lazyStyle(heightEm: number): string {
  return `content-visibility:auto;contain-intrinsic-block-size:auto ${Number(heightEm.toFixed(3))}em`;
}

function hasClass(node: HastNode, name: string): boolean {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.includes(name) : typeof value === 'string' && value.split(/\s+/).includes(name);
}

function find(node: HastNode, test: (node: HastNode) => boolean, out: HastNode[] = []): HastNode[] {
  if (node.type === 'element' && test(node)) out.push(node);
  for (const child of node.children ?? []) find(child, test, out);
  return out;
}

export default function rehypeLazyFormulas() {
  return (tree: HastNode) => {
    for (const display of find(tree, (n) => hasClass(n, 'katex-display'))) {
      for (const drawing of find(display, (n) => hasClass(n, 'katex-html'))) {
        const struts = find(drawing, (n) => hasClass(n, 'strut')).map((n) => strutOf(String(n.properties?.style ?? '')));
        const props = (drawing.properties ??= {});
        props.style = [props.style, lazyStyle(drawingHeightEm(struts))].filter(Boolean).join(';');
      }
    }
  };
}

/**
 * The same for one formula rendered by `katex.renderToString`: a display formula's drawing gets the
 * lazy style; an inline formula comes back unchanged.
 * @param html KaTeX's output for one formula
 */
export function lazyDisplayFormula(html: string): string {
  if (!html.includes('class="katex-display"')) return html;
  const struts = [...html.matchAll(/class="strut" style="([^"]*)"/g)].map((m) => strutOf(m[1]));
  return html.replace('<span class="katex-html" aria-hidden="true">', `<span class="katex-html" aria-hidden="true" style="${lazyStyle(drawingHeightEm(struts))}">`);
}
