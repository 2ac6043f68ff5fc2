/**
 * Whether a reader's answer counts as right: within `tolerance` of `answer`, edges included, as the
 * exercise box promises ("answers within ±0.001 count as correct"). A relative slack of 1e-9 keeps
 * floating-point rounding from shutting out an edge on one side only: 0.311 for an answer computed as
 * 0.30999999999999994 is 0.0010000000000000564 away, and is accepted like 0.309.
 * Units: those of the exercise's answer. Never throws; a NaN value or answer is never within.
 *
 * @example withinTolerance(0.521, 0.52, 0.001) → true
 * @example withinTolerance(0.5211, 0.52, 0.001) → false
 */
export function withinTolerance(value: number, answer: number, tolerance: number): boolean {
  return Math.abs(value - answer) <= tolerance * (1 + 1e-9);
}
