import { getActivation } from './activations.ts';
import type { ActivationName } from './activations.ts';
import { checkNumber, checkVector, fail } from './check.ts';

/**
 * One neuron: z = Σ wᵢxᵢ + b and a = f(z), e.g.
 * `neuron([0.7, 0.1, -0.3], 0.2, [0.9, 0.4, 0.1])` → { z: 0.84, a: 0.84 } (up to rounding).
 */
export function neuron(
  weights: ArrayLike<number>,
  bias: number,
  inputs: ArrayLike<number>,
  activation: ActivationName = 'identity',
): { z: number; a: number } {
  checkVector('neuron', 'weights', weights);
  checkNumber('neuron', 'bias', bias);
  checkVector('neuron', 'inputs', inputs);
  if (inputs.length !== weights.length) {
    fail('neuron', 'weights', 'equal', `has length ${weights.length} but inputs has length ${inputs.length}`);
  }
  const f = getActivation(activation).f;
  let z = bias;
  for (let i = 0; i < weights.length; i++) z += weights[i] * inputs[i];
  return { z, a: f(z) };
}
