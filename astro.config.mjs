// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkCells from './src/notebook/remark-cells.ts';
import rehypeScrollRegions from './src/build/rehype-scroll-regions.ts';
import rehypeLazyFormulas from './src/build/rehype-lazy-formulas.ts';
import searchIndex from './src/build/search-index.ts';
import serviceWorker from './src/build/service-worker.ts';
import { KATEX_OPTIONS } from './src/build/katex-options.ts';
import katexWoff2Only from './src/build/katex-woff2-only.ts';
import pagefindOnOpen from './src/build/pagefind-on-open.ts';
import katexCssPerPage from './src/build/katex-css-per-page.ts';
import headStylesheets from './src/build/head-stylesheets.ts';
import lineBreaks from './src/build/line-breaks.ts';
import anchorLabels from './src/build/anchor-labels.ts';
import { LOCALE_LANGS } from './src/build/locales.ts';
import { chapterSlugs } from './src/chapters/index.ts';

// GitHub Pages serves a project site under /<repository>/; the workflow passes SITE and BASE.
// Locally both default to the root, so `npm start` serves http://localhost:4321/.
const site = process.env.SITE ?? 'http://localhost:4321';
const base = normaliseBase(process.env.BASE ?? '/');

// OUT_DIR lets several builds run side by side (each with its own cache), e.g. in parallel test runs.
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.OUT_DIR ? `./node_modules/.astro-${outDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;

export default defineConfig({
  site,
  base,
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Inlined styles spare a phone on a slow link the render-blocking stylesheet requests
  // (measured with `npm run budget`: see reports/budget.md).
  build: { inlineStylesheets: 'always' },
  // `/` is src/pages/index.astro: it sends each reader to the edition in their browser's language.
  markdown: {
    processor: unified({
      // remarkCells: ```ts cell fences become runnable notebook cells, run once here at build time.
      // @ts-expect-error remarkCells is typed against unist's Node; the processor expects mdast's Root.
      remarkPlugins: [remarkMath, remarkCells],
      // KaTeX writes MathML beside its HTML so screen readers read every formula (src/build/katex-options.ts);
      // rehypeScrollRegions makes each display formula and table that scrolls sideways a keyboard stop.
      // rehypeLazyFormulas lets the browser draw a display formula only when it comes near the viewport.
      rehypePlugins: [[rehypeKatex, KATEX_OPTIONS], rehypeScrollRegions, rehypeLazyFormulas],
    }),
  },
  // The notebook's worker is fetched as text and started from a Blob in a sandboxed iframe,
  // so it must be one classic script with no imports;
  // keepNames: class and function names in output (Matrix, [Function: sigmoid]) match the build's.
  vite: {
    worker: { format: 'iife', rolldownOptions: { output: { keepNames: true } } },
    plugins: [forwardChunksPerModule(), katexWoff2Only(), pagefindOnOpen()],
  },
  integrations: [
    starlight({
      title: { en: 'Forward, Step by Step', 'zh-CN': '一步步理解前向传播' },
      description: 'An interactive tutorial on how a neural network computes its answer.',
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
      },
      markdown: { processedDirs: ['./content/docs'] },
      customCss: ['katex/dist/katex.min.css', './styles/site.css'],
      // The tables of contents with a lighter script: Starlight's own cost most of the long chapters'
      // total blocking time (components/table-of-contents/toc.ts).
      components: {
        TableOfContents: './components/table-of-contents/TableOfContents.astro',
        MobileTableOfContents: './components/table-of-contents/MobileTableOfContents.astro',
      },
      sidebar: [
        {
          label: 'Tutorial',
          translations: { 'zh-CN': '教程' },
          items: [...chapterSlugs],
        },
        'playground',
        { label: 'Reference', translations: { 'zh-CN': '参考' }, items: ['notation', 'about'] },
      ],
      favicon: '/favicon.svg',
      routeMiddleware: ['./src/route-data.ts', './src/chapters/sidebar.ts'],
      credits: false,
      // The host's 404.html is src/pages/404.astro: one page that speaks the edition of the missing address.
      disable404Route: true,
    }),
    // After Starlight: indexes again without cells, answers and widget controls (src/build/search-index.ts).
    searchIndex(),
    // Added here (Starlight would add it too) to keep the 404 and offline pages and the root's language chooser out of the sitemap.
    sitemap({
      // The offline pages (content/docs/*/offline.mdx) are served by the service worker only.
      filter: (page) => !/\/(404|offline)\/?$/.test(page) && new URL(page).pathname !== base,
      i18n: { defaultLocale: 'en', locales: LOCALE_LANGS },
    }),
    // Once the pages are written: each page's inlined CSS keeps only the KaTeX rules it uses (src/build/katex-css-per-page.ts).
    katexCssPerPage(),
    // Expressive Code's stylesheet, linked from the body, inlined in the head (src/build/head-stylesheets.ts).
    headStylesheets(base),
    // Numbers in e-notation and Chinese punctuation after a formula kept on their line (src/build/line-breaks.ts).
    lineBreaks(),
    // Heading links labelled in each page's language (src/build/anchor-labels.ts).
    anchorLabels(LOCALE_LANGS),
    // Last, once every file is written: the offline service worker (src/build/service-worker.ts).
    serviceWorker(base),
  ],
});

/**
 * In the browser build, each module of src/forward becomes its own small chunk, so a page's widgets
 * load only the parts of the library they use rather than one chunk shared by every page
 * (measured: see reports/budget.md). The server build keeps its default chunks.
 * @returns {import('vite').Plugin}
 */
function forwardChunksPerModule() {
  /** @param {string} id a module id */
  const name = (id) => {
    const match = /\/src\/forward\/([a-zA-Z0-9-]+)\.ts$/.exec(id);
    // The barrel (index.ts) gets no chunk of its own: importers then reach the modules directly.
    return match && match[1] !== 'index' ? `forward-${match[1]}` : null;
  };
  return {
    name: 'forward-chunks-per-module',
    configEnvironment(environment) {
      if (environment !== 'client') return;
      return {
        build: {
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: { codeSplitting: { groups: [{ name, includeDependenciesRecursively: false }] } },
          },
        },
      };
    },
  };
}

/** @param {string} value */
function normaliseBase(value) {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
