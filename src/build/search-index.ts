/**
 * Astro integration: rebuilds the Pagefind search index so that results quote what a reader reads:
 * prose, headings and figure captions. Starlight indexes each page's whole main column and passes
 * Pagefind no options, so this runs after Starlight's own indexing (list it after `starlight()`)
 * and writes the index again, in the same place, leaving out the parts named in
 * {@link SEARCH_EXCLUDED}.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The root element of each widget (components/*.astro), by the data attribute its script looks for. */
export const WIDGET_ROOTS = [
  '[data-activation-gallery]', '[data-approximation]', '[data-ce-widget]', '[data-mse-widget]', '[data-network221]',
  '[data-neuron-explorer]', '[data-pitfall-init]', '[data-pitfall-linear]', '[data-pitfall-loss]',
  '[data-pitfall-saturation]', '[data-rules-vs-neuron]', '[data-softmax-widget]', '[data-stability-lab]',
] as const;

/**
 * What the index leaves out (CSS selectors, as Pagefind's `excludeSelectors`): code cells (toolbar,
 * code and output) and their Run all / Reset all bar, an exercise's answer form, tolerance line,
 * verdict, hint and solution, the widgets' controls and readouts (their figure captions stay), and
 * KaTeX's MathML copy of each formula (the visible formula is indexed once, as before).
 */
export const SEARCH_EXCLUDED = [
  'nb-cell', '[data-nb-bar]',
  '.fw-exercise-form', '.fw-exercise-tol', '.fw-exercise-result', '.fw-exercise-more',
  ...WIDGET_ROOTS.map((root) => `${root} > :not(figcaption)`),
  '.katex-mathml',
];

async function check<T extends { errors: string[] }>(response: Promise<T>): Promise<T> {
  const result = await response;
  if (result.errors.length) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
  return result;
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'fw-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(new URL('./pagefind/', dir));
        try {
          const { index } = await check(pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED }));
          if (!index) throw new Error('Pagefind gave no index');
          const { page_count } = await check(index.addDirectory({ path: fileURLToPath(dir) }));
          rmSync(outputPath, { recursive: true, force: true });
          await check(index.writeFiles({ outputPath }));
          logger.info(`Search index rebuilt over ${page_count} pages without cells, answers and widget controls.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
