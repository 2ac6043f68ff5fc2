/**
 * The build's written pages, rewritten in place: for each page Astro reports at `astro:build:done`,
 * its index.html is read, passed to `transform`, and written back when it changed. A page without an
 * index.html (a redirect, an endpoint) is skipped. Returns the bytes before and after, and how many
 * pages changed, for the integration's log line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function rewriteWrittenPages(dir: URL, pages: readonly { pathname: string }[], transform: (html: string, pathname: string) => string): Promise<{ before: number; after: number; changed: number }> {
  const root = fileURLToPath(dir);
  let before = 0;
  let after = 0;
  let changed = 0;
  for (const { pathname } of pages) {
    const file = `${root}${pathname}${pathname === '' || pathname.endsWith('/') ? '' : '/'}index.html`;
    const html = await readFile(file, 'utf8').catch(() => null);
    if (html === null) continue;
    const out = transform(html, pathname);
    before += html.length;
    after += out.length;
    if (out !== html) {
      changed += 1;
      await writeFile(file, out);
    }
  }
  return { before, after, changed };
}
