/**
 * Astro integration: each heading's link is labelled in its page's language.
 *
 * Starlight labels the link beside each heading for screen readers ("Section titled “Layers”"), in the
 * language it reads from the file's place under `src/content/docs`; the chapters live in `content/docs`,
 * so every page got the English label. Once the pages are written, the pages of each locale that has
 * its own `heading.anchorLabel` in `src/content/i18n/<lang>.json` get that label instead.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Starlight's English label, as it writes it into pages. */
const ENGLISH = /(<a class="sl-anchor-link"[^>]*>(?:(?!<\/a>).)*<span class="sr-only"[^>]*>)Section titled “((?:(?!<\/span>).)*)”(<\/span>)/gs;

/**
 * `html` with each heading link's English label replaced by `template` with `{{title}}` filled in,
 * e.g. with '本节链接：{{title}}', `…<span class="sr-only">Section titled “层”</span>` → `…<span class="sr-only">本节链接：层</span>`.
 */
export function localiseAnchorLabels(html: string, template: string): string {
  return html.replace(ENGLISH, (_, open: string, title: string, close: string) => `${open}${template.replaceAll('{{title}}', title)}${close}`);
}

/** `locales` maps each locale's path segment to its `lang`, as in the Starlight config. */
export default function anchorLabels(locales: Record<string, string>): AstroIntegration {
  return {
    name: 'anchor-labels',
    hooks: {
      'astro:build:done': async ({ dir, pages }) => {
        const root = fileURLToPath(dir);
        for (const [segment, lang] of Object.entries(locales)) {
          const strings = await readFile(`src/content/i18n/${lang}.json`, 'utf8').then(JSON.parse, () => ({}));
          const template = strings['heading.anchorLabel'];
          if (typeof template !== 'string') continue;
          for (const { pathname } of pages) {
            if (pathname.split('/')[0] !== segment) continue;
            const file = `${root}${pathname}${pathname.endsWith('/') ? '' : '/'}index.html`;
            const html = await readFile(file, 'utf8').catch(() => null);
            if (html !== null) await writeFile(file, localiseAnchorLabels(html, template));
          }
        }
      },
    },
  };
}
