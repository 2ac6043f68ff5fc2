/**
 * The softmax widget's numbers: the library's `softmaxSteps` (max, shifted logits, exponentials, sum,
 * probabilities), formatted once for the first paint and for every redraw.
 */
import { formatNumber, softmaxSteps } from '../../src/forward/index.ts';

/** The logits the widget starts with: one clear favourite, one runner-up, one outsider. */
export const softmaxStart: readonly number[] = Object.freeze([2, 1, 0.1]);

export interface SoftmaxView {
  max: string;
  /** The exponents z_i − max, one per class. */
  shifted: string[];
  /** e^(z_i − max), one per class. */
  exps: string[];
  sum: string;
  probs: string[];
  /** Bar lengths in [0, 1]. */
  widths: number[];
}

const fmt = (v: number) => formatNumber(v, 3);

/** Everything the widget shows for logits z, e.g. `softmaxView([2, 1, 0.1]).probs`. */
export function softmaxView(z: readonly number[]): SoftmaxView {
  const s = softmaxSteps(z);
  return {
    max: fmt(s.max),
    shifted: Array.from(s.shifted, fmt),
    exps: Array.from(s.exps, fmt),
    sum: fmt(s.sum),
    probs: Array.from(s.probs, fmt),
    widths: Array.from(s.probs),
  };
}
