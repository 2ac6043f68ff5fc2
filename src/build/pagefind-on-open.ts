/**
 * Vite plugin: Starlight's Search component imports `@pagefind/default-ui` and builds its dialog's search
 * UI in an idle task after every page load. Here that import resolves to
 * `components/search/pagefind-on-open.ts`, which builds the real UI the first time the dialog opens; the
 * shim's own import of `@pagefind/default-ui` still reaches the package. The component's global style
 * loses its `@import` of Pagefind's stylesheet (about 14.5 KB, inlined in every page): the shim adds it
 * (`components/search/pagefind-ui.css`, in the same cascade layer) when it builds the UI. The build stops
 * with a message if a new Starlight writes that import differently.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';

/** The shim's module id, with forward slashes as Vite writes ids on every system. */
export const SHIM = normalizePath(fileURLToPath(new URL('../../components/search/pagefind-on-open.ts', import.meta.url)));

/** Starlight's import of Pagefind's stylesheet, as its Search component writes it. */
export const PAGEFIND_CSS_IMPORT = /@import\s+url\(['"]@pagefind\/default-ui\/css\/ui\.css['"]\)\s*layer\(starlight\.core\);/;

/**
 * The source of Starlight's Search component without its import of Pagefind's stylesheet (the build reads
 * the component through this), e.g.
 * `withoutPagefindCss("<style is:global>@import url('@pagefind/default-ui/css/ui.css') layer(starlight.core); a{}</style>")`
 * → "<style is:global> a{}</style>".
 */
export function withoutPagefindCss(code: string): string {
  return code.replace(PAGEFIND_CSS_IMPORT, '');
}

export default function pagefindOnOpen(): Plugin {
  return {
    name: 'pagefind-on-open',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@pagefind/default-ui' || !importer || importer.split('?')[0] === SHIM) return null;
      return SHIM;
    },
    async load(id) {
      if (!/[\\/]@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro$/.test(id)) return null;
      const source = await readFile(id, 'utf8');
      if (!PAGEFIND_CSS_IMPORT.test(source)) this.error("Starlight's Search component no longer imports Pagefind's stylesheet as expected: check src/build/pagefind-on-open.ts");
      return withoutPagefindCss(source);
    },
  };
}
