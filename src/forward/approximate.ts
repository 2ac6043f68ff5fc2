import { checkInteger, checkVector, describe, fail, failType } from './check.ts';
import type { NetworkSpec } from './network.ts';
import { compileNetwork } from './fast/compile.ts';

/** A target to approximate: a function of one variable, or sample points [x, y] sorted by x. */
export type Target = ((x: number) => number) | Array<[number, number]>;

function checkDomain(fn: string, domain: unknown): [number, number] {
  if (!Array.isArray(domain)) failType(fn, 'domain', 'a pair [lo, hi] of finite numbers with lo < hi', describe(domain));
  if (domain.length !== 2 || !Number.isFinite(domain[0]) || !Number.isFinite(domain[1]) || !(domain[0] < domain[1])) {
    fail(fn, 'domain', 'a pair [lo, hi] of finite numbers with lo < hi', Array.isArray(domain) ? `[${domain.join(', ')}]` : describe(domain));
  }
  return domain as [number, number];
}

/**
 * Constructs (does not train) a 1-n-1 ReLU network equal to the piecewise-linear interpolant through
 * n + 1 equally spaced knots of `target` on `domain` (or through the given n + 1 points, domain then
 * unused): g(x) = y₀ + s₀·relu(x − x₀) + Σₖ (sₖ − sₖ₋₁)·relu(x − xₖ), constant y₀ left of the first knot,
 * e.g. `fitReluInterpolant(Math.sin, 8, [0, Math.PI]).knots.length` → 9.
 */
export function fitReluInterpolant(target: Target, n: number, domain: [number, number]): { net: NetworkSpec; knots: number[] } {
  const fn = 'fitReluInterpolant';
  checkInteger(fn, 'n', n, 1);
  let xs: number[];
  let ys: number[];
  if (typeof target === 'function') {
    const [lo, hi] = checkDomain(fn, domain);
    xs = [];
    ys = [];
    for (let k = 0; k <= n; k++) {
      const x = k === n ? hi : lo + ((hi - lo) * k) / n;
      const y = target(x);
      if (!Number.isFinite(y)) fail(fn, 'target', 'a function with finite values on the domain', `gives ${String(y)} at x = ${x}`);
      xs.push(x);
      ys.push(y);
    }
  } else if (Array.isArray(target)) {
    if (target.length !== n + 1) fail(fn, 'target', `n + 1 = ${n + 1} points [x, y]`, `has ${target.length} points`);
    xs = target.map((p) => p[0]);
    ys = target.map((p) => p[1]);
    checkVector(fn, 'target x values', xs);
    checkVector(fn, 'target y values', ys);
    for (let k = 1; k <= n; k++) {
      if (!(xs[k] > xs[k - 1])) fail(fn, 'target', 'points with strictly increasing x', `has x = ${xs[k]} after ${xs[k - 1]} at index ${k}`);
    }
  } else {
    failType(fn, 'target', 'a function (x) => y or an array of [x, y] points', describe(target));
  }
  // Slopes of the n segments; hidden unit k is relu(x − xₖ), its output weight the change of slope.
  const slopes: number[] = [];
  for (let k = 0; k < n; k++) slopes.push((ys[k + 1] - ys[k]) / (xs[k + 1] - xs[k]));
  const W1: number[][] = [];
  const b1: number[] = [];
  const w2: number[] = [];
  for (let k = 0; k < n; k++) {
    W1.push([1]);
    b1.push(-xs[k]);
    w2.push(k === 0 ? slopes[0] : slopes[k] - slopes[k - 1]);
  }
  return {
    net: {
      layers: [
        { W: W1, b: b1, activation: 'relu' },
        { W: [w2], b: [ys[0]], activation: 'identity' },
      ],
    },
    knots: xs,
  };
}

function errors(fn: string, net: NetworkSpec, target: (x: number) => number, domain: [number, number], samples: number): number[] {
  if (typeof target !== 'function') failType(fn, 'target', 'a function (x) => y', describe(target));
  const [lo, hi] = checkDomain(fn, domain);
  checkInteger(fn, 'samples', samples, 2);
  const c = compileNetwork(net);
  if (c.sizes[0] !== 1 || c.sizes[c.sizes.length - 1] !== 1) {
    fail(fn, 'net', 'a network with 1 input and 1 output', `has sizes [${c.sizes.join(', ')}]`);
  }
  const x = new Float64Array(1);
  const errs: number[] = [];
  for (let i = 0; i < samples; i++) {
    x[0] = i === samples - 1 ? hi : lo + ((hi - lo) * i) / (samples - 1);
    errs.push(Math.abs(c.forward(x)[0] - target(x[0])));
  }
  return errs;
}

/** Largest |net(x) − target(x)| over `samples` equally spaced points of the domain, e.g. `maxError(net, Math.sin, [0, Math.PI])`. */
export function maxError(net: NetworkSpec, target: (x: number) => number, domain: [number, number], samples = 512): number {
  let max = 0;
  for (const e of errors('maxError', net, target, domain, samples)) if (e > max || Number.isNaN(e)) max = e;
  return max;
}

/** Mean |net(x) − target(x)| over `samples` equally spaced points of the domain, e.g. `meanAbsError(net, Math.abs, [-1, 1])`. */
export function meanAbsError(net: NetworkSpec, target: (x: number) => number, domain: [number, number], samples = 512): number {
  const errs = errors('meanAbsError', net, target, domain, samples);
  return errs.reduce((s, e) => s + e, 0) / errs.length;
}
