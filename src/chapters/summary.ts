// The chapter "summary": every value both locales show, computed once.
import { binaryCrossEntropy, formatVector, forward, forwardTrace } from '../forward/index.ts';
import { example221, example221Network } from './examples.ts';

export const inputText = formatVector(example221.X);
/** Every layer of the 2-2-1 example for its input: z[1], a[1], z[2], a[2]. */
export const trace = forwardTrace(example221Network(), example221.X);
export const z1Text = formatVector(trace.z[1]);
export const a1Text = formatVector(trace.a[1]);
export const outputZ = trace.z[2][0];
export const out = trace.a[2][0];
export const label = 1;
export const loss = binaryCrossEntropy(out, label);
/** The output cut (not rounded) to three decimals, as the article prints it. */
export const truncated = Math.trunc(out * 1000) / 1000;

/** Exercise: the same network with the two inputs swapped. */
export const exX = [...example221.X].reverse();
export const exXText = formatVector(exX);
export const exOut = forward(example221Network(), exX)[0];
export const exTrace = forwardTrace(example221Network(), exX);
export const exZ1Text = formatVector(exTrace.z[1]);
export const exA1Text = formatVector(exTrace.a[1]);
export const exZ2 = exTrace.z[2][0];
