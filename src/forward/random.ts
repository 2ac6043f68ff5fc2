import { fail, failType, describe } from './check.ts';

/** The largest seed createRng takes: seeds are the 2^32 states of mulberry32's 32-bit counter. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * Throws unless `seed` is an integer in [0, 2^32 − 1] (TypeError for a non-number, RangeError otherwise),
 * so that two different seeds never give the same sequence, e.g. `checkSeed('createRng', 'seed', 42)` → 42.
 */
export function checkSeed(fn: string, arg: string, seed: unknown): number {
  if (typeof seed !== 'number') failType(fn, arg, `an integer in [0, ${MAX_SEED}]`, describe(seed));
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) fail(fn, arg, `an integer in [0, ${MAX_SEED}]`, describe(seed));
  return seed;
}

/**
 * A seeded uniform generator on [0, 1), same sequence for the same seed: mulberry32 by Tommy Ettinger
 * (2017, public domain; a 32-bit counter stepped by 0x6d2b79f5 and a mixing function), returning
 * multiples of 2^−32, e.g. `createRng(42)()` → 0.6011037519201636. `seed` is an integer in
 * [0, 2^32 − 1]; anything else throws (a RangeError, or a TypeError for a non-number), since
 * 1, 1.5 and 2^32 + 1 would otherwise all give one sequence.
 */
export function createRng(seed: number): () => number {
  let state = checkSeed('createRng', 'seed', seed);
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal sample N(0, 1) from two uniforms of `rng` (Box & Muller, "A note on the generation
 * of random normal deviates", Ann. Math. Statist. 29, 1958), finite for every rng in [0, 1), e.g. `randn(createRng(1))`.
 * Throws nothing itself; `rng` must return numbers in [0, 1).
 */
export function randn(rng: () => number): number {
  const u1 = 1 - rng(); // (0, 1]: log never sees 0
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
