import { getActivation } from './activations.ts';
import type { ActivationName } from './activations.ts';
import { checkNumber, checkVector, fail } from './check.ts';

/**
 * One neuron: pre-activation z = Σ wᵢxᵢ + b and activation a = f(z) for weights w [n], inputs x [n] and
 * a bias b, e.g. `neuron([0.7, 0.1, -0.3], 0.2, [0.9, 0.4, 0.1])` → { z: 0.8400000000000001, a: 0.8400000000000001 }
 * (0.84 to 16 digits). The products are added in order i = 0, 1, … and the bias last, as forward() does,
 * so a one-neuron layer gives the same bits both ways.
 * Throws TypeError for a non-array or an unknown activation that is not a string, RangeError for empty or
 * non-finite input, unequal lengths, an unknown activation name, or a z that overflows (e.g. w = [1e200, 1e200], x = [1e200, −1e200]).
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
  let s = 0;
  for (let i = 0; i < weights.length; i++) s += weights[i] * inputs[i];
  const z = s + bias; // the bias last, as in forward()
  if (!Number.isFinite(z)) fail('neuron', 'z', 'a finite pre-activation; w·x + b overflowed', String(z));
  return { z, a: f(z) };
}
