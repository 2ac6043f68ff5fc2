// Shared helpers for the end-to-end suite: the list of built pages and their published addresses, and holding back a page's scripts.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { builtPagesIn } from '../../scripts/lib/pages.ts';

const base = process.env.BASE ?? '/forward-step-by-step/';

/** Every page the build published, as paths relative to the base ('en/', 'zh-cn/neuron/'), read from the sitemap. */
export function builtPages(): string[] {
  return builtPagesIn(process.env.OUT_DIR ?? 'dist', base);
}

/** Chapter pages only (not the two home pages). */
export function chapterPages(): string[] {
  return builtPages().filter((p) => p.split('/').filter(Boolean).length > 1);
}

/** The absolute URL the build gives a page (from SITE and BASE, as in astro.config.mjs). */
export function publishedUrl(path: string): string {
  return new URL(`${base}${path}`, process.env.SITE ?? 'http://localhost:4321').href;
}

/** Pages whose built HTML holds at least one code cell. */
export function pagesWithCells(): string[] {
  const outDir = process.env.OUT_DIR ?? 'dist';
  return builtPages().filter((p) => readFileSync(`${outDir}/${p}index.html`, 'utf8').includes('<nb-cell'));
}

/** The site's two locales, as they appear in its addresses. */
export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];

/** What readers mistype into number fields: every widget field must refuse each with a message. */
export const badValues = ['', 'abc', 'NaN', 'Infinity', '-Infinity', '1e308'];

/**
 * Holds back the site's scripts on `page` while `hold` is true (each request waits), so a test can act
 * on a widget before its code has arrived; `release()` lets every held request through.
 */
export async function holdScripts(page: Page): Promise<{ hold: () => void; release: () => void }> {
  const held: Array<() => void> = [];
  let holding = false;
  await page.route('**/_astro/**/*.js', async (route) => {
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    await route.continue();
  });
  return {
    hold: () => { holding = true; },
    release: () => {
      holding = false;
      for (const resume of held.splice(0)) resume();
    },
  };
}
