import { checkResult, describe, fail, failType } from './check.ts';
import type { LayerSpec } from './network.ts';
import { networkSizes } from './network.ts';

/**
 * Merges a stack of layers without activations into the one equivalent layer (W = W2·W1, b = W2·b1 + b2),
 * showing that depth without non-linearity adds nothing: layers[l].W is [out][in], the result's W is
 * [last out][first in], e.g. `collapseLinear([l1, l2]).W` → [[-2, -2]] (W2·W1).
 * Throws TypeError for a non-array or malformed layer, RangeError for a non-'identity' activation,
 * mismatched shapes, non-finite entries, or a merged weight or bias that overflows.
 */
export function collapseLinear(layers: LayerSpec[]): LayerSpec {
  const fn = 'collapseLinear';
  if (!Array.isArray(layers)) failType(fn, 'layers', 'an array of LayerSpec', describe(layers));
  networkSizes({ layers }, fn);
  layers.forEach((layer, l) => {
    if (layer.activation !== 'identity') {
      fail(fn, `layers[${l}].activation`, "'identity' (only purely linear stacks collapse)", describe(layer.activation));
    }
  });
  let W = layers[0].W.map((row) => row.slice()); // [out][in]
  let b = layers[0].b.slice();
  for (let l = 1; l < layers.length; l++) {
    const W2 = layers[l].W; // [out2][out1]
    const b2 = layers[l].b;
    const nextW: number[][] = [];
    const nextB: number[] = [];
    for (let i = 0; i < W2.length; i++) {
      const row = new Array<number>(W[0].length).fill(0);
      let bi = b2[i];
      for (let k = 0; k < W.length; k++) {
        const w = W2[i][k];
        bi += w * b[k];
        for (let j = 0; j < row.length; j++) row[j] += w * W[k][j];
      }
      nextW.push(row);
      nextB.push(bi);
    }
    W = nextW;
    b = nextB;
  }
  W.forEach((row, i) => row.forEach((w, j) => checkResult(fn, `W[${i}][${j}]`, 'the product of the layers\' weights', w)));
  b.forEach((bi, i) => checkResult(fn, `b[${i}]`, 'W·b + b of the layers', bi));
  return { W, b, activation: 'identity' };
}
