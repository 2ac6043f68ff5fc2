// Chapter "network": the worked 2-2-1 example's numbers and formulas, in both locales. Notation as in
// the notation table: layer l as a bracketed superscript, a^{[0]} = x, entries 1-based in maths.
import { forwardTrace, forward, formatNumber, formatVector, type NetworkSpec } from '../forward/index.ts';
import { example221, example221Network } from './examples.ts';
import { texColumn, texMatrix, texNumber, texWeightedSum } from './tex.ts';

const { X, W1, b1, W2, b2 } = example221;
/** The forward pass on the article's input x; trace.z[l], trace.a[l] are layer l's vectors (a[0] = x). */
export const trace = forwardTrace(example221Network(), X);
const [z1, a1, z2, a2] = [trace.z[1], trace.a[1], trace.z[2], trace.a[2]];
/** The exercises' input and its forward pass. */
export const exX = [2, 1];
export const exTrace = forwardTrace(example221Network(), exX);
/** The example network with its output weight W^{[2]}_{12} (from the second hidden neuron) set to `w`. */
function withW2Second(w: number): NetworkSpec {
  const [hidden, output] = example221Network().layers;
  return { layers: [hidden, { ...output, W: [[W2[0][0], w]] }] };
}
/** The network with W^{[2]}_{12} changed to −1: the silent hidden neuron makes the change invisible. */
export const altNet: NetworkSpec = withW2Second(-1);
export const altW2 = altNet.layers[1].W;
export const altOut = forward(altNet, X);
/**
 * Exercise ex-net-dead: another input that also silences the second hidden neuron, and a new
 * W^{[2]}_{12} behind it; the output is the unchanged network's on that input (no text above shows it).
 */
export const deadX = [1, 1];
export const deadW2Second = 3;
export const deadNet: NetworkSpec = withW2Second(deadW2Second);
export const deadTrace = forwardTrace(deadNet, deadX);
/** The same input through the unchanged network: the output the exercise's answer must equal. */
export const deadBefore = forwardTrace(example221Network(), deadX);
/** The output as the article prints it (cut off, not rounded); the note on the last digit explains it. */
export const articleA2 = '0.598';

/** Numbers as prose shows them. */
export const text = {
  a2: formatNumber(a2[0], 3),
  a2Four: formatNumber(a2[0]),
  a2Exact: formatNumber(a2[0], 9),
  a2Percent: formatNumber(a2[0] * 100, 2),
  z2: formatNumber(z2[0]),
  z1Second: formatNumber(z1[1]),
  a1Second: formatNumber(a1[1]),
  x: formatVector(X),
  w2Second: formatNumber(W2[0][1]),
  altW2Second: formatNumber(altW2[0][1]),
  altOut: formatNumber(altOut[0]),
  deadW2Second: formatNumber(deadW2Second),
  deadOut3: formatNumber(deadTrace.a[2][0], 3),
  deadBefore: formatNumber(deadBefore.a[2][0]),
  exZ1Second: formatNumber(exTrace.z[1][1]),
  exA1Second: formatNumber(exTrace.a[1][1]),
  exA2: formatNumber(exTrace.a[2][0], 3),
};

/** Formulas for the worked example and the exercises. */
export const tex = {
  layer1: `W^{[1]} = ${texMatrix(W1)},\\quad b^{[1]} = ${texColumn(b1)},`,
  layer2: `W^{[2]} = ${texMatrix(W2)},\\quad b^{[2]} = ${texColumn(b2)}`,
  input: `a^{[0]} = \\mathbf{x} = ${texColumn(X)}`,
  z1: `z^{[1]} = \\begin{bmatrix} ${texWeightedSum(W1[0], X, b1[0])} \\\\ ${texWeightedSum(W1[1], X, b1[1])} \\end{bmatrix} = ${texColumn(z1)}`,
  a1: `a^{[1]} = \\operatorname{ReLU}(z^{[1]}) = ${texColumn(a1)}`,
  z2: `z^{[2]} = ${texWeightedSum(W2[0], a1, b2[0])} = ${texNumber(z2[0])}`,
  a2: `a^{[2]} = \\sigma(${texNumber(z2[0])}) = \\frac{1}{1 + e^{-${texNumber(z2[0])}}} = ${texNumber(a2[0], 6)} \\approx ${texNumber(a2[0], 3)}`,
  exInput: `\\mathbf{x} = ${texColumn(exX)}`,
  exZ1Second: `z^{[1]}_2 = ${texWeightedSum(W1[1], exX, b1[1])} = ${texNumber(exTrace.z[1][1])}`,
  exA2: `a^{[1]} = ${texColumn(exTrace.a[1])},\\quad z^{[2]} = ${texWeightedSum(W2[0], exTrace.a[1], b2[0])} = ${texNumber(exTrace.z[2][0])},\\quad a^{[2]} = \\sigma(z^{[2]}) = ${texNumber(exTrace.a[2][0])}`,
  deadInput: `\\mathbf{x} = ${texColumn(deadX)}`,
  deadZ1: `z^{[1]} = \\begin{bmatrix} ${texWeightedSum(W1[0], deadX, b1[0])} \\\\ ${texWeightedSum(W1[1], deadX, b1[1])} \\end{bmatrix} = ${texColumn(deadTrace.z[1])}`,
  deadA1: `a^{[1]} = \\operatorname{ReLU}(z^{[1]}) = ${texColumn(deadTrace.a[1])}`,
  deadZ2: `z^{[2]} = ${texWeightedSum(deadNet.layers[1].W[0], deadTrace.a[1], b2[0])} = ${texNumber(deadTrace.z[2][0])}`,
  deadA2: `a^{[2]} = \\sigma(${texNumber(deadTrace.z[2][0])}) = ${texNumber(deadTrace.a[2][0])}`,
};
