/**
 * Astro integration: each page keeps only the KaTeX style rules its formulas use.
 *
 * Every page inlines one shared stylesheet (Starlight's, KaTeX's and the site's; `inlineStylesheets:
 * 'always'`), about 30 KB of it KaTeX's: rules for every accent, font, size and spacing KaTeX can
 * produce, and 20 @font-face entries. All the site's formulas are rendered at build time (rehype-katex,
 * components/kit/Tex.astro) and no script adds KaTeX markup later, so the classes on a built page are
 * all the KaTeX classes it will ever show. Once the pages are written, each page's inlined stylesheet
 * loses the KaTeX selectors that name a class the page does not carry, then the @font-face entries of
 * KaTeX fonts no remaining rule names. Other rules (Starlight's, the site's) are left as they are.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform, type Selector } from 'lightningcss';

/** A KaTeX selector: one whose first class is KaTeX's root class `katex` or one of its `katex-…` classes. */
function isKatexSelector(selector: Selector): boolean {
  const first = selector.find((component) => component.type === 'class');
  return first?.type === 'class' && /^katex(-|$)/.test(first.name);
}

/**
 * The class names a selector requires an element to carry: those outside pseudo-classes (a class inside
 * `:not(…)` is required to be absent, one inside `:is(…)` is one choice of several, so neither counts).
 */
function requiredClasses(selector: Selector): string[] {
  return selector.flatMap((component) => (component.type === 'class' ? [component.name] : []));
}

/** The class names used in an HTML document's class attributes. */
export function classesInHtml(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
    for (const name of (match[1] ?? match[2] ?? match[3]).split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

/**
 * `css` without the KaTeX selectors that name a class outside `used` (a rule left with no selector goes),
 * nor the @font-face entries of KaTeX fonts (`KaTeX_…`) that no remaining rule names. Other rules are kept.
 * The result is minified (lightningcss). E.g. with `used` = {katex}, `.katex{color:red}.katex .mathbf{x:y}`
 * → `.katex{color:red}`.
 */
export function trimKatexCss(css: string, used: ReadonlySet<string>): string {
  const keep = (selector: Selector) => !isKatexSelector(selector) || requiredClasses(selector).every((name) => used.has(name));
  const rules = transform({
    filename: 'page.css',
    code: Buffer.from(css),
    minify: true,
    errorRecovery: true,
    visitor: {
      Rule: {
        style(rule) {
          const selectors = rule.value.selectors.filter(keep);
          if (selectors.length === rule.value.selectors.length) return undefined; // unchanged
          return selectors.length ? { ...rule, value: { ...rule.value, selectors } } : [];
        },
      },
    },
  }).code.toString();
  const faceFamily = /@font-face\{[^}]*?font-family:\s*"?(KaTeX_[A-Za-z0-9-]+)"?[^}]*\}/g;
  const named = new Set(rules.replace(faceFamily, '').match(/KaTeX_[A-Za-z0-9-]+/g) ?? []);
  return rules.replace(faceFamily, (face, family: string) => (named.has(family) ? face : ''));
}

/** `html` with KaTeX's rules trimmed (trimKatexCss) in each inlined `<style>` that holds KaTeX's stylesheet. */
export function trimKatexCssInPage(html: string): string {
  const used = classesInHtml(html);
  return html.replace(/(<style[^>]*>)([^<]*)(<\/style>)/g, (whole, open: string, css: string, close: string) =>
    css.includes('.katex') ? `${open}${trimKatexCss(css, used)}${close}` : whole,
  );
}

export default function katexCssPerPage(): AstroIntegration {
  return {
    name: 'katex-css-per-page',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        let before = 0;
        let after = 0;
        for (const { pathname } of pages) {
          const file = `${root}${pathname}${pathname === '' || pathname.endsWith('/') ? '' : '/'}index.html`;
          const html = await readFile(file, 'utf8').catch(() => null);
          if (html === null) continue;
          const trimmed = trimKatexCssInPage(html);
          before += html.length;
          after += trimmed.length;
          if (trimmed !== html) await writeFile(file, trimmed);
        }
        logger.info(`KaTeX rules no page uses removed: pages ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`);
      },
    },
  };
}
