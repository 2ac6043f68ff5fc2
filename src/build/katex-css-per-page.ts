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
 *
 * The same pass gives each page a preload for exactly the KaTeX font faces its remaining rules draw
 * with (katexFacesToPreload), so the fonts arrive with the page instead of being discovered while the
 * page is laid out, which lays the formulas out a second time (measured on zh-cn/loss: the
 * calligraphic L was requested 445 ms into the load at 4× CPU slowdown, in the middle of the first
 * layout), and a page without formulas fetches no math font at all.
 */
import type { AstroIntegration } from 'astro';
import { rewriteWrittenPages } from './written-pages.ts';
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

/** One @font-face entry of KaTeX's: family (`KaTeX_Main`), weight (400 or 700), italic or not, file URL. */
export interface KatexFace {
  family: string;
  weight: number;
  italic: boolean;
  url: string;
}

/** The KaTeX @font-face entries in `css` (minified, as trimKatexCss writes it), in order. */
export function katexFaces(css: string): KatexFace[] {
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].flatMap(([, body]) => {
    const family = /font-family:\s*"?(KaTeX_[A-Za-z0-9-]+)/.exec(body)?.[1];
    const url = /src:\s*url\(\s*"?([^")]+)"?\s*\)/.exec(body)?.[1];
    if (!family || !url) return [];
    return [{ family, weight: /font-weight:\s*(700|bold)/.test(body) ? 700 : 400, italic: /font-style:\s*italic/.test(body), url }];
  });
}

/**
 * The KaTeX font faces that the style rules of `css` draw with (after trimKatexCss, only rules the page's
 * classes can match): for each KaTeX rule, the KaTeX family it names (in `font-family` or the `font`
 * shorthand) with the rule's weight and style, and for a KaTeX rule that sets only a bold weight or an
 * italic style (`.katex .textbf`), KaTeX's text family KaTeX_Main in that weight and style. Returns the
 * matching @font-face entries of `css`, in their order. E.g. `.katex{font:normal 1.21em KaTeX_Main}` with
 * `.katex .mathbf{font-family:KaTeX_Main;font-weight:700}` → the Main regular and Main bold faces.
 */
export function katexFacesToPreload(css: string): KatexFace[] {
  const wanted = new Set<string>();
  const key = (family: string, weight: number, italic: boolean) => `${family}/${weight}/${italic}`;
  for (const [, selectors, body] of css.replace(/@font-face\{[^}]*\}/g, '').matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    if (!/\.katex(?![\w-])/.test(selectors)) continue;
    const fontValue = /(?:^|;)\s*font(?:-family)?:([^;]*)/.exec(body)?.[1] ?? '';
    const named = /KaTeX_[A-Za-z0-9-]+/.exec(fontValue)?.[0];
    const bold = /font-weight:\s*(700|bold)/.test(body) || /(?:^|;)\s*font:[^;]*\bbold\b/.test(body);
    const italic = /font-style:\s*italic/.test(body) || /(?:^|;)\s*font:[^;]*\bitalic\b/.test(body);
    if (named) wanted.add(key(named, bold ? 700 : 400, italic));
    else if (bold || italic) wanted.add(key('KaTeX_Main', bold ? 700 : 400, italic));
  }
  return katexFaces(css).filter((face) => wanted.has(key(face.family, face.weight, face.italic)));
}

/**
 * The faces of katexFacesToPreload(css) worth a preload: those with a file to fetch (a small font the
 * bundler inlined as a data: URL is in the stylesheet already).
 */
export function katexFontPreloads(css: string): KatexFace[] {
  return katexFacesToPreload(css).filter((face) => !face.url.startsWith('data:'));
}

/** The `<link rel="preload">` tag for one font face (fonts are fetched in CORS mode, so `crossorigin`). */
const preloadTag = (face: KatexFace) => `<link rel="preload" href="${face.url}" as="font" type="font/woff2" crossorigin/>`;

/**
 * `html` with KaTeX's rules trimmed (trimKatexCss) in each inlined `<style>` that holds KaTeX's
 * stylesheet, and a preload for each KaTeX font file the trimmed rules draw with (katexFontPreloads),
 * placed right after `<meta charset>`; a page's earlier KaTeX font preloads are replaced.
 */
export function trimKatexCssInPage(html: string): string {
  const used = classesInHtml(html);
  const faces: KatexFace[] = [];
  const trimmed = html
    .replace(/<link rel="preload" href="[^"]*\/KaTeX_[^"]*" as="font"[^>]*>/g, '')
    .replace(/(<style[^>]*>)([^<]*)(<\/style>)/g, (whole, open: string, css: string, close: string) => {
      if (!css.includes('.katex')) return whole;
      const kept = trimKatexCss(css, used);
      faces.push(...katexFontPreloads(kept));
      return `${open}${kept}${close}`;
    });
  return trimmed.replace(/<meta charset="utf-8"\s*\/?>/i, (meta) => meta + faces.map(preloadTag).join(''));
}

export default function katexCssPerPage(): AstroIntegration {
  return {
    name: 'katex-css-per-page',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const { before, after } = await rewriteWrittenPages(dir, pages, trimKatexCssInPage);
        logger.info(`KaTeX rules no page uses removed: pages ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`);
      },
    },
  };
}
