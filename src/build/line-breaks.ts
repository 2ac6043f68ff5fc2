/**
 * Astro integration: two places where a line must not break, fixed in the written pages.
 *
 * 1. A number in e-notation ("5.776e-5", from the library's formatNumber) breaks after its hyphen at a
 *    phone's width, leaving "5.776e-" at the end of one line and "5" on the next. In prose each such
 *    number is wrapped in `<span class="fw-nowrap">` (styles/site.css keeps it on one line).
 * 2. Chinese closing punctuation (。，、；：？！）」』”) must not start a line, but CSS allows a break after
 *    any inline-block (KaTeX draws a formula as such boxes), even before that punctuation, and no
 *    character can forbid it. So the mark after an inline formula is drawn inside the formula's last
 *    box (`data-fw-after` on it, shown by styles/site.css as `::after`, where no break can fall), and the
 *    mark itself stays in the text for screen readers, search and copying, visually hidden
 *    (`<span class="fw-after-formula">`).
 *
 * Numbers chapters write in MDX expressions exist only once the page is rendered, so this runs on the
 * written HTML, like src/build/katex-css-per-page.ts. Code, cells, formulas, SVG, scripts and form
 * fields are left untouched. A widget's text may be wrapped too: the kit's setText replaces the span
 * with plain text on the widget's first redraw.
 */
import type { AstroIntegration } from 'astro';
import { rewriteWrittenPages } from './written-pages.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const UNTOUCHED = new Set(['script', 'style', 'code', 'pre', 'textarea', 'svg', 'math', 'template', 'title', 'head']);
const E_NUMBER = /(?<![\w.])[-−]?\d+(?:\.\d+)?e[-+−]?\d+(?!\w|\.\d)/g;
const CJK_CLOSING = /^[。，、；：？！）」』”]/;

interface Open { at: number; tag: string; untouched: boolean; katex: boolean; display: boolean; holdsKatex: boolean }

/**
 * `html` with every e-notation number in prose wrapped in `<span class="fw-nowrap">`, and the Chinese
 * closing punctuation right after an inline formula drawn inside the formula's last box.
 * e.g. `<p>its product is 5.776e-5.</p>` → `<p>its product is <span class="fw-nowrap">5.776e-5</span>.</p>`
 */
export function keepLinesTogether(html: string): string {
  const stack: Open[] = [];
  let afterFormula = false;
  let formulaAt = 0;
  let out = '';
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<!\w[^>]*>|<\/?([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g)) {
    const token = m[0];
    const tag = m[1]?.toLowerCase();
    if (tag && token.startsWith('</')) {
      // Close up to the matching element (HTML written by the build is well nested).
      const at = stack.map((o) => o.tag).lastIndexOf(tag);
      if (at >= 0) {
        const closed = stack[at];
        stack.length = at;
        afterFormula = tag === 'span' && !closed.display && (closed.katex || closed.holdsKatex);
        if (afterFormula) formulaAt = closed.at;
        if (afterFormula && stack.length) stack[stack.length - 1].holdsKatex = true;
      }
      out += token;
      continue;
    }
    if (tag) {
      afterFormula = false;
      const cls = /\sclass="([^"]*)"/.exec(m[2] ?? '')?.[1].split(/\s+/) ?? [];
      const parentUntouched = stack.length > 0 && stack[stack.length - 1].untouched;
      const katex = cls.includes('katex') && !cls.includes('katex-display');
      if (!VOID.has(tag) && !token.endsWith('/>')) {
        stack.push({ at: out.length, tag, untouched: parentUntouched || UNTOUCHED.has(tag) || cls.some((c) => c.startsWith('katex') || c === 'expressive-code'), katex, display: cls.includes('katex-display'), holdsKatex: false });
      }
      out += token;
      continue;
    }
    const touch = !(stack.length > 0 && stack[stack.length - 1].untouched) && token !== '<';
    let text = token;
    if (touch) {
      const mark = CJK_CLOSING.exec(text)?.[0];
      const lastBox = afterFormula && mark ? out.lastIndexOf('<span class="base">') : -1;
      if (mark && lastBox >= formulaAt) {
        const open = lastBox + '<span class="base"'.length;
        out = `${out.slice(0, open)} data-fw-after="${mark}"${out.slice(open)}`;
        text = `<span class="fw-after-formula">${mark}</span>${text.slice(mark.length)}`;
      }
      text = text.replace(E_NUMBER, (n) => `<span class="fw-nowrap">${n}</span>`);
    }
    afterFormula = false;
    out += text;
  }
  return out;
}

export default function lineBreaks(): AstroIntegration {
  return {
    name: 'line-breaks',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const { changed } = await rewriteWrittenPages(dir, pages, keepLinesTogether);
        logger.info(`Lines kept together (e-notation numbers, punctuation after formulas) on ${changed} pages`);
      },
    },
  };
}
