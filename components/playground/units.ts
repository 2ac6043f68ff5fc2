/** The colour scale of one unit's picture, from its activation and its values over the plane. */
import type { ActivationName } from '../../src/forward/index.ts';

/**
 * [lo, hi] for a unit: [0, 1] for sigmoid, [−1, 1] for tanh, otherwise symmetric about 0 to the
 * largest |value| in column `col` of the row-major batch (at least 1e-9), so 0 is always the
 * neutral middle, e.g. `unitRange('relu', Float64Array.of(0, 2), 1, 0)` → [-2, 2].
 */
export function unitRange(activation: ActivationName, values: Float64Array, cols: number, col: number): [number, number] {
  if (activation === 'sigmoid') return [0, 1];
  if (activation === 'tanh') return [-1, 1];
  let m = 1e-9;
  for (let k = col; k < values.length; k += cols) {
    const v = Math.abs(values[k]);
    if (v > m) m = v;
  }
  return [-m, m];
}
