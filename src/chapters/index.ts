import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The tutorial's chapters in reading order: the nine parts of the article it follows, with chapters that go beyond it placed where they fit. A chapter is
 * published (sidebar, home page list, tests) only once it is written in both locales, so the list
 * of planned slugs can stay complete while chapters are being written.
 */
export const plannedChapters = [
  'rules-to-learning', // from writing rules to learning from data
  'neuron', // the neuron: weights, bias, activation functions
  'network', // network structure and the worked 2-2-1 example
  'loss', // loss functions and softmax
  'forward-code', // the complete forward pass in code
  'batches', // many inputs at once: batches, shapes and the computation graph
  'pitfalls', // five common pitfalls
  'depth', // how big the signals get with depth
  'approximation', // networks approximate functions
  'digits', // a real network reads handwritten digits
  'learning', // what "learning" means
  'summary', // summary and what comes next
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

/** The chapter number for a page address, e.g. `chapterOfHref('/base/en/neuron/')` → 2; 0 when not a chapter. */
export function chapterOfHref(href: string): number {
  const slug = href.replace(/\/+$/, '').split('/').pop() ?? '';
  return chapterSlugs.indexOf(slug as ChapterSlug) + 1;
}

/** A label numbered for chapter `n`, e.g. `numberedLabel('2. The neuron', 2)` → "2. The neuron", `numberedLabel('Loss', 4)` → "4. Loss". */
export function numberedLabel(label: string, n: number): string {
  return `${n}. ${label.replace(/^\d+\.\s*/, '')}`;
}
