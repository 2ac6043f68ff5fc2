/**
 * The tables of contents' one script: marks the link of the section being read (`aria-current`),
 * and the narrow screens' bar shows its title and closes on a link, a click outside or Escape.
 *
 * Starlight's own script watched every block of the page with `:has()` selectors, which cost 11–13 ms
 * per table on a long chapter (two tables per page) and, at 4× CPU slowdown, two idle tasks of about
 * 100 ms each soon after the first paint: most of the pages' total blocking time. This one reads only
 * the headings the table links to (about 10–20), and only when the page scrolls or resizes.
 */
import { setText } from '../kit/lifecycle.ts';
import { currentSection } from './current.ts';

const tables = new Set<TableOfContents>();
let headings: (HTMLElement | null)[] = [];
let line = 0; // the reading line (px from the viewport's top): below the header and the mobile bar
let current = -1;
let queued = false;

class TableOfContents extends HTMLElement {
  links: HTMLAnchorElement[] = [];

  connectedCallback(): void {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"]')];
    tables.add(this);
    if (current >= 0) this.show(current);
    begin();
  }

  disconnectedCallback(): void {
    tables.delete(this);
  }

  /** Marks link `index` as the section being read. */
  show(index: number): void {
    for (const [i, link] of this.links.entries()) {
      if (i === index) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }
}

class MobileTableOfContents extends TableOfContents {
  override connectedCallback(): void {
    super.connectedCallback();
    const details = this.querySelector('details');
    if (!details || this.dataset.ready) return;
    this.dataset.ready = '';
    const close = () => { details.open = false; };
    for (const link of this.links) link.addEventListener('click', close);
    window.addEventListener('click', (event) => {
      if (!details.contains(event.target as Node)) close();
    });
    window.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      const focused = details.contains(document.activeElement);
      close();
      if (focused) details.querySelector('summary')?.focus();
    });
  }

  override show(index: number): void {
    super.show(index);
    const display = this.querySelector('.display-current');
    if (display) setText(display, this.links[index]?.textContent?.trim() ?? '');
  }
}

/** Starts once, when the page is idle: finds the headings, then follows scrolling and resizing. */
function begin(): void {
  if (headings.length || !tables.size) return;
  const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
  idle(() => {
    if (headings.length) return;
    const [first] = tables;
    headings = first.links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
    measure();
    update();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', () => { measure(); schedule(); }, { passive: true });
  });
}

/** The reading line: the header's and the mobile bar's height, and 32 px more (as Starlight reads it). */
function measure(): void {
  const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
  const bar = document.querySelector('fw-mobile-toc summary')?.getBoundingClientRect().height ?? 0;
  line = header + bar + 32;
}

function schedule(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => { queued = false; update(); });
}

function update(): void {
  const index = currentSection(headings.map((h) => h?.getBoundingClientRect().top ?? null), line);
  if (index === current) return;
  current = index;
  for (const table of tables) table.show(index);
}

customElements.define('fw-toc', TableOfContents);
customElements.define('fw-mobile-toc', MobileTableOfContents);
