import type { ActivationName, NetworkSpec } from '../forward/index.ts';

// Shared data: treat it as read-only (example221Network() gives an editable copy).

/**
 * The article's 2-2-1 network and input: hidden ReLU, output sigmoid, W stored [out][in];
 * e.g. `example221.W1[1]` → [0.3, -0.5] (the second hidden neuron's weights).
 */
export const example221: {
  X: number[];
  W1: number[][];
  b1: number[];
  W2: number[][];
  b2: number[];
  hidden: ActivationName;
  output: ActivationName;
} = {
  X: [1.0, 0.5],
  W1: [[0.2, 0.4], [0.3, -0.5]],
  b1: [0.1, -0.2],
  W2: [[0.7, 0.6]],
  b2: [0.05],
  hidden: 'relu',
  output: 'sigmoid',
};

/** A fresh, editable NetworkSpec of the 2-2-1 example, e.g. `forward(example221Network(), example221.X)` → [0.598687660112452]. */
export function example221Network(): NetworkSpec {
  return {
    layers: [
      { W: example221.W1.map((r) => r.slice()), b: example221.b1.slice(), activation: example221.hidden },
      { W: example221.W2.map((r) => r.slice()), b: example221.b2.slice(), activation: example221.output },
    ],
  };
}

/**
 * The "is it hot?" neuron: z = 0.7·temperature + 0.1·humidity − 0.3·windSpeed + 0.2; the sample inputs
 * are scaled to [0, 1], e.g. `weatherNeuron.samples[0].x` → [0.9, 0.4, 0.1].
 */
export const weatherNeuron: {
  weights: number[];
  bias: number;
  features: string[];
  samples: { name: string; x: number[] }[];
} = {
  weights: [0.7, 0.1, -0.3],
  bias: 0.2,
  features: ['temperature', 'humidity', 'windSpeed'],
  samples: [
    { name: 'hot, calm afternoon', x: [0.9, 0.4, 0.1] },
    { name: 'mild, breezy morning', x: [0.5, 0.6, 0.7] },
    { name: 'cold, stormy night', x: [0.1, 0.9, 1.0] },
    { name: 'everything zero (only the bias speaks)', x: [0, 0, 0] },
  ],
};

/** The article's cross-entropy example: label [1, 0, 0], a good and a bad prediction (losses −log 0.7 and −log 0.4). */
export const crossEntropyExamples: { label: number[]; good: number[]; bad: number[] } = {
  label: [1, 0, 0],
  good: [0.7, 0.2, 0.1],
  bad: [0.4, 0.3, 0.3],
};

/** Logits that overflow the textbook softmax (e^1000 = ∞), e.g. `softmaxNaive(stabilityLogits)` is all NaN. */
export const stabilityLogits: number[] = [1000, 1001, 1002];
