// The output region of a cell as a view: every entry, then the cut note, then the error.
// The build writes it as HTML; the page builds the same view as DOM.
import type { RunResult } from './protocol.ts';
import { strings } from './strings.ts';
import { el, type View } from './view.ts';

/** The views inside a cell's output region for one run, e.g. `outputViews(result, 'en')`. */
export function outputViews(result: RunResult, locale: string): View[] {
  const s = strings(locale);
  const views: View[] = result.entries.map((e) => el('div', `nb-entry nb-${e.kind}`, [e.view]));
  if (result.cut > 0) views.push(el('div', 'nb-note', [s.cut(result.cut)]));
  if (result.error) {
    const { message, line, column } = result.error;
    const at = line > 0 ? [el('span', 'nb-at', [s.at(line, column)])] : [];
    // The message is a cell's text: isolated (nb-msg), so its direction controls cannot reorder the position after it.
    views.push(el('div', 'nb-error', [el('span', 'nb-msg', [message]), ...at], line > 0 ? { 'data-line': String(line), 'data-column': String(column) } : undefined));
  }
  return views;
}
