// The values of the chapter "Many inputs at once: batches and shapes" (and its computation-graph
// section), computed by the library; both locales' pages import them.
import { buildNetwork, forward, forwardBatch, forwardTrace, matVec, zerosMatrix } from '../forward/index.ts';
import type { NetworkSpec } from '../forward/index.ts';
import { example221, example221Network } from './examples.ts';

/** Weights plus biases of a network, e.g. `parameterCount(buildNetwork([3, 5, 2], 'relu'))` → 32. */
export function parameterCount(net: NetworkSpec): number {
  return net.layers.reduce((sum, l) => sum + l.W.length * l.W[0].length + l.b.length, 0);
}

/** The chapter's batch: four samples (rows) of three features, fed to a seeded 3-4-2 network. */
export const batchSizes = [3, 4, 2];
export const batchSeed = 5;
export const batchX: number[][] = [
  [1, 0.5, -0.5],
  [0.2, -1, 1.5],
  [-1.2, 0.3, 0.8],
  [0, 0, 0],
];
export const batchNet: NetworkSpec = buildNetwork(batchSizes, ['relu', 'identity'], { init: 'xavier', seed: batchSeed });

/** forwardBatch on the whole batch: one row of outputs per sample, shape (4, 2). */
export const batchOut: number[][] = forwardBatch(batchNet, batchX).toArray();
/** forward on each row in turn: the same numbers, one loop iteration per sample. */
export const loopOut: number[][] = batchX.map((x) => Array.from(forward(batchNet, x)));
/** The largest difference between the two, e.g. 0 or a rounding error near 1e-16. */
export const batchLoopGap: number = Math.max(...batchOut.flatMap((row, i) => row.map((v, j) => Math.abs(v - loopOut[i][j]))));

/** Shapes of X, W, b, Z, A per layer of the chapter's batch, read from the network and the batch. */
export const batchShapes = batchNet.layers.map((l) => ({ W: [l.W.length, l.W[0].length], b: l.b.length, Z: [batchX.length, l.W.length] }));
export const batchParams: number = parameterCount(batchNet);

/** Exercise: parameters of a 784-16-16-10 network (the classic handwritten-digit layout). */
export const exDigitSizes = [784, 16, 16, 10];
export const exDigitParams: number = parameterCount(buildNetwork(exDigitSizes, 'relu', { init: 'zeros' }));
export const exDigitPerLayer: number[] = buildNetwork(exDigitSizes, 'relu', { init: 'zeros' }).layers.map((l) => l.W.length * l.W[0].length + l.b.length);

/** Exercise: how many numbers the output batch A^{[2]} of a 5-8-3 network holds for 32 samples. */
export const exBatchN = 32;
export const exBatchSizes = [5, 8, 3];
const exOut = forwardBatch(buildNetwork(exBatchSizes, ['relu', 'identity'], { init: 'zeros' }), zerosMatrix(exBatchN, exBatchSizes[0]));
export const exBatchShape: [number, number] = [exOut.rows, exOut.cols];
export const exBatchEntries: number = exOut.data.length;

/** The 2-2-1 example as a computation graph: what forwardTrace keeps, and the products it does not. */
export const graphTrace = forwardTrace(example221Network(), example221.X);
export const graphProducts = {
  W1x: Array.from(matVec(example221.W1, example221.X)),
  W2a1: Array.from(matVec(example221.W2, graphTrace.a[1])),
};
/** How many numbers forwardTrace keeps for the 2-2-1 example (every z[l], l ≥ 1, and every a[l]). */
export const graphKept: number = [...graphTrace.z, ...graphTrace.a].reduce((n, v) => n + v.length, 0);

/** The layer shapes as one line of prose, e.g. "W[1] (2, 2), b[1] (2), Z[1] (4, 2); …", with the locale's comma and separator. */
function shapeLine(comma: string, separator: string): string {
  return batchShapes
    .map((s, l) => `W[${l + 1}] (${s.W.join(', ')})${comma}b[${l + 1}] (${s.b})${comma}Z[${l + 1}] (${s.Z.join(', ')})`)
    .join(separator);
}

/** The chapter's lists and sums as prose prints them, built once for both locales. */
export const batchText = {
  shapesEn: shapeLine(', ', '; '),
  shapesZh: shapeLine('，', '；'),
  /** The parameter count written out per layer, e.g. "16 × 784 + 16 + …". */
  digitTerms: exDigitSizes.slice(1).map((n, l) => `${n} × ${exDigitSizes[l]} + ${n}`).join(' + '),
  digitPerLayer: exDigitPerLayer.join(' + '),
  batchShape: exBatchShape.join(', '),
  batchProduct: exBatchShape.join(' × '),
};
