/**
 * Pitfall 2 (sigmoid saturation): the data behind the widget, all computed by the forward library. The build renders
 * the default state with these functions and the widget's client calls them again on every change.
 */
import { sigmoidChainProduct, sigmoidPrime } from '../../src/forward/index.ts';

export const MAX_DEPTH = 20;
/** The depth and pre-activation the widget starts with. */
export const START_DEPTH = 10;
export const START_Z = 0;

export interface SaturationDemo {
  depth: number;
  z: number;
  /** σ′(z), the factor each layer multiplies in. */
  factor: number;
  /** The product over `depth` layers. */
  product: number;
  /** The product for every depth 1…MAX_DEPTH, for the bars. */
  products: number[];
}

export function saturationDemo(depth: number, z: number): SaturationDemo {
  const products: number[] = [];
  for (let d = 1; d <= MAX_DEPTH; d++) products.push(sigmoidChainProduct(d, z));
  return { depth, z, factor: sigmoidPrime(z), product: sigmoidChainProduct(depth, z), products };
}
