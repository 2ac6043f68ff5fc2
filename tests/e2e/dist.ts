// Reads the built site (dist/, from `astro build`) the way a reader meets it: each page's visible
// prose, its formulas (KaTeX's rendered text), its cell outputs and its labelling attributes, kept apart
// so each reading check looks only where its kind of fault can hide.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

/** The build being read: OUT_DIR when set (as for `astro build` and the test server), else dist/. */
export const distDir = resolve(process.cwd(), process.env.OUT_DIR ?? 'dist');

/** One built page: its site path (e.g. "zh-cn/neuron/"), its locale segment and its parsed tree. */
export interface Page { path: string; locale: string; tree: Root }

/** Every HTML page of the build, except the generated social images and redirects. */
export function builtPages(): Page[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: build the site first (BASE=/forward-step-by-step/ npx astro build)');
  const out: Page[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html' || name === '404.html') {
        const path = relative(distDir, full).replace(/index\.html$/, '').replace(/\\/g, '/');
        const locale = path.split('/')[0];
        if (locale !== 'en' && locale !== 'zh-cn') continue;
        out.push({ path, locale, tree: fromHtml(readFileSync(full, 'utf8')) });
      }
    }
  };
  walk(distDir);
  return out;
}

const classes = (el: Element): string[] => {
  const c = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : c === undefined || c === null ? [] : String(c).split(/\s+/);
};

/** Where a piece of text sits: prose, a formula, code, a cell's output. */
export type Where = 'prose' | 'math' | 'code' | 'output';

export interface Piece { text: string; where: Where; lang: string; inExerciseQuestion: boolean }

/**
 * The page's text in pieces, each with where it sits and the language of its nearest `lang`. Skipped:
 * <head>, scripts, styles, templates, hidden JSON, and (with `main` true) everything outside <main>.
 */
export function pieces(page: Page, main = true): Piece[] {
  const out: Piece[] = [];
  const visit = (node: Nodes, where: Where, lang: string, inMain: boolean, inQ: boolean) => {
    if (node.type === 'text') {
      if ((inMain || !main) && node.value.trim()) out.push({ text: node.value, where, lang, inExerciseQuestion: inQ });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let w = where, l = lang, m = inMain, q = inQ;
    if (node.type === 'element') {
      const tag = node.tagName;
      if (['head', 'script', 'style', 'template', 'noscript', 'svg'].includes(tag)) return;
      const cls = classes(node);
      if (typeof node.properties?.lang === 'string') l = node.properties.lang;
      if (tag === 'main') m = true;
      if (cls.includes('katex-html') || cls.includes('katex')) w = 'math';
      // A textarea holds a field's value (the playground's JSON and code), not prose.
      if (tag === 'code' || tag === 'pre' || tag === 'textarea' || cls.includes('expressive-code')) w = 'code';
      if (cls.includes('nb-output')) w = 'output';
      if (cls.includes('fw-exercise-q')) q = true;
    }
    for (const child of node.children) visit(child as Nodes, w, l, m, q);
  };
  visit(page.tree, 'prose', page.locale === 'zh-cn' ? 'zh-CN' : 'en', false, false);
  return out;
}

/** Every element of the page, depth first. */
export function elements(page: Page): Element[] {
  const out: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') out.push(node);
    if (node.type === 'element' || node.type === 'root') for (const c of node.children) visit(c as Nodes);
  };
  visit(page.tree);
  return out;
}

export { classes };

/** An element's text content. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') {
    if (node.type === 'element' && ['script', 'style'].includes(node.tagName)) return '';
    return node.children.map((c) => textOf(c as Nodes)).join('');
  }
  return '';
}
