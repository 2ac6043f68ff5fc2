/**
 * Vite plugin: Starlight's Search component imports `@pagefind/default-ui` and builds its dialog's search
 * UI in an idle task after every page load. Here that import resolves to
 * `components/search/pagefind-on-open.ts`, which builds the real UI the first time the dialog opens; the
 * shim's own import of `@pagefind/default-ui` still reaches the package.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const SHIM = fileURLToPath(new URL('../../components/search/pagefind-on-open.ts', import.meta.url));

export default function pagefindOnOpen(): Plugin {
  return {
    name: 'pagefind-on-open',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@pagefind/default-ui' || !importer || importer.split('?')[0] === SHIM) return null;
      return SHIM;
    },
  };
}
