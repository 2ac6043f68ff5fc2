/**
 * Expressive Code's copy button and keyboard-scrollable blocks, kept, with lighter scripts, in the page's language.
 *
 * Expressive Code's two scripts each watch the whole document with a MutationObserver and search every
 * inserted node (for copy buttons to wire up, for code blocks that scroll sideways), which costs a task at
 * load and work on every change a widget makes to the page. Their markup and styles are kept (the button,
 * its translated title, the "Copied!" note shown in the `aria-live` box); the scripts are replaced by
 * `COPY_SCRIPT`, one click listener on the document that handles every copy button, present or added
 * later, and `SCROLL_STOP_SCRIPT`, which watches only the code blocks the page was built with (the site
 * adds none later: code cells are edited in their own editor).
 *
 * Starlight picks each code block's language from its file under `src/content/docs`; the chapters live
 * in `content/docs` and `<Code>` blocks are rendered under the site's sub-path, so every block was English.
 * `blockLocale` reads the locale from the block's file path or page address instead.
 */
import { createRenderer, type RehypeExpressiveCodeOptions, type RehypeExpressiveCodeRenderer } from 'rehype-expressive-code';

/**
 * The browser side: copies a button's `data-code` (Expressive Code stores line breaks as U+007F) and
 * shows its `data-copied` text in the button's `aria-live` neighbour for 1.5 s.
 */
export const COPY_SCRIPT = `document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('.expressive-code .copy button') : null;
  if (!(button instanceof HTMLButtonElement)) return;
  try { await navigator.clipboard.writeText((button.dataset.code ?? '').replace(/\\u007f/g, '\\n')); } catch { return; }
  const live = button.parentElement?.querySelector('[aria-live]');
  if (!live || live.querySelector('.feedback')) return;
  const note = document.createElement('div');
  note.className = 'feedback';
  note.textContent = button.dataset.copied ?? '';
  live.append(note);
  requestAnimationFrame(() => requestAnimationFrame(() => note.classList.add('show')));
  setTimeout(() => note.classList.remove('show'), 1500);
  setTimeout(() => note.remove(), 2500);
});`;

/**
 * The browser side: a code block that scrolls sideways becomes a keyboard stop (`tabindex="0"`,
 * `role="region"`), and stops being one when it no longer scrolls, as with Expressive Code's own script.
 */
export const SCROLL_STOP_SCRIPT = `const scrollStops = new ResizeObserver((entries) => {
  // Every width read before any attribute is written: a write between two reads would lay the page out again.
  const scrolls = entries.map(({ target: pre }) => pre.scrollWidth > pre.clientWidth);
  entries.forEach(({ target: pre }, i) => {
    if (scrolls[i] && !pre.hasAttribute('tabindex')) { pre.setAttribute('tabindex', '0'); pre.setAttribute('role', 'region'); }
    else if (!scrolls[i] && pre.hasAttribute('tabindex')) { pre.removeAttribute('tabindex'); pre.removeAttribute('role'); }
  });
});
for (const pre of document.querySelectorAll('.expressive-code pre')) scrollStops.observe(pre);`;

/**
 * Expressive Code's own scripts and their replacements; each is recognised by the message it logs when it fails.
 */
const REPLACEMENTS: ReadonlyArray<[marker: string, replacement: string]> = [
  ['[EC] copy-js-module', COPY_SCRIPT],
  ['[EC] tabindex-js-module', SCROLL_STOP_SCRIPT],
];

/** Whether a script module is one of Expressive Code's own that watch the whole document. */
export function isObservingScript(moduleCode: string): boolean {
  return REPLACEMENTS.some(([marker]) => moduleCode.includes(marker));
}

/**
 * A renderer factory for Expressive Code's `customCreateRenderer` option: the default renderer with each
 * of Expressive Code's observing scripts replaced by its lighter counterpart (other scripts are kept).
 */
export async function createRendererWithLightScripts(options: RehypeExpressiveCodeOptions): Promise<RehypeExpressiveCodeRenderer> {
  const renderer = await createRenderer(options);
  renderer.jsModules = renderer.jsModules.map((code) => REPLACEMENTS.find(([marker]) => code.includes(marker))?.[1] ?? code);
  return renderer;
}

/**
 * The language (`lang`, e.g. 'zh-CN') of a code block, from the path of the file it is written in
 * (`…/content/docs/zh-cn/neuron.mdx` → 'zh-CN') or, for a `<Code>` component, from the page's address
 * (`/forward-step-by-step/zh-cn/neuron/` → 'zh-CN'); the first segment that names a locale decides.
 * `locales` maps each locale's path segment to its `lang`. Undefined when none matches (the default
 * locale's texts are then used).
 */
export function blockLocale(locales: Record<string, string>, filePath: string, pageUrl?: URL): string | undefined {
  const segments = pageUrl && pageUrl.protocol !== 'file:'
    ? pageUrl.pathname.split('/')
    : (/[\\/]content[\\/]docs[\\/](.*)$/.exec(filePath)?.[1] ?? '').split(/[\\/]/);
  for (const segment of segments) if (Object.hasOwn(locales, segment)) return locales[segment];
  return undefined;
}
