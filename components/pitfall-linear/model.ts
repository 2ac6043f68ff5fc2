/**
 * Pitfall 1 (no activation): the data behind the widget, all computed by the forward library. The build renders
 * the default state with these functions and the widget's client calls them again on every change.
 */
import { buildNetwork, collapseLinear, compileNetwork, createRng, forward } from '../../src/forward/index.ts';
import type { LayerSpec, NetworkSpec } from '../../src/forward/index.ts';
import { gridInputs } from '../kit/heatmap.ts';
import type { Domain } from '../kit/heatmap.ts';

/** Layer sizes of the stack in pitfall 1: two inputs, two hidden layers of eight, one output. */
export const STACK_SIZES = [2, 8, 8, 1] as const;
/** The square of the input plane drawn in pitfall 1. */
export const PLANE: readonly [number, number] = [-2, 2];
/** The same square as a heatmap domain. */
export const DOMAIN: Domain = { lo: PLANE[0], hi: PLANE[1] };
/** Samples (pixels) per side of each picture of the plane. */
export const GRID = 100;
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

/** The three pictures' values for one seed (each GRID×GRID, see planeValues), as planes-worker.ts sends them. */
export interface PlanesReply {
  seed: number;
  linear: Float64Array;
  collapsed: Float64Array;
  relu: Float64Array;
}

/** The three pictures' values for a seed, on the calling thread (the page's fallback where a worker cannot start). */
export function planesOf(seed: number): PlanesReply {
  const demo = linearDemo(seed);
  return { seed, linear: planeValues(demo.linear), collapsed: planeValues({ layers: [demo.collapsed] }), relu: planeValues(demo.relu) };
}

let grid: ReturnType<typeof gridInputs> | undefined;

/**
 * The network's output at every pixel of the GRID×GRID picture of the plane (row-major, row 0 at the
 * top where x₂ is highest; kit/heatmap's gridPoint gives each pixel's input), computed in one batch by
 * the library's compileNetwork(net).forwardBatch, which equals forward(net, x) bit for bit.
 */
export function planeValues(net: NetworkSpec): Float64Array {
  grid ??= gridInputs(GRID, DOMAIN);
  return compileNetwork(net, { unroll: false }).forwardBatch(grid).data;
}

/**
 * A colour scale centred on 0 on which both signs reach full colour: [−m, m] with m the smaller of the
 * largest positive value and the largest |negative| value (values beyond ±m take the end colours), or
 * the largest |value| when all have one sign (1 if all are 0), e.g. `symmetricScale([-1, 3])` → [-1, 1].
 */
export function symmetricScale(values: ArrayLike<number>): [number, number] {
  let top = 0;
  let bottom = 0;
  for (let k = 0; k < values.length; k++) {
    top = Math.max(top, values[k]);
    bottom = Math.max(bottom, -values[k]);
  }
  const m = top > 0 && bottom > 0 ? Math.min(top, bottom) : Math.max(top, bottom);
  return m > 0 ? [-m, m] : [-1, 1];
}

/**
 * Where the output is 0 along the horizontal line x₂ = `x2` across the plane: the x₁ of each sign
 * change between `samples` evenly spaced points, refined by 60 bisections of forward(net, ·).
 * A straight boundary crosses such a line at most once. E.g. for y = x₁ − 0.5,
 * `zerosOnRow({ layers: [{ W: [[1, 0]], b: [-0.5], activation: 'identity' }] }, 0)` → [0.5].
 */
export function zerosOnRow(net: NetworkSpec, x2: number, samples = 201): number[] {
  const [lo, hi] = PLANE;
  const f = (x1: number) => forward(net, [x1, x2])[0];
  const zeros: number[] = [];
  let a = lo;
  let fa = f(a);
  for (let k = 1; k < samples; k++) {
    const b = lo + ((hi - lo) * k) / (samples - 1);
    const fb = f(b);
    if (fa === 0) zeros.push(a);
    else if (fa < 0 !== fb < 0 && fb !== 0) {
      let l = a;
      let r = b;
      for (let it = 0; it < 60; it++) {
        const m = (l + r) / 2;
        if (f(m) < 0 === fa < 0) l = m;
        else r = m;
      }
      zeros.push((l + r) / 2);
    }
    a = b;
    fa = fb;
  }
  if (fa === 0) zeros.push(a);
  return zeros;
}

/**
 * How far the boundary is from a straight line, in input units: the zeros of the output on `rows`
 * horizontal lines across the plane, and the largest distance of any of them from the line through
 * the first and the last (0 when fewer than three). Null when the boundary meets fewer than two rows.
 */
export function bendOfBoundary(net: NetworkSpec, rows = 21): { points: [number, number][]; bend: number } | null {
  const [lo, hi] = PLANE;
  const points: [number, number][] = [];
  for (let k = 0; k < rows; k++) {
    const x2 = lo + ((hi - lo) * k) / (rows - 1);
    for (const x1 of zerosOnRow(net, x2)) points.push([x1, x2]);
  }
  if (points.length < 2) return null;
  const [p, q] = [points[0], points[points.length - 1]];
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const len = Math.hypot(dx, dy);
  let bend = 0;
  for (const [x, y] of points) bend = Math.max(bend, Math.abs(dx * (y - p[1]) - dy * (x - p[0])) / len);
  return { points, bend };
}
