/**
 * Pitfall 1 (no activation): the data behind the widget, all computed by the forward library. The build renders
 * the default state with these functions and the widget's client calls them again on every change.
 */
import { buildNetwork, collapseLinear, compileNetwork, createRng, forward } from '../../src/forward/index.ts';
import type { LayerSpec, NetworkSpec } from '../../src/forward/index.ts';
import { linspace } from '../kit/svg.ts';

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
