import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The tutorial's chapters in reading order, one per part of the source article. A chapter is
 * published (sidebar, home page list, tests) only once it is written in both locales, so the list
 * of planned slugs can stay complete while chapters are being written.
 */
export const plannedChapters = [
  'rules-to-learning', // 1. from writing rules to learning from data
  'neuron', // 2. the neuron: weights, bias, activation functions
  'network', // 3. network structure and the worked 2-2-1 example
  'loss', // 4. loss functions and softmax
  'forward-code', // 5. the complete forward pass in code
  'batches', // 6. many inputs at once: batches, shapes and the computation graph
  'pitfalls', // 7. five common pitfalls
  'depth', // 8. how big the signals get with depth
  'approximation', // 9. networks approximate functions
  'learning', // 10. what "learning" means
  'summary', // 11. summary and what comes next
] as const;

export type ChapterSlug = (typeof plannedChapters)[number];

/** The site's locales: the URL segment and the `lang` attribute of each. */
export const locales = [
  { slug: 'en', lang: 'en' },
  { slug: 'zh-cn', lang: 'zh-CN' },
] as const;

// Resolved from the project root (builds and tests run there): bundling moves this module elsewhere.
const contentDir = join(process.cwd(), 'content', 'docs');

/** The chapters written in every locale, in reading order. */
export const chapterSlugs: ChapterSlug[] = plannedChapters.filter((slug) =>
  locales.every((locale) => existsSync(join(contentDir, locale.slug, `${slug}.mdx`))),
);

/**
 * A chapter's number in reading order (1-based), for "chapter N" in prose and in sidebar labels, so
 * adding a chapter renumbers every reference, e.g. `chapterNumber('neuron')` → 2.
 * Throws for a slug that is not a published chapter.
 */
export function chapterNumber(slug: ChapterSlug): number {
  const i = chapterSlugs.indexOf(slug);
  if (i < 0) throw new Error(`chapterNumber: "${slug}" is not a published chapter`);
  return i + 1;
}
