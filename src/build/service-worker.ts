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
 * - takes over as soon as it is installed (`skipWaiting`, `clientsClaim`) and drops the caches of
 *   earlier versions, so a deploy's files take effect on the next load.
 *
 * Its scope is the site's path (BASE). {@link registerServiceWorkerScript} registers it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** Files precached, relative to the build's output folder. */
export const PRECACHE_PATTERNS = [
  '_astro/**/*.{js,css,woff2}',
  'pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css', 'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json', 'pagefind/*.pf_meta', 'pagefind/wasm.*.pagefind',
  'pagefind/index/*', 'pagefind/fragment/*',
  'favicon.svg', 'icons/*.png', 'manifest.*.webmanifest',
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
    runtimeCaching: [
      {
        // The service worker sees only navigations inside its scope (the site's path).
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: PAGES_CACHE, expiration: { maxEntries: 100 } },
      },
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
 * The inline script each page runs to register the service worker, as source text. A browser that
 * has no service workers, or blocks them (private modes, policies), keeps working as a plain site:
 * every failure is caught. When a new version takes over from an earlier one (after a deploy), a
 * quiet notice (role="status") says that the pages opened from then on are new; the page on screen
 * is not reloaded under the reader.
 * @param base the site's path, e.g. '/forward-step-by-step/'
 * @param locale the page's edition
 */
export function registerServiceWorkerScript(base: string, locale: 'en' | 'zh-cn'): string {
  const args = [`${base}sw.js`, base, UPDATE_NOTICE[locale], DISMISS[locale]].map((v) => JSON.stringify(v)).join(', ');
  return `((swUrl, scope, notice, dismiss) => {
  try {
    const container = navigator.serviceWorker;
    if (!container) return;
    const hadController = Boolean(container.controller);
    container.addEventListener('controllerchange', () => {
      if (!hadController || document.getElementById('fw-update-notice')) return;
      const box = document.createElement('div');
      box.id = 'fw-update-notice';
      box.setAttribute('role', 'status');
      box.style.cssText = 'position:fixed;inset-inline:1rem;bottom:1rem;z-index:100;max-width:32rem;margin-inline:auto;padding:.5rem .75rem;display:flex;gap:.75rem;align-items:center;justify-content:space-between;background:var(--sl-color-bg-nav,Canvas);color:var(--sl-color-white,CanvasText);border:1px solid var(--sl-color-hairline,GrayText);border-radius:.5rem;font-size:.875rem';
      const text = document.createElement('span');
      text.textContent = notice;
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = dismiss;
      close.addEventListener('click', () => box.remove());
      box.append(text, close);
      document.body.append(box);
    });
    addEventListener('load', () => { container.register(swUrl, { scope }).catch(() => {}); });
  } catch {
    // Service workers are blocked here: the site works without one.
  }
})(${args});`;
}
