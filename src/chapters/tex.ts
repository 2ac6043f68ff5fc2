// TeX pieces the chapters share: numbers, matrices and columns written with the library's formatter,
// so a formula on the page shows exactly the digits the prose and the widgets show.
import { formatNumber } from '../forward/index.ts';

/** A number for TeX, `digits` significant digits, e.g. `texNumber(-0.15)` → "-0.15". */
export function texNumber(x: number, digits = 4): string {
  return formatNumber(x, digits).replace('−', '-').replace('∞', '\\infty');
}

/** A matrix (rows of numbers) as a bmatrix, e.g. `texMatrix([[0.5, 0.2], [0.3, -0.5]])` → "\\begin{bmatrix} 0.5 & 0.2 \\\\ 0.3 & -0.5 \\end{bmatrix}". */
export function texMatrix(rows: readonly (readonly number[])[], digits = 4): string {
  return `\\begin{bmatrix} ${rows.map((r) => r.map((v) => texNumber(v, digits)).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

/** A vector as a column bmatrix, e.g. `texColumn([1, 0.5])` → "\\begin{bmatrix} 1 \\\\ 0.5 \\end{bmatrix}". */
export function texColumn(v: ArrayLike<number>, digits = 4): string {
  return `\\begin{bmatrix} ${Array.from(v, (x) => texNumber(x, digits)).join(' \\\\ ')} \\end{bmatrix}`;
}

/** A term added to a sum, its sign written as an operator, e.g. `signedTex(-0.3)` → "- 0.3", `signedTex(0.1)` → "+ 0.1". */
export function signedTex(v: number, digits = 4): string {
  return v < 0 ? `- ${texNumber(-v, digits)}` : `+ ${texNumber(v, digits)}`;
}
