/**
 * Starlight's search dialog, built when a reader opens it rather than on every page load.
 *
 * Starlight's Search component imports `@pagefind/default-ui` and constructs its `PagefindUI` in an idle
 * task after every load: about 94 KB of script to compile and a Svelte tree to build, a task of 54–73 ms
 * in Lighthouse's mobile simulation on each page, whether or not the reader ever searches. The site's
 * build (astro.config.mjs, `pagefindOnOpen`) points Starlight's import at this module instead. Its
 * `PagefindUI` keeps the options and builds the real one the first time the search dialog opens (a click,
 * Ctrl/⌘+K), then moves focus into its search field, as Starlight's own opening does. The real module
 * is fetched ahead when the pointer or keyboard focus reaches the search button, so opening is quick.
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

/** Adds Pagefind's stylesheet to the head; resolves once it has loaded (or failed: the UI still works unstyled). */
function addStylesheet(): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = pagefindCss;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

/** Pagefind's UI module with its stylesheet; a failed fetch (offline, nothing cached) is tried again next time. */
const load = (): Promise<RealModule> =>
  (real ??= Promise.all([
    // @ts-expect-error: the package ships no types (RealModule above is the part used here).
    import('@pagefind/default-ui') as Promise<RealModule>,
    (sheet ??= addStylesheet()),
  ]).then(([module]) => module, (error: unknown) => {
    real = undefined;
    throw error;
  }));

export class PagefindUI {
  constructor(options: Options) {
    const host = document.querySelector<HTMLElement>(options.element);
    const dialog = host?.closest('dialog');
    if (!host || !dialog) {
      // Not inside a dialog (not how Starlight uses it): build it now, as the original would.
      void load().then(({ PagefindUI: Real }) => new Real(options));
      return;
    }
    let building = false;
    const build = async (): Promise<void> => {
      if (building) return;
      building = true;
      try {
        const { PagefindUI: Real } = await load();
        observer.disconnect();
        new Real(options);
        if (dialog.open) host.querySelector<HTMLInputElement>('input')?.focus();
      } catch {
        building = false; // not fetched: the dialog's next opening tries again
      }
    };
    const observer = new MutationObserver(() => { if (dialog.open) void build(); });
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    const button = dialog.parentElement?.querySelector('button[data-open-modal]');
    for (const type of ['pointerenter', 'focus', 'touchstart']) button?.addEventListener(type, () => void load().catch(() => {}), { once: true, passive: true });
    if (dialog.open) void build();
  }
}
