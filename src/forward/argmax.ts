import { checkVector } from './check.ts';

/**
 * Index of the largest entry of v [n] (the predicted class for a row of logits or probabilities); on a
 * tie the first such index, e.g. `argmax([0.1, 0.7, 0.2])` → 1, `argmax([3, 3])` → 0.
 * Throws TypeError for a non-array, RangeError for an empty v or one holding NaN or ±∞ (no largest
 * entry can be trusted then): `argmax([NaN, 1])` throws "argmax: v has NaN at index 0 (expected finite numbers only)".
 */
export function argmax(v: ArrayLike<number>): number {
  checkVector('argmax', 'v', v);
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
  return best;
}
