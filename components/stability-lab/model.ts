/**
 * The stability lab's numbers: the textbook softmax (`softmaxNaive`) beside the stable one
 * (`softmaxSteps`) on the same logits, and a diagnosis of how the textbook one fails, if it does.
 */
import { formatNumber, softmaxNaive, softmaxSteps } from '../../src/forward/index.ts';
import { stabilityLogits } from '../../src/chapters/examples.ts';

/** The lab starts from the article's overflow logits moved down to small values (the same gaps between them). */
export const labStart: readonly number[] = Object.freeze(stabilityLogits.map((z) => z - stabilityLogits[0]));

/** How the textbook softmax broke: an exponential overflowed to ∞, or every exponential underflowed to 0. */
export type Failure = { kind: 'overflow'; z: number } | { kind: 'underflow'; z: number } | null;

export interface LabView {
  /** e^(z_i), the textbook numerators (∞ once z_i is above about 709.78). */
  naiveExps: number[];
  naiveSum: number;
  naive: number[];
  failure: Failure;
  max: number;
  shifted: number[];
  exps: number[];
  sum: number;
  stable: number[];
}

/** Both softmaxes on logits z and what went wrong, e.g. `labView([1000, 1001, 1002]).failure` → { kind: 'overflow', z: 1000 }. */
export function labView(z: readonly number[]): LabView {
  // The numerators exactly as the textbook formula computes them (the library returns only the quotients).
  const naiveExps = z.map((v) => Math.exp(v));
  const naiveSum = naiveExps.reduce((s, v) => s + v, 0);
  const naive = Array.from(softmaxNaive(z));
  const steps = softmaxSteps(z);
  let failure: Failure = null;
  if (naive.some((p) => !Number.isFinite(p))) {
    const over = z.findIndex((_, i) => naiveExps[i] === Infinity);
    failure = over >= 0 ? { kind: 'overflow', z: z[over] } : { kind: 'underflow', z: Math.max(...z) };
  }
  return {
    naiveExps,
    naiveSum,
    naive,
    failure,
    max: steps.max,
    shifted: Array.from(steps.shifted),
    exps: Array.from(steps.exps),
    sum: steps.sum,
    stable: Array.from(steps.probs),
  };
}

/** The logit named in a failure message, e.g. `failZ(1000)` → "1000". */
export const failZ = (z: number): string => formatNumber(z, 6);

/** The lab's number format (one place, so the page and its tests agree). */
export const labFormat = (v: number): string => formatNumber(v, 4);
