// Shared helpers for the end-to-end suite: the list of built pages and the browser settings.
import { readFileSync } from 'node:fs';

/** Every page the build published, as paths relative to the base ('en/', 'zh-cn/neuron/'), read from the sitemap. */
export function builtPages(): string[] {
  const xml = readFileSync(`${process.env.OUT_DIR ?? 'dist'}/sitemap-0.xml`, 'utf8');
  const base = process.env.BASE ?? '/forward-step-by-step/';
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .map((p) => (p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, '')))
    .filter((p) => !/(^|\/)404\/$/.test(p));
}

/** Chapter pages only (not the two home pages). */
export function chapterPages(): string[] {
  return builtPages().filter((p) => p.split('/').filter(Boolean).length > 1);
}

/** The absolute URL the build gives a page (from SITE and BASE, as in astro.config.mjs). */
export function publishedUrl(path: string): string {
  const base = process.env.BASE ?? '/forward-step-by-step/';
  return new URL(`${base}${path}`, process.env.SITE ?? 'http://localhost:4321').href;
}
