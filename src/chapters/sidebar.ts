// Route middleware: numbers the chapters in the sidebar and the previous/next links from the reading
// order (src/chapters/index.ts), so inserting a chapter renumbers every label. A label's own leading
// "N. " (if a page's frontmatter still has one) is replaced, never doubled.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { chapterOfHref, numberedLabel } from './index.ts';

interface LinkLike { type?: string; label: string; href: string; entries?: LinkLike[] }

function number(entry: LinkLike | undefined): void {
  if (!entry) return;
  if (entry.entries) entry.entries.forEach(number);
  else {
    const n = chapterOfHref(entry.href);
    if (n > 0) entry.label = numberedLabel(entry.label, n);
  }
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar.forEach((entry) => number(entry as LinkLike));
  number(route.pagination.prev as LinkLike | undefined);
  number(route.pagination.next as LinkLike | undefined);
});
