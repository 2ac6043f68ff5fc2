// The chapter "learning" (what learning means): every value both locales show, computed once.
import { binaryCrossEntropy, formatNumber, formatVector, forward } from '../forward/index.ts';
import { example221, example221Network } from './examples.ts';
import { parameterCount } from './forward-code.ts';

/** The 2-2-1 network's output and binary cross-entropy loss with one output weight set to w. */
export interface WeightTrial {
  /** The output weight tried. */
  w: number;
  /** The network's output a^{[2]} (a probability). */
  p: number;
  /** −log p for the label 1 (binary cross-entropy). */
  loss: number;
}

/** The label of the example: the input really is of the positive class. */
export const label = 1;

/**
 * Runs the 2-2-1 example with output weight j (0-based) set to w and scores it against `label`,
 * e.g. `withOutputWeight(0.7).p` → 0.598687660112452 (the unchanged network).
 */
export function withOutputWeight(w: number, j = 0): WeightTrial {
  const net = example221Network();
  net.layers[1].W[0][j] = w;
  const p = forward(net, example221.X)[0];
  return { w, p, loss: binaryCrossEntropy(p, label) };
}

/** One row of a hill climb: the round (0 is the start) and the trial kept after it. */
export interface ClimbRound extends WeightTrial {
  round: number;
}

/**
 * Trial and error on one number: each round tries `start`'s current value plus and minus `step`,
 * keeps the better of the two if it lowers the loss (else stays), for `rounds` rounds. Returns
 * rounds + 1 rows, the first being the start, e.g. `hillClimb((w) => ({ w, p: 0, loss: (w - 1) ** 2 }), 0, 0.5, 3).map((r) => r.w)` → [0, 0.5, 1, 1].
 * Throws if `step` is not positive or `rounds` is not a non-negative integer.
 */
export function hillClimb(trial: (w: number) => WeightTrial, start: number, step: number, rounds: number): ClimbRound[] {
  if (!(step > 0)) throw new Error(`hillClimb: step must be positive (received ${step})`);
  if (!Number.isInteger(rounds) || rounds < 0) throw new Error(`hillClimb: rounds must be a non-negative integer (received ${rounds})`);
  const rows: ClimbRound[] = [{ round: 0, ...trial(start) }];
  for (let r = 1; r <= rounds; r++) {
    const here = rows[rows.length - 1];
    const up = trial(here.w + step);
    const down = trial(here.w - step);
    const best = up.loss < down.loss ? up : down;
    const kept = best.loss < here.loss ? best : here;
    rows.push({ w: kept.w, p: kept.p, loss: kept.loss, round: r });
  }
  return rows;
}

export const inputText = formatVector(example221.X);
export const startW = example221.W2[0][0];
export const otherW = example221.W2[0][1];
export const step = 0.25;
export const start = withOutputWeight(startW);
/** The scan table: the first output weight moved by −2 … +4 steps. */
export const scan: WeightTrial[] = [-2, -1, 0, 1, 2, 4].map((k) => withOutputWeight(startW + k * step));
/** Index of the starting weight in `scan`. */
export const scanStart = scan.findIndex((row) => row.w === startW);
export const rounds = 5;
export const climb = hillClimb((w) => withOutputWeight(w), startW, step, rounds);
/** The second output weight raised by 1: its hidden neuron is off, so the loss does not move. */
export const otherUp = withOutputWeight(otherW + 1, 1);
export const parameters = parameterCount(example221Network());
/** The hidden layer's outputs for the example input. */
export const hidden = Array.from(forward({ layers: [example221Network().layers[0]] }, example221.X));
export const hiddenText = formatVector(hidden);
// A weight neither the scan table nor the hill climb prints (both step from the start by 0.25), so the loss is not shown above the exercise.
export const exW = 1.5;
export const ex = withOutputWeight(exW);
/** `formatNumber` of each scan row's weight, for the table's first column. */
export const scanWeights = scan.map((row) => formatNumber(row.w));

/** The scan table's rows as printed: the weight, the output and the loss (four decimals); `start` marks the starting weight. */
export const scanRows = scan.map((row, i) => ({
  w: formatNumber(row.w),
  p: formatNumber(row.p, 4),
  loss: formatNumber(row.loss, 4),
  start: i === scanStart,
}));
