import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import pagefindOnOpen, { PAGEFIND_CSS_IMPORT, SHIM, withoutPagefindCss } from '../../../src/build/pagefind-on-open.ts';

const resolve = (source: string, importer?: string) =>
  (pagefindOnOpen().resolveId as (source: string, importer?: string) => string | null)(source, importer);

test("pagefindOnOpen points Starlight's import of Pagefind's UI at the shim that builds it when the dialog opens", () => {
  assert.match(SHIM, /components\/search\/pagefind-on-open\.ts$/);
  assert.equal(resolve('@pagefind/default-ui', '/site/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts'), SHIM);
});

test("pagefindOnOpen leaves the shim's own import, entry points and other modules alone", () => {
  assert.equal(resolve('@pagefind/default-ui', SHIM), null);
  assert.equal(resolve('@pagefind/default-ui', `${SHIM}?v=1`), null);
  assert.equal(resolve('@pagefind/default-ui'), null);
  assert.equal(resolve('@pagefind/default-ui/css/ui.css', '/site/x.ts'), null);
});

test("withoutPagefindCss: the docstring example, and Starlight's Search component loses exactly its import of Pagefind's stylesheet", async () => {
  assert.equal(withoutPagefindCss("<style is:global>@import url('@pagefind/default-ui/css/ui.css') layer(starlight.core); a{}</style>"), '<style is:global> a{}</style>');
  const id = `${process.cwd()}/node_modules/@astrojs/starlight/dist/components/Search.astro`;
  const source = readFileSync(id, 'utf8');
  const loaded = await (pagefindOnOpen().load as (this: unknown, id: string) => Promise<string | null>).call({ error: (m: string) => { throw new Error(m); } }, id);
  assert.ok(loaded !== null && PAGEFIND_CSS_IMPORT.test(source) && !PAGEFIND_CSS_IMPORT.test(loaded));
  assert.equal(source.length - loaded.length, source.match(PAGEFIND_CSS_IMPORT)![0].length);
  assert.equal(await (pagefindOnOpen().load as (id: string) => Promise<string | null>)('/site/components/Other.astro'), null);
});
