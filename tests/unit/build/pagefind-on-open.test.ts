import { test } from 'node:test';
import assert from 'node:assert/strict';
import pagefindOnOpen, { SHIM } from '../../../src/build/pagefind-on-open.ts';

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
