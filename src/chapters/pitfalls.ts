// The chapter "pitfalls" (five common pitfalls): every value both locales show, computed once.
import {
  collapseLinear,
  formatNumber,
  formatVector,
  logitGradients,
  reluPrime,
  sigmoidChainProduct,
  sigmoidPrime,
  softmax,
  softmaxNaive,
  type LayerSpec,
} from '../forward/index.ts';
import { example221, stabilityLogits } from './examples.ts';
import { INIT_SIZES } from '../../components/pitfall-init/model.ts';
import { STACK_SIZES } from '../../components/pitfall-linear/model.ts';

// ---------- Pitfall 1: no activation ----------

/** Layers in the widget's stack, and its sizes for prose ("2-8-8-1"). */
export const stackLayers = STACK_SIZES.length - 1;
export const stackSizesText = STACK_SIZES.join('-');

/** The 2-2-1 example with both activations removed, and the single layer it collapses to. */
export const linearPair: LayerSpec[] = [
  { W: example221.W1.map((r) => [...r]), b: [...example221.b1], activation: 'identity' },
  { W: example221.W2.map((r) => [...r]), b: [...example221.b2], activation: 'identity' },
];
export const merged = collapseLinear(linearPair);
/** The 2-2-1 weights as the exercise shows them (first row, second row, output row). */
export const w1Row0Text = formatVector(example221.W1[0]);
export const w1Row1Text = formatVector(example221.W1[1]);
export const w2Row0Text = formatVector(example221.W2[0]);
/** The terms of W^{[2]} W^{[1]}'s first entry: w2[0]·w1[0][0] + w2[1]·w1[1][0]. */
export const collapseTerms = {
  a: example221.W2[0][0],
  b: example221.W1[0][0],
  c: example221.W2[0][1],
  d: example221.W1[1][0],
};

// ---------- Pitfall 2: sigmoid in a deep network ----------

/** σ′(0), the largest slope of the sigmoid. */
export const peak = sigmoidPrime(0);
export const deep = 10;
export const p10 = sigmoidChainProduct(deep);
export const p5 = sigmoidChainProduct(5);
export const p6 = sigmoidChainProduct(6);
/** Slope of ReLU for a positive input. */
export const reluSlope = reluPrime(1);

/**
 * The factor one sigmoid layer applies to a correction passing back through a weight w at
 * pre-activation z: σ′(z)·w, e.g. `layerFactor(0, 4)` → 1.
 */
export function layerFactor(z: number, w: number): number {
  return sigmoidPrime(z) * w;
}

/** Weights that show what the factor σ′(0)·w does: a small weight, the break-even 1/σ′(0), a large weight. */
export const smallWeight = 0.5;
export const breakEvenWeight = 1 / peak;
export const largeWeight = 6;
export const smallFactor = layerFactor(0, smallWeight);
export const largeFactor = layerFactor(0, largeWeight);
/** The product of `deep` such factors, all at z = 0 with the same weight. */
export const smallChain = p10 * smallWeight ** deep;
export const largeChain = p10 * largeWeight ** deep;

// ---------- Pitfall 3: MSE for a classifier ----------

export const farZ = -10;
export const far = logitGradients(farZ, 1);
export const exZ = -4;
export const exGrad = logitGradients(exZ, 1);
/** How many times stronger cross-entropy pushes than MSE at z = exZ. */
export const exRatio = exGrad.crossEntropy / exGrad.mse;

// ---------- Pitfall 4: softmax without subtracting the maximum ----------

export const stabilityLogitsText = formatVector(stabilityLogits);
export const naive = softmaxNaive(stabilityLogits);
export const naiveBroken = Array.from(naive).every((v) => !Number.isFinite(v));
export const stable = softmax(stabilityLogits);
export const stableText = formatVector(stable, 4);

// ---------- Pitfall 5: all-zero start ----------

export const initSizesText = INIT_SIZES.join('-');

/** The collapsed 2-2-1 weights as a row and the bias, numbers for TeX. */
export const mergedRow = merged.W[0];
export const mergedBias = merged.b[0];
export const mergedFirst = merged.W[0][0];
export const mergedFirstText = formatNumber(mergedFirst, 4);
