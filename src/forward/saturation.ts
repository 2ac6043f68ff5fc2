import { sigmoidPrime } from './activations.ts';
import { checkInteger, checkNumber, checkVector, fail } from './check.ts';

function zAt(fn: string, depth: number, z: number | ArrayLike<number>): (l: number) => number {
  if (typeof z === 'number') {
    checkNumber(fn, 'z', z);
    return () => z;
  }
  checkVector(fn, 'z', z);
  if (z.length !== depth) fail(fn, 'z', `one pre-activation per layer, length ${depth}`, `has length ${z.length}`);
  return (l) => z[l];
}

/**
 * Product of σ′(z) over `depth` sigmoid layers, the factor the chain rule multiplies in; at most
 * 0.25^depth, e.g. `sigmoidChainProduct(10)` → 9.5367431640625e-7. z is one value for all layers or one per layer.
 */
export function sigmoidChainProduct(depth: number, z: number | ArrayLike<number> = 0): number {
  checkInteger('sigmoidChainProduct', 'depth', depth, 0);
  const at = zAt('sigmoidChainProduct', depth, z);
  let p = 1;
  for (let l = 0; l < depth; l++) p *= sigmoidPrime(at(l));
  return p;
}

/** Per layer: σ′(z) and the running product after that layer, e.g. `sigmoidChainSteps(2)` → [{ factor: 0.25, product: 0.25 }, { factor: 0.25, product: 0.0625 }]. */
export function sigmoidChainSteps(depth: number, z: number | ArrayLike<number> = 0): { factor: number; product: number }[] {
  checkInteger('sigmoidChainSteps', 'depth', depth, 0);
  const at = zAt('sigmoidChainSteps', depth, z);
  const steps: { factor: number; product: number }[] = [];
  let p = 1;
  for (let l = 0; l < depth; l++) {
    const factor = sigmoidPrime(at(l));
    p *= factor;
    steps.push({ factor, product: p });
  }
  return steps;
}
