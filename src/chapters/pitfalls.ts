// The chapter "pitfalls" (five common pitfalls): every value both locales show, computed once.
import {
  collapseLinear,
  formatNumber,
  formatVector,
  forward,
  forwardTrace,
  logitGradients,
  reluPrime,
  sigmoid,
  sigmoidChainProduct,
  sigmoidPrime,
  softmax,
  softmaxNaive,
  type LayerSpec,
} from '../forward/index.ts';
import { example221, stabilityLogits } from './examples.ts';
import { texColumn, texNumber, texWeightedSum } from './tex.ts';
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
/** Exercise ex-collapse: the network chapter's input through the merged layer and through the two linear layers. */
export const collapseX = example221.X;
export const collapseOut = forward({ layers: [merged] }, collapseX)[0];
export const collapseStack = forwardTrace({ layers: linearPair }, collapseX);
export const collapseOutText = formatNumber(collapseOut);
/** The exercise's input and both routes to its answer, as TeX. */
export const collapseTex = {
  input: `\\mathbf{x} = ${texColumn(collapseX)}`,
  merged: `W\\mathbf{x} + b = ${texWeightedSum(merged.W[0], collapseX, merged.b[0])} = ${texNumber(collapseOut)}`,
  hidden: `z^{[1]} = W^{[1]}\\mathbf{x} + b^{[1]} = ${texColumn(collapseStack.z[1])}`,
  stack: `z^{[2]} = W^{[2]} z^{[1]} + b^{[2]} = ${texWeightedSum(example221.W2[0], collapseStack.z[1], example221.b2[0])} = ${texNumber(collapseStack.a[2][0])}`,
};

// ---------- Pitfall 2: sigmoid in a deep network ----------

/** σ′(0), the largest slope of the sigmoid. */
export const peak = sigmoidPrime(0);
export const deep = 10;
export const p10 = sigmoidChainProduct(deep);
export const p5 = sigmoidChainProduct(5);
export const p6 = sigmoidChainProduct(6);
/** Exercise ex-chain: six sigmoid layers all at z = chainZ, off the peak (the cell above prints the products at z = 0 only). */
export const chainDepth = 6;
export const chainZ = 1;
export const chainSigma = sigmoid(chainZ);
export const chainSlope = sigmoidPrime(chainZ);
export const chainProduct = sigmoidChainProduct(chainDepth, chainZ);
/** How many times smaller that product is than the same six slopes at z = 0. */
export const chainRatio = p6 / chainProduct;
/** The exercise's z, the slope as σ(z)(1 − σ(z)) with σ(z) given, and the slope worked out, as TeX. */
export const chainTex = {
  z: `z = ${texNumber(chainZ)}`,
  slope: `\\sigma'(${texNumber(chainZ)}) = \\sigma(${texNumber(chainZ)})\\,(1 - \\sigma(${texNumber(chainZ)}))`,
  sigma: `\\sigma(${texNumber(chainZ)}) = ${texNumber(chainSigma)}`,
  solution: `\\sigma'(${texNumber(chainZ)}) = ${texNumber(chainSigma)} \\times ${texNumber(1 - chainSigma)} = ${texNumber(chainSlope)}`,
};
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
