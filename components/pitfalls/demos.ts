/**
 * The data behind the pitfall widgets, all computed by the forward library: the build renders the
 * default state with these functions and the widgets' scripts call them again on every change.
 */
import { buildNetwork, collapseLinear, compileNetwork, createRng, forward, forwardTrace, logitGradients, sigmoidChainProduct, sigmoidPrime, softmax, softmaxNaive } from '../../src/forward/index.ts';
import { stabilityLogits, weatherNeuron } from '../../src/chapters/examples.ts';
import type { LayerSpec, LogitGradients, NetworkSpec } from '../../src/forward/index.ts';
import { linspace } from '../kit/svg.ts';

// ---------- Pitfall 1: no activation ----------

/** Layer sizes of the stack in pitfall 1: two inputs, two hidden layers of eight, one output. */
export const STACK_SIZES = [2, 8, 8, 1] as const;
/** The square of the input plane drawn in pitfall 1. */
export const PLANE: readonly [number, number] = [-2, 2];
/** Cells per side of the sampled plane. */
export const PLANE_CELLS = 40;
/** The seed the page starts with (its ReLU boundary is clearly bent). */
export const LINEAR_SEED = 2;

export interface LinearDemo {
  seed: number;
  /** The stack with identity activations everywhere. */
  linear: NetworkSpec;
  /** The same weights and biases with ReLU on the hidden layers. */
  relu: NetworkSpec;
  /** collapseLinear(linear.layers): one layer doing all the stack's work. */
  collapsed: LayerSpec;
  /** Number of weights and biases in the stack. */
  stackParameters: number;
  /** A few inputs with the stack's and the collapsed layer's outputs. */
  rows: { x: number[]; stack: number; collapsed: number }[];
}

function countParameters(net: NetworkSpec): number {
  return net.layers.reduce((n, layer) => n + layer.W.length * layer.W[0].length + layer.b.length, 0);
}

/**
 * Two networks with identical seeded weights and biases, one purely linear and one with ReLU hidden
 * layers; each last bias is set so that the output is 0 at one seeded point near the middle of the
 * plane, so both decision boundaries cross the picture.
 */
export function linearDemo(seed: number): LinearDemo {
  const linear = buildNetwork([...STACK_SIZES], 'identity', { init: 'he', seed });
  const rng = createRng(seed + 1000);
  for (const layer of linear.layers) layer.b = layer.b.map(() => 2 * rng() - 1);
  const last = linear.layers.length - 1;
  const relu: NetworkSpec = {
    layers: linear.layers.map((layer, l) => ({
      W: layer.W.map((row) => row.slice()),
      b: layer.b.slice(),
      activation: l < last ? 'relu' : 'identity',
    })),
  };
  const pivot = [rng() - 0.5, rng() - 0.5];
  linear.layers[last].b[0] -= forward(linear, pivot)[0];
  relu.layers[last].b[0] -= forward(relu, pivot)[0];
  const collapsed = collapseLinear(linear.layers);
  const one: NetworkSpec = { layers: [collapsed] };
  const inputRng = createRng(seed + 2000);
  const rows = [0, 1, 2].map(() => {
    const x = [PLANE[0] + (PLANE[1] - PLANE[0]) * inputRng(), PLANE[0] + (PLANE[1] - PLANE[0]) * inputRng()].map((v) => Math.round(v * 10) / 10);
    return { x, stack: forward(linear, x)[0], collapsed: forward(one, x)[0] };
  });
  return { seed, linear, relu, collapsed, stackParameters: countParameters(linear), rows };
}

/** Centres of the plane's cells along one axis. */
export function cellCentres(): number[] {
  const [lo, hi] = PLANE;
  const w = (hi - lo) / PLANE_CELLS;
  return linspace(lo + w / 2, hi - w / 2, PLANE_CELLS);
}

/** For each cell (row 0 at the top, x₂ high), whether the network's output there is positive. */
export function signGrid(net: NetworkSpec): boolean[][] {
  const compiled = compileNetwork(net);
  const centres = cellCentres();
  const x = new Float64Array(2);
  return centres
    .slice()
    .reverse()
    .map((x2) =>
      centres.map((x1) => {
        x[0] = x1;
        x[1] = x2;
        return compiled.forward(x)[0] > 0;
      }),
    );
}

// ---------- Pitfall 2: sigmoid saturation ----------

export const MAX_DEPTH = 20;
/** The depth and pre-activation the widget starts with. */
export const START_DEPTH = 10;
export const START_Z = 0;

export interface SaturationDemo {
  depth: number;
  z: number;
  /** σ′(z), the factor each layer multiplies in. */
  factor: number;
  /** The product over `depth` layers. */
  product: number;
  /** The product for every depth 1…MAX_DEPTH, for the bars. */
  products: number[];
}

export function saturationDemo(depth: number, z: number): SaturationDemo {
  const products: number[] = [];
  for (let d = 1; d <= MAX_DEPTH; d++) products.push(sigmoidChainProduct(d, z));
  return { depth, z, factor: sigmoidPrime(z), product: sigmoidChainProduct(depth, z), products };
}

// ---------- Pitfall 3: MSE for classification ----------

/** The logits plotted in pitfall 3. */
export const LOGIT_RANGE: readonly [number, number] = [-10, 10];

/** Both gradients over the plotted range of z, for label y = 1. */
export function gradientCurves(samples = 161): { z: number[]; mse: number[]; crossEntropy: number[] } {
  const z = linspace(LOGIT_RANGE[0], LOGIT_RANGE[1], samples);
  const g = z.map((v) => logitGradients(v, 1));
  return { z, mse: g.map((v) => v.mse), crossEntropy: g.map((v) => v.crossEntropy) };
}

/** The probe at one logit, label y = 1. */
export function gradientProbe(z: number): LogitGradients {
  return logitGradients(z, 1);
}

// ---------- Pitfall 4: softmax without the max ----------

/** The library's overflowing logits moved so that the largest is `top` (stabilityLogits itself when top is their max). */
export function shiftedLogits(top: number): number[] {
  const max = Math.max(...stabilityLogits);
  return stabilityLogits.map((v) => v - max + top);
}

export function softmaxDemo(top: number): { logits: number[]; naive: number[]; stable: number[]; naiveFinite: boolean } {
  const logits = shiftedLogits(top);
  const naive = Array.from(softmaxNaive(logits));
  return { logits, naive, stable: Array.from(softmax(logits)), naiveFinite: naive.every(Number.isFinite) };
}

// ---------- Pitfall 5: all-zero initialisation ----------

/** Layer sizes of the pitfall 5 network: the three weather features, four hidden neurons, one output. */
export const INIT_SIZES = [3, 4, 1] as const;
export const INIT_SEED = 7;

/** The inputs of pitfall 5: the first three weather samples. */
export function initInputs(): number[][] {
  return weatherNeuron.samples.slice(0, 3).map((s) => [...s.x]);
}

/** Hidden activations a[1] for each input, with zero or small random initialisation. */
export function hiddenTable(init: 'zeros' | 'small', seed: number): { rows: number[][]; allSame: boolean } {
  const net = buildNetwork([...INIT_SIZES], ['sigmoid', 'sigmoid'], { init, seed });
  const rows = initInputs().map((x) => Array.from(forwardTrace(net, x).a[1]));
  const allSame = rows.every((row) => row.every((v) => v === row[0]));
  return { rows, allSame };
}
