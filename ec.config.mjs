// @ts-check
// Expressive Code's options (read both for Markdown code blocks and for the `<Code>` component, which
// is why they live here rather than in astro.config.mjs: they contain functions).
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { blockLocale, createRendererWithLightScripts } from './src/build/code-copy.ts';
import { LOCALE_LANGS } from './src/build/locales.ts';

export default defineEcConfig({
  // Expressive Code's scripts without their document-wide MutationObservers (src/build/code-copy.ts).
  customCreateRenderer: createRendererWithLightScripts,
  // The copy button's title and "Copied!" note in the language of the page the block is on.
  getBlockLocale: ({ file }) => blockLocale(LOCALE_LANGS, file.path, file.url),
});
