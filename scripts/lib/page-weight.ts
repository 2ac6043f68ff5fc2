// Measures what a page loads before the reader interacts: bytes by kind (gzip-compressed, as a
// static host serves them), which scripts are the project's own, and the layout shift (CLS).
// Used by the budget test (tests/e2e/budgets.test.ts) and by `npm run budget`.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export const BUDGETS = {
  /** The project's own JavaScript on a page before interaction (beyond what Starlight ships). */
  ownJs: 15 * 1024,
  /** All JavaScript on a page before interaction. */
  allJs: 50 * 1024,
  /**
   * Layout shift the end-to-end test tolerates. Lighthouse's cold-load CLS (reports/budget.md) is
   * 0.000 on every page; on a busy CI machine a math font can still be decoded after the first
   * paint and nudge a formula by a few pixels (measured up to 0.0011), so the test allows less
   * than 0.005. A widget that does not reserve its space shifts far more (the cell toolbar did 0.015).
   */
  cls: 0.005,
  /**
   * The service worker's precache (uncompressed bytes, src/build/service-worker.ts): the shell a
   * reader's browser downloads once, in the background, after the first page (2.6 MB in November 2026,
   * most of it the search index and the math fonts).
   */
  precache: 4 * 1024 * 1024,
} as const;

/** Scripts that Starlight and Astro ship on every page (file-name prefixes under _astro/, and Pagefind). */
const STARLIGHT_SCRIPTS = [/\/_astro\/(page|Search\.astro|MobileTableOfContents\.astro|TableOfContents\.astro|ec|starlight-toc|ui-core)[._]/, /\/pagefind\//];

export interface Resource {
  url: string;
  kind: 'script' | 'stylesheet' | 'font' | 'image' | 'document' | 'other';
  gzip: number;
  own: boolean;
}

export interface PageWeight {
  resources: Resource[];
  js: number;
  ownJs: number;
  css: number;
  fonts: number;
  images: number;
  cls: number;
  /** Each counted layout shift: its value, when (ms after navigation) and what moved (element, before → after box). */
  shifts: LayoutShift[];
  /** All JavaScript (gzip) once the page has been scrolled through and every widget has started. */
  jsAfterScroll: number;
  /** Requests that left the site's origin. */
  external: string[];
}

export interface LayoutShift {
  value: number;
  at: number;
  sources: string[];
}

function kindOf(type: string, url: string): Resource['kind'] {
  if (type === 'script' || url.endsWith('.js')) return 'script';
  if (type === 'stylesheet' || url.endsWith('.css')) return 'stylesheet';
  if (type === 'font' || /\.(woff2?|ttf)$/.test(url)) return 'font';
  if (type === 'image' || /\.(png|svg|jpe?g|webp)$/.test(url)) return 'image';
  if (type === 'document') return 'document';
  return 'other';
}

/** Call before `page.goto`: starts collecting layout shifts, with what moved in each. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface Source { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }
    interface Shift extends PerformanceEntry { value: number; hadRecentInput: boolean; sources?: Source[] }
    const w = window as unknown as { __cls: number; __shifts: Array<{ value: number; at: number; sources: string[] }> };
    w.__cls = 0;
    w.__shifts = [];
    const box = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    const name = (node?: Node | null) => {
      if (!node) return '(removed)';
      if (!(node instanceof Element)) return `${node.nodeName} in ${node.parentElement?.tagName.toLowerCase() ?? '?'}: "${(node.textContent ?? '').trim().slice(0, 30)}"`;
      const id = node.id ? `#${node.id}` : '';
      const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).slice(0, 3).join('.')}` : '';
      return `${node.tagName.toLowerCase()}${id}${cls}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        w.__shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map((s) => `${name(s.node)} ${box(s.previousRect)} -> ${box(s.currentRect)}`),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts a page recorded since `watchLayoutShifts`, one line each, for a failure message or a log. */
export function describeShifts(shifts: LayoutShift[]): string {
  return shifts.map((s) => `${s.value.toFixed(5)} at ${s.at} ms: ${s.sources.join('; ') || '(no source)'}`).join('\n');
}

/**
 * Loads `url` and waits until the network is idle: what has loaded then is what loads "before
 * interaction". Then scrolls through the page (so that every widget starts) and returns the
 * layout shift of the whole visit and the JavaScript loaded by then.
 */
export async function measurePage(page: Page, url: string, options: { warm?: boolean } = {}): Promise<PageWeight> {
  const responses: Array<{ url: string; type: string; status: number; body: Promise<Buffer | null>; sent: Promise<number | null> }> = [];
  const external: string[] = [];
  const origin = new URL(url, page.url() === 'about:blank' ? undefined : page.url()).origin;
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol.startsWith('http') && target.origin !== origin) external.push(request.url());
  });
  page.on('response', (response) => {
    // A redirect or an aborted request has no body. The browser does not always hand out a body
    // (fonts, some cached answers): then the bytes it received, as the server sent them, are counted.
    responses.push({
      url: response.url(), type: response.request().resourceType(), status: response.status(),
      body: response.body().catch(() => null),
      sent: response.request().sizes().then((sizes) => sizes.responseBodySize).catch(() => null),
    });
  });
  await watchLayoutShifts(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const beforeInteraction = responses.length;
  // Read every body now: once the page reloads or navigates, the browser may no longer hand out the
  // bodies of the first visit, and a missing body would count as 0 bytes.
  await Promise.all(responses.flatMap((r) => [r.body, r.sent]));
  if (options.warm) {
    // A second visit with the page's fonts and scripts in the HTTP cache: the shift then measured
    // is the page's and its widgets' own, not how fast a busy machine delivered the fonts
    // (cold-load CLS on a throttled phone is Lighthouse's figure in `npm run budget`).
    await page.reload({ waitUntil: 'networkidle' });
  }
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  const { cls, shifts } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: LayoutShift[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
  const all: Resource[] = [];
  for (const r of responses) {
    const body = await r.body;
    const sent = await r.sent;
    const kind = kindOf(r.type, new URL(r.url).pathname);
    const gzip = body ? gzipSync(body).length : sent;
    // Scripts and stylesheets are what the budgets bound: one whose size is unknown fails the measure.
    if (gzip === null && r.status === 200 && (kind === 'script' || kind === 'stylesheet')) {
      throw new Error(`measurePage: neither the body nor the size of ${r.url} could be read, so its bytes cannot be counted`);
    }
    all.push({ url: r.url, kind, gzip: gzip ?? 0, own: kind === 'script' && !STARLIGHT_SCRIPTS.some((re) => re.test(r.url)) });
  }
  const resources = all.slice(0, beforeInteraction);
  const sum = (pick: (r: Resource) => boolean) => resources.filter(pick).reduce((total, r) => total + r.gzip, 0);
  return {
    jsAfterScroll: [...new Map(all.filter((r) => r.kind === 'script').map((r) => [r.url, r.gzip])).values()].reduce((total, n) => total + n, 0),
    resources,
    js: sum((r) => r.kind === 'script'),
    ownJs: sum((r) => r.own),
    css: sum((r) => r.kind === 'stylesheet'),
    fonts: sum((r) => r.kind === 'font'),
    images: sum((r) => r.kind === 'image'),
    cls,
    shifts,
    external,
  };
}

/** 12345 → '12.1 KB' */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
