/**
 * The 2-2-1 widget's model: the editable numbers by key, the network spec built from them, every
 * value the widget shows (computed by the library's forwardTrace), and the step-through formulas as
 * token lists that both the build and the browser turn into text.
 *
 * Keys: x_j (input j), W1_i_j (hidden neuron i, input j), b1_i, z1_i, a1_i, W2_0_i, b2_0, z2_0, a2_0,
 * counted from 0 like the library's arrays; the page shows them counted from 1.
 */
import { compileNetwork, formatNumber, forwardTrace } from '../../src/forward/index.ts';
import { example221 } from '../../src/chapters/examples.ts';
import type { NetworkSpec } from '../../src/forward/index.ts';
import { gridInputs } from '../kit/heatmap.ts';
import type { Domain } from '../kit/heatmap.ts';

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

/** The input plane every unit's picture covers: x[1] and x[2] from -2 to 2 (the sliders' range). */
export const PLANE: Domain = { lo: -2, hi: 2 };

/** Samples per side of a unit's picture (PICTURE_GRID² inputs in one batch). */
export const PICTURE_GRID = 60;

/** The units that get a picture, in the diagram's order: hidden neurons h1, h2 and the output. */
export const pictureUnits = ['h0', 'h1', 'out'] as const;
export type PictureUnit = (typeof pictureUnits)[number];

/** What the three pictures show: each unit's activation at every grid input, and each picture's colour scale. */
export interface Pictures {
  /** Row-major (PICTURE_GRID²)×2: a1[1] and a1[2] at each grid point (row j·n + i holds gridPoint(i, j)). */
  hidden: Float64Array;
  /** PICTURE_GRID² values of the output a2 at each grid point. */
  output: Float64Array;
  /** Colour scale [lo, hi] of each unit: symmetric about 0 for the hidden units (so a = 0 is the neutral middle), [0, 1] for σ. */
  scale: Record<PictureUnit, [number, number]>;
}

const grid = gridInputs(PICTURE_GRID, PLANE);

/**
 * The hidden scale's half-width: the largest hidden activation over the plane rounded up to a half,
 * at least 1, e.g. `hiddenScale([0, 0.7, 1.26])` → 1.5, `hiddenScale([0, 0])` → 1.
 */
export function hiddenScale(values: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < values.length; k++) if (Math.abs(values[k]) > m) m = Math.abs(values[k]);
  return Math.max(1, Math.ceil(m * 2) / 2);
}

/**
 * Every unit's activation over the plane, two batches through the library (compileNetwork(…).forwardBatch):
 * the hidden layer alone, then the whole network. Throws the library's error when a weight makes a
 * pre-activation non-finite; the caller keeps its last pictures then.
 */
export function pictures(v: Values): Pictures {
  const spec = specFrom(v);
  const hidden = compileNetwork({ layers: [spec.layers[0]] }).forwardBatch(grid).data;
  const output = compileNetwork(spec).forwardBatch(grid).data;
  const m = hiddenScale(hidden);
  return { hidden, output, scale: { h0: [-m, m], h1: [-m, m], out: [0, 1] } };
}

/** The words a picture's text alternative needs (the widget's string table provides them). */
export interface PictureWords {
  unitName: (u: PictureUnit) => string;
  range: (lo: string, hi: string) => string;
  hiddenPicture: (name: string, range: string, hi: string, x: string, a: string, inside: boolean) => string;
  outputPicture: (range: string, mid: string, x: string, a: string, inside: boolean) => string;
}

/**
 * A unit's picture in words: what it shows, its colour scale and the value at the worked input, with
 * the numbers formatted by the library; `scale` is the picture's colour scale, `inside` whether X lies on the plane.
 */
export function pictureText(words: PictureWords, unit: PictureUnit, v: Values, scale: [number, number], inside: boolean): string {
  const range = words.range(formatNumber(PLANE.lo), formatNumber(PLANE.hi));
  const x = `(${valueText(v.x_0, 'plain')}, ${valueText(v.x_1, 'plain')})`;
  if (unit === 'out') return words.outputPicture(range, formatNumber((scale[0] + scale[1]) / 2), x, valueText(v.a2_0, 'plain'), inside);
  return words.hiddenPicture(words.unitName(unit), range, formatNumber(scale[1]), x, valueText(v[`a1_${unit[1]}`], 'plain'), inside);
}
