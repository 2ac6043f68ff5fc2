/**
 * Keeps three sliders a probability distribution: when the reader sets entry i to v (clamped to
 * [0, 1]), the other entries share the remaining 1 − v in their old proportions, or equally when
 * they were all zero. Pure bookkeeping for the widget; the loss itself comes from the library.
 *
 * renormalise([0.7, 0.2, 0.1], 0, 0.4) → [0.4, 0.4, 0.2]
 */
export function renormalise(p: readonly number[], i: number, v: number): number[] {
  const value = Math.min(Math.max(v, 0), 1);
  let rest = 0;
  for (let j = 0; j < p.length; j++) if (j !== i) rest += p[j];
  const others = p.length - 1;
  return p.map((pj, j) => {
    if (j === i) return value;
    return rest > 0 ? (pj / rest) * (1 - value) : (1 - value) / others;
  });
}
