/**
 * Formula text shared by widgets and chapters. The text of a neuron's weighted sum with the current numbers put in, e.g.
 * `sumTerms([0.7, 0.1, -0.3], [0.9, 0.4, 0.1], 0.2)` → "0.7 × 0.9 + 0.1 × 0.4 − 0.3 × 0.1 + 0.2".
 * Numbers go through the library's formatNumber; the arithmetic stays in the library.
 */
import { formatNumber } from '../../src/forward/index.ts';
import type { ActivationName } from '../../src/forward/index.ts';

/** A number as a factor: negative values in parentheses, e.g. "(-2)". */
export function factor(x: number, digits = 4): string {
  const s = formatNumber(x, digits);
  return s.startsWith('-') ? `(${s})` : s;
}

/** "w₁ × x₁ + w₂ × x₂ … + b" with numbers; a negative weight or bias is written with a minus sign. */
export function sumTerms(weights: ArrayLike<number>, inputs: ArrayLike<number>, bias: number, digits = 4): string {
  let out = '';
  for (let i = 0; i < weights.length; i++) {
    out += signed(weights[i], i === 0, digits) + ` × ${factor(inputs[i], digits)}`;
  }
  out += signed(bias, weights.length === 0, digits);
  return out;
}

function signed(v: number, first: boolean, digits: number): string {
  const s = formatNumber(Math.abs(v), digits);
  const negative = v < 0 && s !== '0';
  if (first) return negative ? `−${s}` : s;
  return signedTerm(negative ? -1 : 1, s);
}

/** The short symbol for an activation in a formula, e.g. 'σ' for sigmoid. */
export const activationSymbol: Record<ActivationName, string> = {
  identity: 'id',
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'LeakyReLU',
  gelu: 'GELU',
  geluTanh: 'GELU₍tanh₎',
};

/**
 * A term of a sum as text with its sign pulled out, given the already formatted magnitude,
 * e.g. `signedTerm(-0.3, '0.3')` → " − 0.3", `signedTerm(0.3, '0.3')` → " + 0.3".
 */
export function signedTerm(value: number, magnitude: string): string {
  return `${value < 0 ? ' − ' : ' + '}${magnitude}`;
}
