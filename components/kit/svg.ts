/**
 * Small SVG drawing helpers shared by widgets: they turn
 * numbers the library computed into SVG coordinates and path strings. No model maths lives here.
 */

/** Maps [d0, d1] linearly onto [r0, r1], e.g. `scale([0, 10], [0, 100])(5)` → 50. */
export function scale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Rounds a coordinate to 2 decimals for compact SVG attributes. */
export function px(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/**
 * An SVG path "M x y L …" through the points, skipping non-finite ones (the line breaks there),
 * e.g. `polyline([[0, 0], [1, 2]])` → "M0 0L1 2".
 */
export function polyline(points: ReadonlyArray<readonly [number, number]>): string {
  let d = '';
  let pen = false;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(x)} ${px(y)}`;
    pen = true;
  }
  return d;
}

/**
 * One path covering the cells of a grid where `on[row][col]` is true, with runs in a row merged into
 * one rectangle, e.g. `cellsPath([[true, true]], 0, 0, 10, 10)` → "M0 0h20v10h-20z".
 */
export function cellsPath(on: ReadonlyArray<ReadonlyArray<boolean>>, x0: number, y0: number, cellW: number, cellH: number): string {
  let d = '';
  on.forEach((row, i) => {
    let j = 0;
    while (j < row.length) {
      if (!row[j]) {
        j++;
        continue;
      }
      let k = j;
      while (k < row.length && row[k]) k++;
      const w = (k - j) * cellW;
      d += `M${px(x0 + j * cellW)} ${px(y0 + i * cellH)}h${px(w)}v${px(cellH)}h${px(-w)}z`;
      j = k;
    }
  });
  return d;
}

/** `count` equally spaced values from lo to hi inclusive, e.g. `linspace(0, 1, 3)` → [0, 0.5, 1]. */
export function linspace(lo: number, hi: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(i === count - 1 ? hi : lo + ((hi - lo) * i) / (count - 1));
  return out;
}
