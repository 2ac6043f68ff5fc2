/**
 * The section being read: the index of the last heading whose top (px from the viewport's top) is at
 * or above the reading line `line`, skipping headings not on the page (`null`); 0, the page's title,
 * when none is. `tops` are in the page's order.
 *
 * `currentSection([120, 400, 900], 130)` → 0; `currentSection([-800, -20, 300], 130)` → 1.
 */
export function currentSection(tops: readonly (number | null)[], line: number): number {
  let index = 0;
  for (const [i, top] of tops.entries()) {
    if (top === null) continue;
    if (top > line) break;
    index = i;
  }
  return index;
}
