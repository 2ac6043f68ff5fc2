// The pages a build published, read from its sitemap, as paths below the base ('en/', 'zh-cn/neuron/').
import { readFileSync } from 'node:fs';

export function builtPagesIn(outDir: string, base: string): string[] {
  const xml = readFileSync(`${outDir}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .map((p) => (p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, '')));
}
