/**
 * The two small scripts that complete Workbox's service worker (src/build/service-worker.ts), written
 * into the build by {@link writePageScripts}. Their functions are written here in TypeScript, so the
 * pure parts are unit-tested (tests/unit/build/service-worker-pages.test.ts), and shipped as their source
 * text: each function is self-contained (no imports, no outer names), and gets what it needs as arguments.
 *
 * - `sw-pages.js`, loaded by sw.js (`importScripts`), keeps the saved pages in step with the build:
 *   when a version of the worker installs (online: it was just downloaded), it fetches again every page
 *   saved on the device, the pages open in a tab (the first page a reader opens loads before any worker
 *   controls it, so nothing else would save it) and the site's root, and saves each fresh copy; a page
 *   that cannot be fetched again is dropped, and the offline page stands in for it. So no saved page
 *   points at an `_astro/` chunk the new version no longer precaches.
 *   Why refresh rather than keep the old chunks: chunks kept from older builds would pile up on the
 *   device with every deploy and leave old pages reading old text; fetched again, each saved page is
 *   the current one and the precache stays exactly the current build.
 * - `sw-offline.js`, loaded by the offline page (content/docs/{en,zh-cn}/offline.mdx), lists the pages
 *   saved on the device as links, this edition's first.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

/**
 * The pages to fetch again when a version of the worker installs: the saved ones, then those open in a
 * tab, then the root, each once, without its fragment, and only pages of the site (inside the scope,
 * addresses ending in a slash, as every page's does).
 * @param saved URLs of the pages in the pages cache
 * @param open URLs of the windows open on the site
 * @param scope the worker's scope, e.g. 'https://example.org/forward-step-by-step/'
 */
export function pagesToRefresh(saved: readonly string[], open: readonly string[], scope: string): string[] {
  const out: string[] = [];
  for (const raw of [...saved, ...open, scope]) {
    const url = raw.split('#')[0];
    const path = url.split('?')[0];
    if (url.startsWith(scope) && path.endsWith('/') && !out.includes(url)) out.push(url);
  }
  return out;
}

/**
 * Runs in the service worker: on install, fetches again the pages {@link pagesToRefresh} picks and saves
 * each fresh copy in `cacheName`, or drops it when it cannot be fetched (gone, moved or a network error).
 * Never fails the install.
 */
export function keepPagesInStep(cacheName: string, pick: typeof pagesToRefresh): void {
  const sw = self as unknown as {
    registration: { scope: string };
    clients: { matchAll(o: object): Promise<{ url: string }[]> };
    addEventListener(type: 'install', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
  };
  sw.addEventListener('install', (event) => {
    event.waitUntil((async () => {
      try {
        const cache = await caches.open(cacheName);
        const saved = (await cache.keys()).map((request) => request.url);
        const open = (await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((client) => client.url);
        await Promise.all(pick(saved, open, sw.registration.scope).map(async (url) => {
          const response = await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
          if (response && response.status === 200 && !response.redirected) await cache.put(url, response);
          else await cache.delete(url);
        }));
      } catch {
        // A page not refreshed here is fetched again, network first, when the reader next opens it.
      }
    })());
  });
}

/** A saved page as the offline page lists it. */
export interface SavedPage { url: string; title: string; edition: 'en' | 'zh-cn' }

/**
 * The saved pages the offline page offers: pages of the editions only (not the root, which only picks an
 * edition, nor the offline and not-found pages), this edition's first, each edition's home page first,
 * then by title.
 * @param pages URL and document title of each saved page
 * @param scope the site's address, e.g. 'https://example.org/forward-step-by-step/'
 * @param edition the offline page's edition
 */
export function savedPageLinks(pages: readonly { url: string; title: string }[], scope: string, edition: 'en' | 'zh-cn'): SavedPage[] {
  const out: SavedPage[] = [];
  for (const { url, title } of pages) {
    if (!url.startsWith(scope)) continue;
    const parts = url.slice(scope.length).split(/[?#]/)[0].split('/').filter(Boolean);
    const ed = parts[0];
    if ((ed !== 'en' && ed !== 'zh-cn') || parts[1] === 'offline' || parts[1] === '404') continue;
    if (out.some((p) => p.url === url)) continue;
    // Starlight's titles read "Page | Site"; the site's name adds nothing in a list of its pages.
    const cut = title.lastIndexOf(' | ');
    out.push({ url, title: (cut > 0 ? title.slice(0, cut) : title).trim() || url, edition: ed });
  }
  const rank = (p: SavedPage) => (p.edition === edition ? 0 : 2) + (p.url === `${scope}${p.edition}/` ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, a.edition === 'zh-cn' ? 'zh-CN' : 'en'));
}

/**
 * Runs in the offline page: reads the pages cache and fills `#fw-saved-pages` (its `ul`) with a link to
 * each saved page, or shows its `[data-none]` paragraph when there is none. Each link to the other edition
 * carries that edition's language.
 */
export function listSavedPages(cacheName: string, order: typeof savedPageLinks): void {
  const box = document.getElementById('fw-saved-pages');
  const list = box?.querySelector('ul');
  if (!box || !list) return;
  const edition = document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
  const scope = new URL(box.dataset.scope ?? '/', location.href).href;
  const show = (pages: SavedPage[]) => {
    for (const page of pages) {
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      if (page.edition !== edition) link.lang = page.edition === 'zh-cn' ? 'zh-CN' : 'en';
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    box.querySelector<HTMLElement>('[data-none]')!.hidden = pages.length > 0;
    list.hidden = pages.length === 0;
  };
  (async () => {
    if (!('caches' in self)) return show([]);
    const cache = await caches.open(cacheName);
    const pages = await Promise.all((await cache.keys()).map(async (request) => {
      const html = await (await cache.match(request))?.text() ?? '';
      return { url: request.url, title: new DOMParser().parseFromString(html, 'text/html').title };
    }));
    show(order(pages, scope, edition));
  })().catch(() => show([]));
}

/** The scripts' file names, relative to the build's output folder. */
export const SW_PAGES_SCRIPT = 'sw-pages.js';
export const OFFLINE_PAGE_SCRIPT = 'sw-offline.js';

/**
 * Writes `sw-pages.js` and `sw-offline.js` into the build.
 * @returns the URL path of `sw-pages.js` for `importScripts`, with its content's hash as a query, so a
 * change to it changes sw.js and installs a new version
 */
export function writePageScripts(outDir: string, base: string, cacheName: string): string {
  const name = JSON.stringify(cacheName);
  // Types stripped in place leave runs of blanks: trimmed (no string in these functions holds any).
  const source = (fn: (...args: never[]) => unknown) => fn.toString().replace(/[ \t]+(?=[,)\n]|$)/g, '').replace(/\n\s*\n/g, '\n');
  const swPages = `// Written by src/build/sw-pages.ts.\n(${source(keepPagesInStep)})(${name}, ${source(pagesToRefresh)});\n`;
  const offline = `// Written by src/build/sw-pages.ts.\n(${source(listSavedPages)})(${name}, ${source(savedPageLinks)});\n`;
  writeFileSync(`${outDir}/${SW_PAGES_SCRIPT}`, swPages);
  writeFileSync(`${outDir}/${OFFLINE_PAGE_SCRIPT}`, offline);
  const hash = createHash('sha256').update(swPages).digest('hex').slice(0, 12);
  return `${base}${SW_PAGES_SCRIPT}?v=${hash}`;
}
