import { checkNumber } from './check.ts';

/** A seeded uniform generator on [0, 1) (mulberry32), same sequence for the same seed, e.g. `createRng(42)()`. */
export function createRng(seed: number): () => number {
  let state = checkNumber('createRng', 'seed', seed) >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sample from two uniforms (Box–Muller), e.g. `randn(createRng(1))`. */
export function randn(rng: () => number): number {
  const u1 = 1 - rng(); // (0, 1]: log never sees 0
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
