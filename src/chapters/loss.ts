// Chapter "loss": the numbers and formulas of the loss chapter, in both locales. The loss is written
// \mathcal{L} (L is the number of layers); classes are numbered from 1 in maths and prose, code
// indices from 0.
import {
  CE_EPSILON, binaryCrossEntropy, crossEntropy, forwardTrace, formatNumber, formatVector, mse, sigmoid, softmax, softmaxNaive, softmaxSteps,
} from '../forward/index.ts';
import { crossEntropyExamples, example221, example221Network, stabilityLogits } from './examples.ts';
import { msePoints, mseStart, mseState } from '../../components/mse-widget/model.ts';
import { texNumber } from './tex.ts';

export { msePoints, mseStart, stabilityLogits };
/** The article's label and its two predictions (good, bad) over three classes. */
export const ce = crossEntropyExamples;
/** The true class's code index (0-based; the prose calls it class index + 1). */
export const trueClass = ce.label.indexOf(1);
export const pGood = ce.good[trueClass];
export const pBad = ce.bad[trueClass];
export const lossGood = crossEntropy(ce.good, ce.label);
export const lossBad = crossEntropy(ce.bad, ce.label);
export const mseGood = mse(ce.good, ce.label);
export const mseBad = mse(ce.bad, ce.label);
/** The MSE widget's line at its starting w and b. */
export const start = mseState(msePoints, mseStart.w, mseStart.b);
/** The stable softmax of the stability logits, step by step, and the textbook formula's result. */
export const steps = softmaxSteps(stabilityLogits);
export const naive = softmaxNaive(stabilityLogits);
export const stable = softmax(stabilityLogits);
/** The largest double, as mantissa × 10^exponent, and the z above which e^z overflows. */
export const lnMax = Math.log(Number.MAX_VALUE);
export const maxExponent = Math.floor(Math.log10(Number.MAX_VALUE));
export const maxMantissa = Number.MAX_VALUE / 10 ** maxExponent;
/** Exercise 1: the bad prediction scored against class 2 (code index 1). */
export const secondLabel = ce.label.map((_, k) => (k === 1 ? 1 : 0));
export const exSecond = crossEntropy(ce.bad, 1);
/** The logits slid down so the first is 0: same gaps, same probabilities. */
export const slidLogits = stabilityLogits.map((z) => z - stabilityLogits[0]);

/** How much the stable-softmax exercise raises the last of the overflow logits. */
export const exRaise = 1;
/** The stable-softmax exercise's logits: the overflow logits with the last one raised by exRaise, e.g. [1000, 1001, 1003]. */
export const exLogits = stabilityLogits.map((z, i) => (i === stabilityLogits.length - 1 ? z + exRaise : z));
/** The stable softmax of the exercise's logits, step by step (the textbook formula overflows on them too). */
export const exSteps = softmaxSteps(exLogits);
/** The stable-softmax exercise's answer: the probability of the third class for exLogits. */
export const exP3 = exSteps.probs[2];

/** The MSE exercise's line ŷ = x (w = 1, b = 0): not the widget's starting line, whose loss the page prints above the exercise. */
export const mseExercise: Readonly<{ w: number; b: number }> = Object.freeze({ w: 1, b: 0 });
/** Predictions, squared errors and loss of that line; its loss is the MSE exercise's answer. */
export const mseEx = mseState(msePoints, mseExercise.w, mseExercise.b);

/** Binary cross-entropy on the 2-2-1 network's sigmoid output, for the label y = 1 and y = 0. */
export const zOut = forwardTrace(example221Network(), example221.X).z[2][0];
export const pOut = sigmoid(zOut);
export const bceOne = binaryCrossEntropy(pOut, 1);
export const bceZero = binaryCrossEntropy(pOut, 0);
/** A sigmoid is a two-class softmax: softmax([z, 0]) = [σ(z), 1 − σ(z)]. */
export const twoClass = softmax([zOut, 0]);

const f3 = (x: number) => formatNumber(x, 3);
const f4 = (x: number) => formatNumber(x, 4);

/** Numbers as prose shows them. */
export const text = {
  mseStartLoss: f3(start.loss),
  label: formatVector(ce.label),
  good: formatVector(ce.good),
  bad: formatVector(ce.bad),
  pGood: formatNumber(pGood),
  pBad: formatNumber(pBad),
  mseGood: f3(mseGood),
  mseBad: f3(mseBad),
  ratio: formatNumber(lossBad / lossGood, 2),
  epsilon: formatNumber(CE_EPSILON),
  zeroCost: f4(crossEntropy([0], 0)),
  lnMax: formatNumber(lnMax, 5),
  logits: formatVector(stabilityLogits),
  shifted: formatVector(steps.shifted),
  exps: formatVector(steps.exps, 4),
  sum: f4(steps.sum),
  slid: formatVector(slidLogits),
  exSecond: f4(exSecond),
  lossBad: f4(lossBad),
  secondLabel: formatVector(secondLabel),
  mseCount: String(msePoints.length),
  exLogits: formatVector(exLogits),
  exRaise: formatNumber(exRaise),
  exMax: formatNumber(exSteps.max),
  exShifted: formatVector(exSteps.shifted),
  exP3: f4(exP3),
  mseExLoss: f3(mseEx.loss),
  mseExPreds: formatVector(mseEx.preds, 3),
  mseExSquares: formatVector(mseEx.squares, 3),
  mseExSum: `(${mseEx.squares.map(f3).join(' + ')}) / ${msePoints.length} ≈ ${f3(mseEx.loss)}`,
  pOut: f4(pOut),
  bceOne: f4(bceOne),
  bceZero: f4(bceZero),
};

/** Formulas, the loss written \mathcal{L}. */
export const tex = {
  mseW: `w = ${texNumber(mseStart.w)}`,
  mseB: `b = ${texNumber(mseStart.b)}`,
  ceGood: `\\mathcal{L} = -\\left(1 \\cdot \\log ${texNumber(pGood)} + 0 \\cdot \\log ${texNumber(ce.good[1])} + 0 \\cdot \\log ${texNumber(ce.good[2])}\\right) = -\\log ${texNumber(pGood)} \\approx ${texNumber(lossGood)}`,
  ceBad: `\\mathcal{L} = -\\log ${texNumber(pBad)} \\approx ${texNumber(lossBad)}`,
  e: `e \\approx ${texNumber(Math.E, 3)}`,
  maxDouble: `${texNumber(maxMantissa, 2)} \\times 10^{${maxExponent}}`,
  firstPower: `e^{${texNumber(stabilityLogits[0])}}`,
  m: `m = ${texNumber(steps.max)}`,
  stable: `\\operatorname{softmax}(${stabilityLogits.map((z) => texNumber(z)).join(', ')}) = (${Array.from(stable, (p) => texNumber(p)).join(',\\ ')})`,
  exSecond: `\\mathcal{L} = -\\log ${texNumber(ce.bad[1])} \\approx ${texNumber(exSecond)}`,
  exP3: `p_3 = \\frac{e^{${texNumber(exSteps.shifted[2])}}}{${Array.from(exSteps.shifted, (z) => `e^{${texNumber(z)}}`).join(' + ')}} = \\frac{${texNumber(exSteps.exps[2])}}{${texNumber(exSteps.sum, 6)}} \\approx ${texNumber(exP3)}`,
  mseExW: `w = ${texNumber(mseExercise.w)}`,
  mseExB: `b = ${texNumber(mseExercise.b)}`,
  bceOne: `\\mathcal{L}_{\\text{BCE}} = -\\log ${texNumber(pOut)} \\approx ${texNumber(bceOne)}`,
  bceZero: `\\mathcal{L}_{\\text{BCE}} = -\\log (1 - ${texNumber(pOut)}) \\approx ${texNumber(bceZero)}`,
  twoClass: `\\operatorname{softmax}(${texNumber(zOut)}, 0) = (${texNumber(twoClass[0])},\\ ${texNumber(twoClass[1])}), \\qquad \\sigma(${texNumber(zOut)}) = ${texNumber(pOut)}`,
};
