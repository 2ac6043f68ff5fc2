// What a page's cells can import from "forward". Every page gets the library and the worked examples;
// a chapter listed in `chapterScopes` gets more (the digits chapter: its shipped network and test
// digits, 300 KB of data no other page should load). The scope is chosen by the page's file, at build
// time, so a cell cannot pick one; the browser starts the worker bundle made for it (worker-*.ts).

/** The scopes cells can have: 'base' (library + worked examples) or 'digits' (base + the digits chapter's data). */
export type CellScope = 'base' | 'digits';

/** Chapters (by slug) whose cells get more than the base scope. */
export const chapterScopes: Readonly<Record<string, CellScope>> = { digits: 'digits' };

/** The scope of the cells in a chapter file, e.g. `scopeOf('content/docs/zh-cn/digits.mdx')` → 'digits'. */
export function scopeOf(path: string): CellScope {
  const m = /content\/docs\/[^/]+\/(.+)\.mdx?$/.exec(path.replaceAll('\\', '/'));
  return (m && Object.hasOwn(chapterScopes, m[1]) ? chapterScopes[m[1]] : undefined) ?? 'base';
}

/** A scope name read from the page (the cells' data-scope attribute); anything unknown is 'base'. */
export function pageScope(value: string | undefined): CellScope {
  return value === 'digits' ? 'digits' : 'base';
}
