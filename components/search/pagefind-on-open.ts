/**
 * Starlight's search dialog, built when a reader opens it rather than on every page load.
 *
 * Starlight's Search component imports `@pagefind/default-ui` and constructs its `PagefindUI` in an idle
 * task after every load: about 94 KB of script to compile and a Svelte tree to build, a task of 54–73 ms
 * in Lighthouse's mobile simulation on each page, whether or not the reader ever searches. The site's
 * build (astro.config.mjs, `pagefindOnOpen`) points Starlight's import at this module instead. Its
 * `PagefindUI` keeps the options and builds the real one the first time the search dialog opens (a click,
 * Ctrl/⌘+K), names its search field (Pagefind gives it only a title) and moves focus into it, as
 * Starlight's own opening does. The real module
 * is fetched ahead when the pointer or keyboard focus reaches the search button, so opening is quick
 * (its stylesheet only preloaded then: applying it restyles the page, which waits for the opening).
 * Pagefind's own stylesheet (about 15 KB, which Starlight inlined in every page) comes with it: the build
 * drops Starlight's import of it (`src/build/pagefind-on-open.ts`) and `pagefind-ui.css` imports it into
 * the same cascade layer. Offline, both come from the service worker's precache like every other chunk.
 */

// As a URL, not an import: Astro inlines into every page the CSS its scripts import, even lazily.
import pagefindCss from './pagefind-ui.css?url';

type Options = { element: string } & Record<string, unknown>;
type RealModule = { PagefindUI: new (options: Options) => unknown };

let real: Promise<RealModule> | undefined;
let sheet: Promise<void> | undefined;

let preloaded = false;

/** Adds a `<link>` for Pagefind's stylesheet to the head. */
function link(rel: 'stylesheet' | 'preload'): HTMLLinkElement {
  const element = document.createElement('link');
  element.rel = rel;
  element.href = pagefindCss;
  if (rel === 'preload') element.as = 'style';
  document.head.append(element);
  return element;
}

/** Applies Pagefind's stylesheet; resolves once it has loaded, or failed (the UI then works unstyled). */
const styles = (): Promise<void> =>
  (sheet ??= new Promise((resolve) => {
    const element = link('stylesheet');
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => {
      element.remove();
      sheet = undefined;
      resolve();
    }, { once: true });
  }));

/**
 * Pagefind's UI module. A failed fetch (offline, nothing cached) is asked for again at the next opening,
 * though a browser may keep answering with the same failure until the page is reloaded.
 */
const load = (): Promise<RealModule> =>
  // @ts-expect-error: the package ships no types (RealModule above is the part used here).
  (real ??= (import('@pagefind/default-ui') as Promise<RealModule>).catch((error: unknown) => {
    real = undefined;
    throw error;
  }));

/** Fetches the module and the stylesheet ahead of an opening, without applying the stylesheet. */
function prefetch(): void {
  load().catch(() => {});
  if (!preloaded && !sheet) link('preload');
  preloaded = true;
}

export class PagefindUI {
  constructor(options: Options) {
    const host = document.querySelector<HTMLElement>(options.element);
    const dialog = host?.closest('dialog');
    let building = false;
    const build = async (): Promise<void> => {
      if (building) return;
      building = true;
      try {
        const [{ PagefindUI: Real }] = await Promise.all([load(), styles()]);
        observer.disconnect();
        new Real(options);
        const input = host?.querySelector<HTMLInputElement>('input');
        // Pagefind names its field only with a title; a name of its own (the same words) is what forms need.
        if (input?.title && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', input.title);
        if (dialog?.open) input?.focus();
      } catch {
        building = false; // not fetched: the dialog's next opening asks again
      }
    };
    const observer = new MutationObserver(() => { if (dialog?.open) void build(); });
    // Outside a dialog (not how Starlight uses it) there is no opening to wait for: build at once.
    if (!dialog || dialog.open) {
      void build();
      return;
    }
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    const button = dialog.parentElement?.querySelector('button[data-open-modal]');
    for (const type of ['pointerenter', 'focus', 'touchstart']) button?.addEventListener(type, prefetch, { once: true, passive: true });
  }
}
