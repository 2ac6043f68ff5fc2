/**
 * The 2-2-1 widget's model: the editable numbers by key, the network spec built from them, every
 * value the widget shows (computed by the library's forwardTrace), and the step-through formulas as
 * token lists that both the build and the browser turn into text.
 *
 * Keys: x_j (input j), W1_i_j (hidden neuron i, input j), b1_i, z1_i, a1_i, W2_0_i, b2_0, z2_0, a2_0,
 * counted from 0 like the library's arrays; the page shows them counted from 1.
 */
import { formatNumber, forwardTrace } from '../../src/forward/index.ts';
import { example221 } from '../../src/chapters/examples.ts';
import type { NetworkSpec } from '../../src/forward/index.ts';

export type Values = Record<string, number>;

/** The keys of the editable numbers, in reading order. */
export const inputKeys = ['x_0', 'x_1', 'W1_0_0', 'W1_0_1', 'W1_1_0', 'W1_1_1', 'b1_0', 'b1_1', 'W2_0_0', 'W2_0_1', 'b2_0'] as const;

/** The keys of the computed numbers. */
export const outputKeys = ['z1_0', 'z1_1', 'a1_0', 'a1_1', 'z2_0', 'a2_0'] as const;

/** The article's example as editable values, e.g. `defaultInputs().W2_0_1` → 0.6. */
export function defaultInputs(): Values {
  const v: Values = {};
  example221.X.forEach((x, j) => { v[`x_${j}`] = x; });
  example221.W1.forEach((row, i) => row.forEach((w, j) => { v[`W1_${i}_${j}`] = w; }));
  example221.b1.forEach((b, i) => { v[`b1_${i}`] = b; });
  example221.W2[0].forEach((w, i) => { v[`W2_0_${i}`] = w; });
  v.b2_0 = example221.b2[0];
  return v;
}

/** The network spec the current values describe (activations as in the article's example). */
export function specFrom(v: Values): NetworkSpec {
  return {
    layers: [
      { W: [[v.W1_0_0, v.W1_0_1], [v.W1_1_0, v.W1_1_1]], b: [v.b1_0, v.b1_1], activation: example221.hidden },
      { W: [[v.W2_0_0, v.W2_0_1]], b: [v.b2_0], activation: example221.output },
    ],
  };
}

/** The inputs plus every z and a of the forward pass, from the library's forwardTrace. */
export function computeAll(inputs: Values): Values {
  const trace = forwardTrace(specFrom(inputs), [inputs.x_0, inputs.x_1]);
  const v: Values = { ...inputs };
  for (let L = 1; L < trace.z.length; L++) {
    trace.z[L].forEach((z, i) => { v[`z${L}_${i}`] = z; });
    trace.a[L].forEach((a, i) => { v[`a${L}_${i}`] = a; });
  }
  return v;
}

/** How a value is written: as it is, without its sign (after an operator), as a factor ("(-2)"), or to 3 digits. */
export type Mode = 'plain' | 'abs' | 'factor' | 'd3';

export type Token = string | { k: string; mode: Mode } | { op: string };

/** The text of one number token; a non-finite value shows as a flag, never as NaN. */
export function valueText(v: number | undefined, mode: Mode): string {
  if (v === undefined || !Number.isFinite(v)) return '⚠';
  if (mode === 'd3') return formatNumber(v, 3);
  if (mode === 'abs') return formatNumber(Math.abs(v));
  const s = formatNumber(v);
  return mode === 'factor' && s.startsWith('-') ? `(${s})` : s;
}

/** The operator before a term whose sign is folded in: '−' for a negative value, else '+'. */
export function opText(v: number | undefined): string {
  return v !== undefined && v < 0 && formatNumber(Math.abs(v)) !== '0' ? '−' : '+';
}

export type StepName = 'z1' | 'a1' | 'z2' | 'a2';
export const steps: readonly StepName[] = ['z1', 'a1', 'z2', 'a2'];

const n = (k: string, mode: Mode = 'plain') => ({ k, mode });
const op = (k: string) => ({ op: k });

/** The lines of one step's formula with the numbers as tokens; `hidden` and `output` are the activation symbols. */
export function stepLines(step: StepName, hidden: string, output: string): Token[][] {
  switch (step) {
    case 'z1':
      return [0, 1].map((i) => [
        `z1[${i + 1}] = `, n(`W1_${i}_0`), ' × ', n('x_0', 'factor'), ' ', op(`W1_${i}_1`), ' ', n(`W1_${i}_1`, 'abs'),
        ' × ', n('x_1', 'factor'), ' ', op(`b1_${i}`), ' ', n(`b1_${i}`, 'abs'), ' = ', n(`z1_${i}`),
      ]);
    case 'a1':
      return [0, 1].map((i) => [`a1[${i + 1}] = ${hidden}(`, n(`z1_${i}`), ') = ', n(`a1_${i}`)]);
    case 'z2':
      return [[
        'z2 = ', n('W2_0_0'), ' × ', n('a1_0', 'factor'), ' ', op('W2_0_1'), ' ', n('W2_0_1', 'abs'),
        ' × ', n('a1_1', 'factor'), ' ', op('b2_0'), ' ', n('b2_0', 'abs'), ' = ', n('z2_0'),
      ]];
    case 'a2':
      return [[`a2 = ${output}(`, n('z2_0'), ') = ', n('a2_0'), ' ≈ ', n('a2_0', 'd3')]];
  }
}

/** A step's formula as plain text with the numbers put in (used for tests and screen-reader summaries). */
export function stepText(step: StepName, values: Values, hidden: string, output: string): string {
  return stepLines(step, hidden, output)
    .map((line) => line.map((t) => (typeof t === 'string' ? t : 'op' in t ? opText(values[t.op]) : valueText(values[t.k], t.mode))).join(''))
    .join('\n');
}

/** Which node a key belongs to: 'in0', 'in1', 'h0', 'h1' or 'out' (weights belong to edges, not nodes). */
export function nodeOf(key: string): string | null {
  const m = /^(x|b1|z1|a1|b2|z2|a2)_(\d)$/.exec(key);
  if (!m) return null;
  if (m[1] === 'x') return `in${m[2]}`;
  if (m[1].endsWith('1')) return `h${m[2]}`;
  return 'out';
}
