// The values of the chapter "How big the signals get with depth", computed by the library; both
// locales' pages and the depth lab widget import them.
/**
 * The depth experiment: a 10-layer network of width 64 (every layer the same activation),
 * weights from one of the library's initialisers (seeded), fed a batch of 128 standard-normal inputs;
 * for each layer, the spread of its activations a^{[l]} over the whole batch. Every layer is run by
 * the library's forwardBatch; this file only summarises the numbers it returns.
 */
import { createRng, formatNumber, forwardBatch, initHe, initSmallRandom, initXavier, initZeros, randn, xavierVariance, Matrix } from '../forward/index.ts';
import type { ActivationName, LayerSpec } from '../forward/index.ts';
import { texNumber } from './tex.ts';

export const DEPTH = 10;
export const WIDTH = 64;
export const BATCH = 128;
export const SEED = 11;

export const inits = ['zeros', 'small', 'xavier', 'he', 'large'] as const;
export type DepthInit = (typeof inits)[number];
export const activations = ['tanh', 'sigmoid', 'relu'] as const;
export type DepthActivation = (typeof activations)[number] & ActivationName;

/** The values at which each activation flattens out (saturates). */
const saturationBounds: Record<DepthActivation, number[]> = { tanh: [-1, 1], sigmoid: [0, 1], relu: [] };

/** The 'large' initialiser: N(0, 1) weights, initSmallRandom with scale 1 (no fan-in scaling at all). */
export const LARGE_SCALE = 1;

/** Defaults: tanh with small random weights, where the signal visibly dies. */
export const DEFAULT_INIT: DepthInit = 'small';
export const DEFAULT_ACTIVATION: DepthActivation = 'tanh';

/** A summary of one layer's activations over the batch: percentiles, mean and standard deviation. */
export interface LayerSpread {
  p5: number; p25: number; p50: number; p75: number; p95: number;
  mean: number; std: number;
  /** The largest |a| in the layer. */
  maxAbs: number;
  /** The fraction of values within 0.01 of a bound of tanh (±1) or sigmoid (0, 1): saturated neurons. */
  saturated: number;
}

/**
 * Mean, standard deviation (population), percentiles (nearest rank) and largest magnitude of values,
 * and the fraction within 0.01 of any of `bounds`, e.g. `spread([1, 2, 3, 4]).mean` → 2.5. Throws for an empty array.
 */
export function spread(values: ArrayLike<number>, bounds: readonly number[] = []): LayerSpread {
  if (values.length === 0) throw new Error('spread: values is empty (expected at least one number)');
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  let maxAbs = 0;
  for (const v of sorted) { sum += v; maxAbs = Math.max(maxAbs, Math.abs(v)); }
  const mean = sum / sorted.length;
  let sq = 0;
  for (const v of sorted) sq += (v - mean) * (v - mean);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  let near = 0;
  for (const v of sorted) if (bounds.some((b) => Math.abs(v - b) < 0.01)) near++;
  return { p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), mean, std: Math.sqrt(sq / sorted.length), maxAbs, saturated: near / sorted.length };
}

function weights(init: DepthInit, rows: number, cols: number, rng: () => number): Matrix {
  if (init === 'zeros') return initZeros(rows, cols);
  if (init === 'small') return initSmallRandom(rows, cols, rng);
  if (init === 'xavier') return initXavier(rows, cols, rng);
  if (init === 'large') return initSmallRandom(rows, cols, rng, LARGE_SCALE);
  return initHe(rows, cols, rng);
}

/** The seeded layers: width WIDTH, DEPTH of them, the chosen activation in each, zero biases. */
export function depthLayers(init: DepthInit, activation: DepthActivation, seed = SEED): LayerSpec[] {
  const rng = createRng(seed);
  return Array.from({ length: DEPTH }, () => ({
    W: weights(init, WIDTH, WIDTH, rng).toArray(),
    b: new Array<number>(WIDTH).fill(0),
    activation,
  }));
}

/** The seeded batch: BATCH rows of WIDTH standard-normal features. */
export function depthInputs(seed = SEED): Matrix {
  const rng = createRng(seed + 1);
  const X = new Matrix(BATCH, WIDTH);
  for (let i = 0; i < X.data.length; i++) X.data[i] = randn(rng);
  return X;
}

/**
 * The spread of the inputs (index 0) and of every layer's activations (1…DEPTH) for an initialiser
 * and an activation, e.g. `depthSpreads('he', 'relu')[10].std` stays near the input's scale.
 */
export function depthSpreads(init: DepthInit, activation: DepthActivation, seed = SEED): LayerSpread[] {
  let A = depthInputs(seed);
  const out = [spread(A.data)];
  for (const layer of depthLayers(init, activation, seed)) {
    A = forwardBatch({ layers: [layer] }, A);
    out.push(spread(A.data, saturationBounds[activation]));
  }
  return out;
}

/** What happens to the signal from layer 1 to the last: 'saturated' (over half the last layer's values at a flat end of tanh or sigmoid), 'dead' (below 1e-3 of layer 1's std, or zero), 'shrinking' (below 0.2×), 'growing' (above 5×), else 'steady'. */
export function verdict(spreads: readonly LayerSpread[]): 'dead' | 'shrinking' | 'steady' | 'growing' | 'saturated' {
  const first = spreads[1].std;
  const last = spreads[spreads.length - 1].std;
  if (spreads[spreads.length - 1].saturated > 0.5) return 'saturated';
  if (!(last > 0) || last < 1e-3 * Math.max(first, 1e-300)) return 'dead';
  const ratio = last / first;
  if (ratio < 0.2) return 'shrinking';
  if (ratio > 5) return 'growing';
  return 'steady';
}

/**
 * fan-in × variance of the weights an initialiser draws, measured on the seeded layers: the factor by
 * which a layer multiplies the mean square of its input, e.g. about 1 for Xavier (square layers) and 2 for He.
 */
export function fanInGain(init: DepthInit, seed = SEED): number {
  return measuredGain(depthLayers(init, 'relu', seed)[0].W.flat(), WIDTH);
}

/** n_in · Var(w) measured on a layer's weights (the spread's standard deviation, squared). */
function measuredGain(weights: ArrayLike<number>, fanIn: number): number {
  return fanIn * spread(weights).std ** 2;
}

/** The experiment's result for every initialiser and activation, for the chapter's table: std after layers 1 and 10. */
export const depthTable = inits.map((init) => ({
  init,
  gain: fanInGain(init),
  cells: activations.map((activation) => {
    const s = depthSpreads(init, activation);
    return { activation, first: s[1].std, last: s[DEPTH].std, verdict: verdict(s), mean: s[DEPTH].mean };
  }),
}));

/** The input's standard deviation (about 1: standard-normal features). */
export const inputStd: number = spread(depthInputs().data).std;

/** One cell of depthTable, e.g. `depthCell('he', 'relu').last` (the std after layer 10). */
export function depthCell(init: DepthInit, activation: DepthActivation): (typeof depthTable)[number]['cells'][number] {
  return depthTable.find((r) => r.init === init)!.cells.find((c) => c.activation === activation)!;
}

/** n_in · Var(w) per initialiser, measured on the seeded layers. */
export const gains: Record<DepthInit, number> = Object.fromEntries(depthTable.map((r) => [r.init, r.gain])) as Record<DepthInit, number>;

/** A spread as the chapter prints it: two decimals, e.g. `two(0.5)` → "0.5". */
const two = (v: number): string => formatNumber(v, 2);

/** The table's rows as printed: each cell "std after layer 1 → std after layer DEPTH", two decimals. */
export const depthRows = depthTable.map((row) => ({
  init: row.init,
  cells: row.cells.map((c) => ({ activation: c.activation, text: `${two(c.first)} → ${two(c.last)}` })),
}));

/** The He/ReLU exercise's layer: halfway down, a row of the depth lab that the table (layers 1 and DEPTH) does not show. */
export const exLayer = 5;

/** The He/ReLU exercise's answer: the standard deviation after layer exLayer with He weights and ReLU, as the depth lab shows it. */
export const heReluMid: number = depthSpreads('he', 'relu')[exLayer].std;

/** The Xavier exercise's layer takes WIDTH inputs (its fan-in)… */
export const exFanIn = WIDTH;
/** …into half as many neurons: a layer that is not square, so Xavier's factor is not 1. */
export const exFanOut = WIDTH / 2;

/** The Xavier exercise's answer: n_in · Var(w) = n_in · 2/(n_in + n_out) for that layer, e.g. 64 · 2/96 ≈ 1.33. */
export const xavierExGain: number = exFanIn * xavierVariance(exFanOut, exFanIn);

/** The same factor measured on seeded Xavier weights of that shape (exFanOut rows × exFanIn columns). */
export const xavierExGainMeasured: number = measuredGain(initXavier(exFanOut, exFanIn, createRng(SEED)).data, exFanIn);

/** The numbers the chapter's prose and exercises show, formatted once for both locales. */
export const depthText = {
  inputStd: two(inputStd),
  smallTanhFirst: two(depthCell('small', 'tanh').first),
  smallTanhLast: two(depthCell('small', 'tanh').last),
  smallReluLast: two(depthCell('small', 'relu').last),
  smallSigmoidLast: two(depthCell('small', 'sigmoid').last),
  largeReluLast: two(depthCell('large', 'relu').last),
  xavierTanhLast: two(depthCell('xavier', 'tanh').last),
  xavierReluLast: two(depthCell('xavier', 'relu').last),
  heReluFirst: two(depthCell('he', 'relu').first),
  heReluLast: two(depthCell('he', 'relu').last),
  gainZeros: formatNumber(gains.zeros),
  gainSmall: formatNumber(gains.small, 3),
  gainXavier: formatNumber(gains.xavier, 3),
  gainHe: formatNumber(gains.he, 3),
  gainLarge: formatNumber(gains.large, 3),
  heReluMid: two(heReluMid),
  xavierExGain: formatNumber(xavierExGain, 3),
  xavierExGainMeasured: formatNumber(xavierExGainMeasured, 3),
};

/** The Xavier exercise's worked answer as TeX, e.g. "n_{\\text{in}} \\operatorname{Var}(w) = 64 \\cdot \\frac{2}{64 + 32} = \\frac{128}{96} \\approx 1.33". */
export const exGainTex = `n_{\\text{in}} \\operatorname{Var}(w) = ${texNumber(exFanIn)} \\cdot \\frac{2}{${texNumber(exFanIn)} + ${texNumber(exFanOut)}} = \\frac{${texNumber(2 * exFanIn)}}{${texNumber(exFanIn + exFanOut)}} \\approx ${texNumber(xavierExGain, 3)}`;
