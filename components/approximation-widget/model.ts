/**
 * The approximation widget's data, all computed by the forward library: the target functions, the
 * reader's points turned into a target, the constructed ReLU network for N hidden units
 * (fitReluInterpolant) and its errors (maxError, meanAbsError).
 */
import { compileNetwork, createRng, fitReluInterpolant, maxError, meanAbsError, formatError } from '../../src/forward/index.ts';
import type { NetworkSpec } from '../../src/forward/index.ts';

export type TargetId = 'sin' | 'abs' | 'step' | 'points';
export const targetIds: readonly TargetId[] = ['sin', 'abs', 'step', 'points'];

/** The x range drawn and approximated for the built-in targets. */
export const DOMAIN: [number, number] = [-3, 3];
/** The y range drawn (and accepted for placed points). */
export const Y_VIEW: [number, number] = [-1.5, 3.5];
export const MIN_UNITS = 1;
export const MAX_UNITS = 64;
export const START_UNITS = 4;
/** The N of the error table. */
export const TABLE_UNITS = [1, 2, 4, 8, 16, 32, 64] as const;
export const MAX_POINTS = 24;
export const POINTS_SEED = 4;

/** The built-in targets as plain functions of x. */
export const targetFunctions: Record<Exclude<TargetId, 'points'>, (x: number) => number> = {
  sin: Math.sin,
  abs: Math.abs,
  step: (x) => (x < 0 ? -1 : 1),
};

export type Point = [number, number];

/** Six seeded starting points spread over the domain, x and y rounded to one decimal. */
export function starterPoints(seed = POINTS_SEED): Point[] {
  const rng = createRng(seed);
  const count = 6;
  const width = (DOMAIN[1] - DOMAIN[0]) / count;
  const points: Point[] = [];
  for (let k = 0; k < count; k++) {
    const x = DOMAIN[0] + width * (k + 0.2 + 0.6 * rng());
    const y = Y_VIEW[0] + 0.5 + (Y_VIEW[1] - Y_VIEW[0] - 1.5) * rng();
    points.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return points;
}

/** Why a point cannot be added, or null if it can. */
export type PointProblem = 'full' | 'sameX' | 'outside' | null;

export function pointProblem(points: readonly Point[], p: Point): PointProblem {
  if (points.length >= MAX_POINTS) return 'full';
  if (!(p[0] >= DOMAIN[0] && p[0] <= DOMAIN[1] && p[1] >= Y_VIEW[0] && p[1] <= Y_VIEW[1])) return 'outside';
  if (points.some((q) => Math.abs(q[0] - p[0]) < 1e-9)) return 'sameX';
  return null;
}

/** The points sorted by x (a copy). */
export function sortPoints(points: readonly Point[]): Point[] {
  return points.map((p) => [p[0], p[1]] as Point).sort((a, b) => a[0] - b[0]);
}

export interface TargetFunction {
  fn: (x: number) => number;
  domain: [number, number];
}

/**
 * The function to approximate: a built-in one on DOMAIN, or for placed points the curve through
 * them (itself the library's exact ReLU interpolant of the points) between the first and last x.
 * Null when fewer than two points are placed.
 */
export function makeTarget(id: TargetId, points: readonly Point[]): TargetFunction | null {
  if (id !== 'points') return { fn: targetFunctions[id], domain: DOMAIN };
  if (points.length < 2) return null;
  const sorted = sortPoints(points);
  const through = compileNetwork(fitReluInterpolant(sorted, sorted.length - 1, DOMAIN).net);
  const x = new Float64Array(1);
  return {
    fn: (v) => {
      x[0] = v;
      return through.forward(x)[0];
    },
    domain: [sorted[0][0], sorted[sorted.length - 1][0]],
  };
}

export interface Approximation {
  net: NetworkSpec;
  knots: number[];
  /** The network's value at each knot and at the domain's ends, left to right: its whole graph, since it is linear in between. */
  curve: Point[];
  maxError: number;
  meanError: number;
}

/** The constructed N-unit network for a target and its errors. */
export function approximate(target: TargetFunction, n: number): Approximation {
  const { net, knots } = fitReluInterpolant(target.fn, n, target.domain);
  const compiled = compileNetwork(net);
  const x = new Float64Array(1);
  const curve = knots.map((k) => {
    x[0] = k;
    return [k, compiled.forward(x)[0]] as Point;
  });
  return {
    net,
    knots,
    curve,
    maxError: maxError(net, target.fn, target.domain),
    meanError: meanAbsError(net, target.fn, target.domain),
  };
}

/** Errors for every N of TABLE_UNITS. */
export function errorTable(target: TargetFunction): { n: number; maxError: number; meanError: number }[] {
  return TABLE_UNITS.map((n) => {
    const a = approximate(target, n);
    return { n, maxError: a.maxError, meanError: a.meanError };
  });
}

/** The target sampled for drawing. */
export function sampleTarget(target: TargetFunction, count = 241): Point[] {
  const [lo, hi] = target.domain;
  const out: Point[] = [];
  for (let i = 0; i < count; i++) {
    const x = i === count - 1 ? hi : lo + ((hi - lo) * i) / (count - 1);
    out.push([x, target.fn(x)]);
  }
  return out;
}

/**
 * An error measure as the widget shows it: 3 significant digits, or "0" with the tolerance stated when
 * the error is zero up to rounding (an exact fit leaves about 1e-16): `zeroUpTo` gets the tolerance
 * and says so in the reader's language, e.g. `errorText(0.0123, String)` → "0.0123",
 * `errorText(5.551115123125783e-16, String)` → "1.42e-14" (the tolerance, passed to zeroUpTo).
 */
export function errorText(err: number, zeroUpTo: (tolerance: string) => string): string {
  const e = formatError(err, { digits: 3 });
  return e.zero ? zeroUpTo(e.tolerance) : e.text;
}
