/**
 * Astro integration: after the build (and after the search index is written, so list it last),
 * Workbox's `generateSW` writes `sw.js` at the root of the site's path. The service worker
 *
 * - precaches the shell: every script and stylesheet under `_astro/` (the widgets' and the
 *   notebook's chunks, the worker bundle, the CodeMirror and sucrase chunks), the math fonts (WOFF2,
 *   the only format browsers that run service workers ask for), Pagefind's UI, index and WebAssembly,
 *   the icons and the manifests;
 * - caches each page the reader opens, network first: online, a page always comes from the server,
 *   so a deploy is never hidden behind a stale copy; offline, the last copy read is served;
 * - offline, answers a page that is not saved with its edition's offline page (precached; Workbox's
 *   `precacheFallback`), which lists the pages that are saved (content/docs/{en,zh-cn}/offline.mdx);
 * - when a version installs, fetches again every saved page, the pages open in a tab (the first page a
 *   reader opens loads before the worker controls it) and the root, so each saved page matches the
 *   chunks this version precaches (src/build/sw-pages.ts, loaded with `importScripts`);
 * - takes over as soon as it is installed (`skipWaiting`, `clientsClaim`) and drops the caches of
 *   earlier versions, so a deploy's files take effect on the next load.
 *
 * Its scope is the site's path (BASE). {@link registerServiceWorkerScript} registers it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { OFFLINE_PAGE_SCRIPT, writePageScripts } from './sw-pages.ts';

/** Files precached, relative to the build's output folder. */
export const PRECACHE_PATTERNS = [
  '_astro/**/*.{js,css,woff2}',
  // Pagefind's search (its UI is an _astro chunk: Starlight bundles @pagefind/default-ui, so pagefind/pagefind-ui.* are unused).
  'pagefind/pagefind.js', 'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json', 'pagefind/*.pf_meta', 'pagefind/wasm.*.pagefind',
  'pagefind/index/*', 'pagefind/fragment/*',
  'favicon.svg', 'icons/*.png', 'manifest.*.webmanifest',
  // The offline page of each edition (content/docs/{en,zh-cn}/offline.mdx) and its list of saved pages.
  'en/offline/index.html', 'zh-cn/offline/index.html', OFFLINE_PAGE_SCRIPT,
];

/** Name of the cache holding the pages a reader has opened. */
export const PAGES_CACHE = 'fw-pages';

/**
 * Writes `<outDir>/sw.js` for a site served under `base`.
 * @param outDir the build's output folder (absolute path)
 * @param base the site's path, with slashes at both ends, e.g. '/forward-step-by-step/'
 * @returns the number of precached files and their total size in bytes (uncompressed)
 */
export async function writeServiceWorker(outDir: string, base: string): Promise<{ count: number; size: number; warnings: string[] }> {
  const pagesScript = writePageScripts(outDir, base, PAGES_CACHE);
  // A page that is neither online nor saved gets its edition's offline page, from the precache.
  const pages = (fallbackURL: string) => ({
    handler: 'NetworkFirst' as const,
    options: { cacheName: PAGES_CACHE, expiration: { maxEntries: 100 }, precacheFallback: { fallbackURL } },
  });
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: PRECACHE_PATTERNS,
    swDest: `${outDir}/sw.js`,
    modifyURLPrefix: { '': base },
    // Hashed file names under _astro/ are their own revision; Pagefind's files and the icons get one from their content.
    dontCacheBustURLsMatching: /\/_astro\//,
    // Pagefind asks for pagefind-entry.json?ts=<time>: the precached copy answers it.
    ignoreURLParametersMatching: [/^ts$/, /^utm_/],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigateFallback: undefined,
    // Saved pages are fetched again when a version installs (src/build/sw-pages.ts).
    importScripts: [pagesScript],
    // The service worker sees only navigations inside its scope (the site's path). These functions are
    // copied into sw.js as source text: they may use only their arguments and the worker's globals.
    // Only answers with status 200 are saved: a missing address is not kept, and offline it gets the
    // offline page, which also says the address may be wrong.
    runtimeCaching: [
      {
        ...pages(`${base}zh-cn/offline/index.html`),
        urlPattern: ({ request, url }) => request.mode === 'navigate'
          && url.href.startsWith(new URL('zh-cn/', (self as unknown as { registration: { scope: string } }).registration.scope).href),
      },
      { ...pages(`${base}en/offline/index.html`), urlPattern: ({ request }) => request.mode === 'navigate' },
    ],
  });
  return { count, size, warnings };
}

export default function serviceWorker(base: string): AstroIntegration {
  return {
    name: 'fw-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir).replace(/\/$/, ''), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB.`);
      },
    },
  };
}

const UPDATE_NOTICE = {
  en: 'This site was updated: pages you open from now on show the new version.',
  'zh-cn': '本站已更新：之后打开的页面都是新版本。',
} as const;
const DISMISS = { en: 'Dismiss', 'zh-cn': '关闭' } as const;

/**
 * The update notice's look: fixed at the bottom of the text column (clear of the sidebars, which are fixed
 * panes at 50rem and 72rem and wider), under Starlight's menus and search dialog. While it shows, the page
 * gets bottom padding of its height, so the end of the page ("Next") can always scroll above it.
 */
const NOTICE_CSS = [
  '#fw-update-notice{position:fixed;inset-inline:1rem;bottom:1rem;z-index:3;max-width:32rem;margin-inline:auto;padding:.5rem .75rem;display:flex;gap:.75rem;align-items:center;justify-content:space-between;background:var(--sl-color-bg-nav,Canvas);color:var(--sl-color-white,CanvasText);border:1px solid var(--sl-color-hairline,GrayText);border-radius:.5rem;font-size:.875rem;box-shadow:var(--sl-shadow-md,none)}',
  '#fw-update-notice button{flex:none;min-height:2.75rem;min-width:2.75rem;padding:.25rem .75rem;font:inherit;color:inherit;background:transparent;border:1px solid currentColor;border-radius:.375rem;cursor:pointer}',
  '@media (min-width:50rem){#fw-update-notice{inset-inline-start:calc(var(--sl-content-inline-start,0px) + 1rem)}}',
  '@media (min-width:72rem){#fw-update-notice{inset-inline-end:calc(var(--sl-sidebar-width,18.75rem) + 1rem)}}',
].join('');

/**
 * The inline script each page runs to register the service worker, as source text. A browser that
 * has no service workers, or blocks them (private modes, policies), keeps working as a plain site:
 * every failure is caught. When a new version takes over from an earlier one (after a deploy), a
 * quiet notice says that the pages opened from then on are new; the page on screen is not reloaded
 * under the reader, and focus stays where it is. The notice comes right after the skip link, so its
 * Dismiss button is the second Tab stop; Escape dismisses it too (unless a dialog is open, which
 * Escape closes). Its status region is inserted empty and filled a frame later, so screen readers
 * announce the text.
 * @param base the site's path, e.g. '/forward-step-by-step/'
 * @param locale the page's edition
 */
export function registerServiceWorkerScript(base: string, locale: 'en' | 'zh-cn'): string {
  const args = [`${base}sw.js`, base, UPDATE_NOTICE[locale], DISMISS[locale], NOTICE_CSS].map((v) => JSON.stringify(v)).join(', ');
  return `((swUrl, scope, notice, dismiss, css) => {
  try {
    const container = navigator.serviceWorker;
    if (!container) return;
    const hadController = Boolean(container.controller);
    container.addEventListener('controllerchange', () => {
      if (!hadController || document.getElementById('fw-update-notice')) return;
      const style = document.createElement('style');
      style.textContent = css;
      const box = document.createElement('div');
      box.id = 'fw-update-notice';
      const status = document.createElement('span');
      status.setAttribute('role', 'status');
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = dismiss;
      box.append(status, close);
      const pad = () => { document.body.style.paddingBottom = box.isConnected ? (box.offsetHeight + 32) + 'px' : ''; };
      const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(pad) : null;
      const onKey = (event) => {
        if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('dialog[open]')) remove();
      };
      const remove = () => {
        box.remove();
        style.remove();
        resize?.disconnect();
        document.removeEventListener('keydown', onKey);
        pad();
      };
      close.addEventListener('click', remove);
      document.addEventListener('keydown', onKey);
      document.head.append(style);
      const skip = document.querySelector('.sl-skip-link');
      if (skip) skip.after(box); else document.body.prepend(box);
      resize?.observe(box);
      pad();
      requestAnimationFrame(() => requestAnimationFrame(() => { status.textContent = notice; }));
    });
    addEventListener('load', () => { container.register(swUrl, { scope }).catch(() => {}); });
  } catch {
    // Service workers are blocked here: the site works without one.
  }
})(${args});`;
}
