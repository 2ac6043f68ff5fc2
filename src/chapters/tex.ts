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

/** A factor in a product, in brackets when negative, e.g. `texFactor(-1)` → "(-1)", `texFactor(2)` → "2". */
export function texFactor(v: number, digits = 4): string {
  return v < 0 ? `(${texNumber(v, digits)})` : texNumber(v, digits);
}

/**
 * A weighted sum written out term by term, the first weight with its own sign, each later one as an
 * operator, inputs bracketed when negative; lengths of `weights` and `inputs` must match.
 * e.g. `texWeightedSum([0.5, -0.2], [1, -2], 0.1)` → "0.5 \\times 1 - 0.2 \\times (-2) + 0.1".
 */
export function texWeightedSum(weights: ArrayLike<number>, inputs: ArrayLike<number>, bias: number, digits = 4): string {
  if (weights.length !== inputs.length) throw new Error(`texWeightedSum: ${weights.length} weights for ${inputs.length} inputs`);
  const terms = Array.from(weights, (w, i) => `${i === 0 ? texNumber(w, digits) : signedTex(w, digits)} \\times ${texFactor(inputs[i], digits)}`);
  return `${terms.join(' ')} ${signedTex(bias, digits)}`;
}

/** A vector as a bracketed row for inline prose and TeX, e.g. `texRow([1, -2])` → "[1, -2]". */
export function texRow(v: ArrayLike<number>, digits = 4): string {
  return `[${Array.from(v, (x) => texNumber(x, digits)).join(', ')}]`;
}
