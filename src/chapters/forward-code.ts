// The chapter "forward-code" (the complete forward pass in code): every value both locales show, computed once.
import {
  buildNetwork,
  createRng,
  crossEntropy,
  crossEntropyFromLogits,
  formatVector,
  forward,
  forwardTrace,
  initSmallRandom,
  softmax,
  type ActivationName,
  type NetworkSpec,
} from '../forward/index.ts';

/** Number of parameters (weights plus biases) of a network, e.g. `parameterCount(buildNetwork([3, 5, 2], 'relu', { init: 'zeros' }))` → 32. */
export function parameterCount(net: NetworkSpec): number {
  return net.layers.reduce((n, l) => n + l.W.length * l.W[0].length + l.b.length, 0);
}

/** The example classifier: 4 inputs, two hidden ReLU layers of 8, 3 logits; He initialisation, seed 7. */
export const sizes = [4, 8, 8, 3];
export const acts: ActivationName[] = ['relu', 'relu', 'identity'];
export const seed = 7;
export const net = buildNetwork(sizes, acts, { init: 'he', seed });
/** Layer sizes joined for prose, "4-8-8-3". */
export const sizesText = sizes.join('-');
/** Each layer's weight-matrix shape, "8×4, 8×8, 3×8". */
export const shapesText = net.layers.map((l) => `${l.W.length}×${l.W[0].length}`).join(', ');
/** Number of classes (logits). */
export const classes = sizes[sizes.length - 1];

/** The three labelled inputs; `label` is the 0-based index of the correct class (class label + 1 in prose). */
export const samples: { x: number[]; label: number }[] = [
  { x: [1, 0.5, -0.5, 2], label: 2 },
  { x: [0.2, -1, 1.5, 0], label: 0 },
  { x: [-1.2, 0.3, 0.8, -0.4], label: 1 },
];

/** One row of the classifier table, with the strings the page shows. */
export interface SampleRow {
  x: number[];
  label: number;
  /** The label as a class counted from 1, as prose counts classes. */
  classNumber: number;
  logits: number[];
  p: number[];
  /** Probability of the labelled class. */
  pLabel: number;
  loss: number;
  lossFromLogits: number;
  xText: string;
  pText: string;
}

export const rows: SampleRow[] = samples.map((s) => {
  const logits = Array.from(forward(net, s.x));
  const p = Array.from(softmax(logits));
  return {
    ...s,
    classNumber: s.label + 1,
    logits,
    p,
    pLabel: p[s.label],
    loss: crossEntropy(p, s.label),
    lossFromLogits: crossEntropyFromLogits(logits, s.label),
    xText: formatVector(s.x),
    pText: formatVector(p),
  };
});
export const meanLoss = rows.reduce((sum, r) => sum + r.loss, 0) / rows.length;

/** The loss exercise's class (0-based): the third input scored against class 3 instead of its label, class 2, so the answer is no row of the table. */
export const exLossLabel = 2;
/** The loss exercise's class as prose counts it, from 1. */
export const exLossClassNumber = exLossLabel + 1;
/** The loss exercise's answer: −log of the probability the third input gives class exLossClassNumber. */
export const exLoss = crossEntropy(rows[2].p, exLossLabel);
/** How far the exercise's loss lies below the table's loss for the third input (nats). */
export const exLossGap = rows[2].loss - exLoss;
/** How many times the probability of class exLossClassNumber is that of the third input's true class. */
export const exLossProbRatio = rows[2].p[exLossLabel] / rows[2].pLabel;

/** Every layer's output for the first input: index 0 is the input itself. */
export const trace = forwardTrace(net, samples[0].x);
/** Rows of the per-layer table: layer number, activation name, output vector as text. */
export const layerRows = net.layers.map((layer, l) => ({
  layer: l + 1,
  activation: layer.activation,
  output: formatVector(trace.a[l + 1]),
}));
export const inputText = formatVector(trace.a[0]);

export const layerParams = net.layers.map((l) => l.W.length * l.W[0].length + l.b.length);
export const totalParams = parameterCount(net);
/** "40 + 72 + 27": the parameter count of each layer, summed in prose. */
export const layerParamsText = layerParams.join(' + ');

/** First exercise: a 3-5-2 network's parameter count, and the sum that gives it. */
export const exSizes = [3, 5, 2];
export const exSizesText = formatVector(exSizes);
export const exParams = parameterCount(buildNetwork(exSizes, 'relu', { init: 'zeros' }));
export const exParamsSum = exSizes
  .slice(1)
  .map((n, l) => `${n} × ${exSizes[l]} + ${n}`)
  .join(' + ');

/** The same architecture with every weight and bias zero: equal logits, a uniform softmax. */
export const zeroNet = buildNetwork(sizes, acts, { init: 'zeros' });
export const zeroLogits = Array.from(forward(zeroNet, samples[0].x));
export const zeroP = Array.from(softmax(zeroLogits));
export const zeroLoss = crossEntropy(zeroP, 0);

/** 3 × 4 small random weights from seed 42, as in the first cell. */
export const smallW = initSmallRandom(3, 4, createRng(42));
export const smallWFirstRow = formatVector(smallW.row(0));
export const zeroLogitsText = formatVector(zeroLogits);
