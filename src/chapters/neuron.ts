// Chapter "neuron": every number and computed formula the chapter shows, in both locales.
import { neuron, formatNumber, formatVector, sigmoid, relu, leakyReluPrime } from '../forward/index.ts';
import { weatherNeuron } from './examples.ts';
import { chapterNumber } from './index.ts';
import { texNumber, signedTex, texWeightedSum } from './tex.ts';

/** The weather neuron's weights (temperature, humidity, wind) and bias. */
export const w = weatherNeuron.weights;
export const b = weatherNeuron.bias;
/** The neuron on a day with every reading at 0: z is the bias. */
export const zeroDay = neuron(w, b, [0, 0, 0]);
/** The hot, calm afternoon, and the neuron's z and sigmoid a on it. */
export const hot = weatherNeuron.samples[0];
export const hotOut = neuron(w, b, hot.x, 'sigmoid');
/** Exercise 1's day, warm but windy: none of the sample days, whose z a cell above the exercise prints. */
export const exDay = { x: [0.8, 0.3, 0.9] };
export const exOut = neuron(w, b, exDay.x);
/** The cold, stormy night (exercise 3). */
export const stormDay = weatherNeuron.samples[2];
export const stormOut = neuron(w, b, stormDay.x);

/** Where the collapse of linear layers is worked through with numbers (pitfall 1). */
export const pitfallsChapter = chapterNumber('pitfalls');

/** Exercise 2 asks for σ(sigAt); exercise 3 lowers the bias by −reluAt. */
export const sigAt = -1;
export const reluAt = -0.7;
export const sigAnswer = sigmoid(sigAt);
export const stormShifted = stormOut.z + reluAt;
export const reluAnswer = relu(stormShifted);
/** Leaky ReLU's slope on the negative side. */
export const leak = leakyReluPrime(-1);

/** Numbers as prose shows them. */
export const text = {
  b: formatNumber(b),
  w: formatVector(w),
  hotX: formatVector(hot.x),
  leak: formatNumber(leak),
  exDay: Array.from(exDay.x, (v) => formatNumber(v)),
  exZ: formatNumber(exOut.z),
  sigAt: formatNumber(sigAt),
  sigAnswer: formatNumber(sigAnswer, 3),
  stormZ: formatNumber(stormOut.z),
  reluDrop: formatNumber(-reluAt),
  reluAnswer: formatNumber(reluAnswer),
};

/** The weather neuron's pre-activation with the three readings named in the page's language. */
export function weatherTex(names: readonly [string, string, string]): string {
  return `z = ${texNumber(w[0])}\\cdot\\text{${names[0]}} ${signedTex(w[1])}\\cdot\\text{${names[1]}} ${signedTex(w[2])}\\cdot\\text{${names[2]}} ${signedTex(b)}`;
}

/** Formulas. */
export const tex = {
  zeroDay: `z = ${texNumber(zeroDay.z)}`,
  hot: `z = ${texWeightedSum(w, hot.x, b)} = ${texNumber(hotOut.z)}, \\qquad a = \\sigma(z) = ${texNumber(hotOut.a)}`,
  exZ: `z = ${texWeightedSum(w, exDay.x, b)} = ${texNumber(exOut.z)}`,
  sigAt: `\\sigma(${texNumber(sigAt)})`,
  sigSolution: `\\sigma(${texNumber(sigAt)}) = \\frac{1}{1 + e^{${texNumber(-sigAt)}}} = ${texNumber(sigAnswer)}`,
  reluSolution: `z = ${texNumber(stormOut.z)} - ${texNumber(-reluAt)} = ${texNumber(stormShifted)},\\qquad \\operatorname{ReLU}(z) = ${texNumber(reluAnswer)}`,
};
