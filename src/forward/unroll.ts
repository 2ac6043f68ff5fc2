// Straight-line code for small networks: the generic loop spends most of its time on loop control
// (≈65 ns for the 2-2-1 net), while unrolled code with the weights as literals runs in ≈20 ns.
import { gelu, geluTanh } from './activations.ts';
import type { ActivationName } from './activations.ts';
import { describe } from './check.ts';
import type { Vector } from './vector.ts';

/** Networks with at most this many weights are unrolled, e.g. 2-2-1 has 6. */
export const UNROLL_MAX_WEIGHTS = 256;

function literal(v: number): string {
  return `(${String(v)})`; // String() of a double round-trips exactly
}

function activationCode(name: ActivationName, s: string): string {
  switch (name) {
    case 'identity': return s;
    case 'relu': return `(${s} <= 0 ? 0 : ${s})`;
    // sigmoid and leakyRelu (default slope 0.01) written out exactly as in activations.ts: a call
    // that is not inlined returns a boxed number, one heap allocation per call
    case 'sigmoid': return `(${s} >= 0 ? 1 / (1 + Math.exp(-${s})) : (t = Math.exp(${s}), t / (1 + t)))`;
    case 'tanh': return `Math.tanh(${s})`;
    case 'leakyRelu': return `(${s} > 0 ? ${s} : 0.01 * ${s})`;
    case 'gelu': return `gelu(${s})`;
    case 'geluTanh': return `geluTanh(${s})`;
  }
}

function badInput(nIn: number, x: unknown): never {
  throw new Error(`compiled forward: x is ${describe(x)} (expected ${nIn} finite numbers)`);
}

function badOut(nOut: number, out: unknown): never {
  throw new Error(`compiled forward: out is ${describe(out)} (expected a Float64Array of length ${nOut})`);
}

/**
 * Builds a straight-line forward(x, out?) for a small network (weights baked in as constants) that
 * writes into `output` and returns it, or null when the network is too big or the environment
 * forbids `new Function` (a strict Content-Security-Policy); e.g. `unrolledForward(Ws, bs, acts, sizes, buf)`.
 */
export function unrolledForward(
  Ws: readonly Float64Array[],
  bs: readonly Float64Array[],
  activations: readonly ActivationName[],
  sizes: readonly number[],
  output: Vector,
): ((x: ArrayLike<number>, out?: Vector) => Vector) | null {
  let total = 0;
  for (const W of Ws) total += W.length;
  if (total > UNROLL_MAX_WEIGHTS) return null;
  const nIn = sizes[0];
  const nOut = sizes[sizes.length - 1];
  const lines: string[] = ['"use strict";', 'return function forward(x, out) {'];
  lines.push(`  if (x == null || x.length !== ${nIn}) badInput(${nIn}, x);`, '  let t = 0;');
  let prev: string[] = [];
  for (let j = 0; j < nIn; j++) {
    lines.push(`  const a0_${j} = x[${j}];`);
    prev.push(`a0_${j}`);
  }
  lines.push(`  if (!(${prev.map((v) => `${v} - ${v} === 0`).join(' && ')})) badInput(${nIn}, x);`);
  for (let l = 0; l < Ws.length; l++) {
    const inn = sizes[l];
    const n = sizes[l + 1];
    const cur: string[] = [];
    for (let i = 0; i < n; i++) {
      const terms = [literal(bs[l][i])];
      for (let j = 0; j < inn; j++) terms.push(`${literal(Ws[l][i * inn + j])} * ${prev[j]}`);
      const z = `z${l + 1}_${i}`;
      lines.push(`  const ${z} = ${terms.join(' + ')};`);
      lines.push(`  const a${l + 1}_${i} = ${activationCode(activations[l], z)};`);
      cur.push(`a${l + 1}_${i}`);
    }
    prev = cur;
  }
  lines.push('  let r = output;');
  lines.push(`  if (out !== undefined) { if (!(out instanceof Float64Array) || out.length !== ${nOut}) badOut(${nOut}, out); r = out; }`);
  for (let i = 0; i < nOut; i++) lines.push(`  r[${i}] = ${prev[i]};`);
  lines.push('  return r;', '};');
  try {
    // eslint-disable-next-line no-new-func
    const make = new Function('gelu', 'geluTanh', 'badInput', 'badOut', 'output', lines.join('\n'));
    return make(gelu, geluTanh, badInput, badOut, output) as (x: ArrayLike<number>, out?: Vector) => Vector;
  } catch {
    return null; // e.g. EvalError under a CSP without 'unsafe-eval': the generic loop is used instead
  }
}
