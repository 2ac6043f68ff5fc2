/**
 * The tutorial's chapters in reading order, one per part of the source article. The sidebar, the
 * home page's chapter list and the tests all read this list; a slug is listed only once its chapter
 * is written in both locales.
 */
export const chapterSlugs = ['rules-to-learning'] as const;

export type ChapterSlug = (typeof chapterSlugs)[number];

/** The site's locales: the URL segment and the `lang` attribute of each. */
export const locales = [
  { slug: 'en', lang: 'en' },
  { slug: 'zh-cn', lang: 'zh-CN' },
] as const;
