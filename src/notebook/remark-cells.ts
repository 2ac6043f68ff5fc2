// remark plugin: turns ```ts cell blocks of an MDX chapter into <NotebookCell> elements and runs
// every cell once, in page order with one shared scope, in Node with the notebook runtime the
// browser uses. The output is written into the page, so readers see results without JavaScript.
//
//   ```ts cell                       a cell
//   ```ts cell expect-error          a cell that must throw (its error is the point)
//   ```ts cell timeout=5000          a longer time limit in the browser (ms, default 3000)
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { compileOrError } from './compile.ts';
import { outputViews } from './output.ts';
import type { CompiledCell, RunResult } from './protocol.ts';
import { Notebook } from './runtime.ts';
import { baseScope } from './scope-base.ts';
import { digitsScope } from './scope-digits.ts';
import { scopeOf, type CellScope } from './scopes.ts';
import { runtimeStrings } from './strings.ts';
import { renderHtml } from './view.ts';

/** Options of a cell, read from the code fence's meta words. */
export interface CellMeta { expectError: boolean; timeout: number }

/** The component name the plugin inserts (and imports into the MDX module). */
export const COMPONENT = 'NotebookCell__';
export const DEFAULT_TIMEOUT = 3000;

/** True for a fence that is a cell: language ts and the meta word `cell`, e.g. "```ts cell". */
export function isCellFence(lang: string | null | undefined, meta: string | null | undefined): boolean {
  return (lang === 'ts' || lang === 'typescript') && /(^|\s)cell(\s|$)/.test(meta ?? '');
}

/** Reads a fence's meta words, e.g. `parseMeta('cell timeout=5000')` → { expectError: false, timeout: 5000 }. */
export function parseMeta(meta: string | null | undefined): CellMeta {
  const words = (meta ?? '').split(/\s+/).filter(Boolean);
  const out: CellMeta = { expectError: false, timeout: DEFAULT_TIMEOUT };
  for (const w of words) {
    if (w === 'cell') continue;
    if (w === 'expect-error') out.expectError = true;
    else if (/^timeout=\d+$/.test(w)) out.timeout = Math.min(60_000, Math.max(100, Number(w.slice(8))));
    else throw new Error(`unknown word "${w}" in the meta of a cell (expected cell, expect-error or timeout=<ms>)`);
  }
  return out;
}

interface Node { type: string; lang?: string | null; meta?: string | null; value?: string; children?: Node[]; position?: { start: { line: number } }; [k: string]: unknown }
interface VFileLike { path?: string; history?: string[] }

/** Where the chapter's locale comes from: the first folder under content/docs, e.g. "zh-cn". */
export function localeOf(path: string): string {
  const m = /content\/docs\/([^/]+)\//.exec(path.replaceAll('\\', '/'));
  return m ? m[1] : 'en';
}

/** The values of each cell scope at build time (the browser's worker bundles carry the same ones). */
const scopes: Record<CellScope, Record<string, unknown>> = { base: baseScope, digits: digitsScope };

/** Runs code in this Node process under a time limit; stack frames are named after `filename`. */
const nodeNotebook = (scope: CellScope, locale: string) => new Notebook({
  forward: scopes[scope],
  strings: runtimeStrings(locale),
  evaluate: (source, filename) => runInThisContext(source, { filename }) as (...args: unknown[]) => unknown,
  invoke: (call, timeout) => {
    const g = globalThis as { __nbCall$?: () => void };
    g.__nbCall$ = call;
    try {
      runInThisContext('globalThis.__nbCall$()', { timeout, filename: 'nb-invoke.js' });
    } finally {
      delete g.__nbCall$;
    }
  },
});

/** The data one cell carries into the page. */
export interface CellRun { compiled: CompiledCell | null; result: RunResult }

/** Compiles and runs one cell's code in `notebook`; a compile error becomes the run's error. */
export function runCell(notebook: Notebook, index: number, code: string, timeout: number, locale = 'en'): CellRun {
  const { compiled, result } = compileOrError(code, locale);
  return compiled ? { compiled, result: notebook.run(index, compiled, timeout) } : { compiled, result };
}

/** The remark plugin. Options: `component`, the path of NotebookCell.astro (default components/notebook/NotebookCell.astro). */
export default function remarkCells(options: { component?: string } = {}) {
  const component = options.component ?? join(process.cwd(), 'components', 'notebook', 'NotebookCell.astro');
  return (tree: Node, file: VFileLike) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const cells: { node: Node; parent: Node; index: number }[] = [];
    const walk = (node: Node) => {
      node.children?.forEach((child, index) => {
        if (child.type === 'code' && isCellFence(child.lang, child.meta)) cells.push({ node: child, parent: node, index });
        else walk(child);
      });
    };
    walk(tree);
    if (cells.length === 0) return;
    if (!path.endsWith('.mdx')) throw new Error(`${path}: code cells need an .mdx file`);

    const locale = localeOf(path);
    const scope = scopeOf(path);
    const notebook = nodeNotebook(scope, locale);
    const where = (n: number, node: Node, line = 0) => {
      const fileLine = (node.position?.start.line ?? 0) + line;
      return `${path.replace(process.cwd() + '/', '')}: cell ${n}${line > 0 ? `, line ${line} of the cell (line ${fileLine} of the file)` : ` (line ${fileLine} of the file)`}`;
    };
    cells.forEach(({ node, parent, index }, i) => {
      const code = node.value ?? '';
      let meta: CellMeta;
      try {
        meta = parseMeta(node.meta);
      } catch (e) {
        throw new Error(`${where(i + 1, node)}: ${(e as Error).message}`);
      }
      const { compiled, result } = runCell(notebook, i, code, meta.timeout, locale);
      if (result.error && !meta.expectError) {
        throw new Error(`${where(i + 1, node, result.error.line)}: ${result.error.message}${result.error.column ? ` (column ${result.error.column})` : ''}`);
      }
      if (!result.error && meta.expectError) {
        throw new Error(`${where(i + 1, node)}: the cell is marked expect-error but ran without throwing`);
      }
      const output = outputViews(result, locale).map(renderHtml).join('');
      const attrs: Record<string, string> = {
        code,
        index: String(i),
        output,
        compiled: compiled ? JSON.stringify(compiled) : '',
        timeout: String(meta.timeout),
      };
      if (meta.expectError) attrs.expectError = 'true';
      if (i === 0) attrs.first = 'true';
      if (scope !== 'base') attrs.scope = scope;
      parent.children![index] = {
        type: 'mdxJsxFlowElement',
        name: COMPONENT,
        attributes: Object.entries(attrs).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
        children: [],
      };
    });
    tree.children!.unshift(importNode(component));
  };
}

function importNode(path: string): Node {
  const source = JSON.stringify(path);
  return {
    type: 'mdxjsEsm',
    value: `import ${COMPONENT} from ${source};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{
          type: 'ImportDeclaration',
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: COMPONENT } }],
          source: { type: 'Literal', value: path, raw: source },
        }],
      },
    },
  };
}
