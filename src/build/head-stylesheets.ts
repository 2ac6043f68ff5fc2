/**
 * Astro integration: a stylesheet a page links from its body is inlined at the end of its head.
 *
 * Expressive Code links its stylesheet (about 18 KB) beside the first code block of a page, which on a
 * long chapter is far down the body. A stylesheet that arrives there makes the browser style the whole
 * document again: one recalculation of 60–90 ms at 4× CPU slowdown, just before the load event, in
 * traces of zh-cn/network. In the head, inlined like the page's other styles (`inlineStylesheets:
 * 'always'`), its rules are there from the first style pass, and the page needs no extra request before
 * it can be drawn. It goes last in the head, so it still follows every other stylesheet in the cascade,
 * as it did in the body (no page has a `<style>` in its body). A stylesheet file no HTML file of the
 * build links any more is deleted, so the offline precache does not carry it.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { rewriteWrittenPages } from './written-pages.ts';

const LINK = /<link rel="stylesheet" href="([^"]+\.css)"\s*\/?>/g;

/**
 * `html` with each stylesheet linked from its body (a `<link rel="stylesheet">` without `media`)
 * removed there and its text, from `css(href)`, inlined once before `</head>`. A link `css` cannot
 * read, or a page without `</head>`, is left as it is. Throws nothing.
 * E.g. `inlineBodyStylesheets('<head></head><body><link rel="stylesheet" href="/a.css"></body>', () => 'p{}')`
 * → `'<head><style>p{}</style></head><body></body>'`.
 */
export function inlineBodyStylesheets(html: string, css: (href: string) => string | undefined): string {
  const head = html.indexOf('</head>');
  if (head < 0) return html;
  const body = html.slice(head);
  const inlined = new Map<string, string>();
  const rest = body.replace(LINK, (link, href: string) => {
    const text = css(href);
    if (text === undefined) return link;
    inlined.set(href, text);
    return '';
  });
  if (!inlined.size) return html;
  const styles = [...inlined.values()].map((text) => `<style>${text}</style>`).join('');
  return html.slice(0, head) + styles + rest;
}

/** The stylesheets (hrefs) an HTML document still links with `<link rel="stylesheet">`. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => m[1]);
}

export default function headStylesheets(base: string): AstroIntegration {
  return {
    name: 'head-stylesheets',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        const files = new Map<string, string>();
        const assets = `${root}_astro/`;
        for (const name of (await readdir(assets)).filter((n) => n.endsWith('.css'))) files.set(`${base}_astro/${name}`, await readFile(`${assets}${name}`, 'utf8'));
        const used = new Set<string>();
        const inlinedHrefs = new Set<string>();
        const { changed } = await rewriteWrittenPages(dir, pages, (html) => inlineBodyStylesheets(html, (href) => {
          const text = files.get(href);
          if (text !== undefined) inlinedHrefs.add(href);
          return text;
        }));
        // Every HTML file the build wrote (404.html too, which is not among `pages`) keeps its files.
        for (const file of await readdir(root, { recursive: true })) {
          if (file.endsWith('.html')) for (const href of linkedStylesheets(await readFile(`${root}${file}`, 'utf8'))) used.add(href);
        }
        const dropped = [...inlinedHrefs].filter((href) => !used.has(href));
        for (const href of dropped) await rm(`${assets}${href.slice(`${base}_astro/`.length)}`);
        logger.info(`stylesheets linked from the body inlined in the head on ${changed} pages; files no page links any more: ${dropped.length}`);
      },
    },
  };
}
