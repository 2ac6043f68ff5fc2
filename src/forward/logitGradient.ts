import { sigmoid } from './activations.ts';
import { checkNumber, fail } from './check.ts';

/** The gradient of each loss with respect to the logit z of a sigmoid output p = σ(z). */
export interface LogitGradients {
  /** σ(z). */
  p: number;
  /** d/dz of ½(p − y)²: (p − y)·p·(1 − p), which vanishes when p saturates, even if p is wrong. */
  mse: number;
  /** d/dz of −[y log p + (1 − y) log(1 − p)]: p − y, large whenever p is wrong. */
  crossEntropy: number;
}

/**
 * Compares how MSE (written ½(p − y)², so no factor 2) and cross-entropy push the logit z of a sigmoid
 * output towards label y, e.g. `logitGradients(-5, 1)` ≈ { p: 0.0067, mse: -0.0066, crossEntropy: -0.9933 }.
 */
export function logitGradients(z: number, y: number): LogitGradients {
  checkNumber('logitGradients', 'z', z);
  checkNumber('logitGradients', 'y', y);
  if (y < 0 || y > 1) fail('logitGradients', 'y', 'a label in [0, 1]', `is ${y}`);
  const p = sigmoid(z);
  const q = sigmoid(-z); // 1 − p without cancellation
  const diff = (1 - y) * p - y * q; // p − y without cancellation when y is 0 or 1
  return { p, mse: diff * p * q, crossEntropy: diff };
}
