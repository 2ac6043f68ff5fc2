// Straight-line code for small networks: the generic loop spends most of its time on loop control
// (≈65 ns for the 2-2-1 net), while unrolled code with the weights as literals runs in ≈20 ns.
import type { Vector } from '../vector.ts';
import { badInput, badOut, badPreActivation } from '../network.ts';

/** Networks with at most this many weights are unrolled, e.g. 2-2-1 has 6. */
export const UNROLL_MAX_WEIGHTS = 256;

function literal(v: number): string {
  return `(${String(v)})`; // String() of a double round-trips exactly
}

/**
 * Builds a straight-line forward(x, out?) for a small network (weights baked in as constants) that
 * writes into `output` and returns it, or null when the network is too big or the environment forbids
 * `new Function` (a strict Content-Security-Policy). `activations` are the activation table's own
 * functions, one per layer, called from the generated code; e.g. `unrolledForward(Ws, bs, [relu, sigmoid], sizes, buf)`.
 */
export function unrolledForward(
  Ws: readonly Float64Array[],
  bs: readonly Float64Array[],
  activations: readonly ((x: number) => number)[],
  sizes: readonly number[],
  output: Vector,
): ((x: ArrayLike<number>, out?: Vector) => Vector) | null {
  let total = 0;
  for (const W of Ws) total += W.length;
  if (total > UNROLL_MAX_WEIGHTS) return null;
  const nIn = sizes[0];
  const nOut = sizes[sizes.length - 1];
  const lines: string[] = ['"use strict";', 'return function forward(x, out) {'];
  lines.push(`  if (x == null || x.length !== ${nIn}) badInput(${nIn}, x);`);
  let prev: string[] = [];
  for (let j = 0; j < nIn; j++) {
    lines.push(`  const a0_${j} = x[${j}];`);
    prev.push(`a0_${j}`);
  }
  lines.push(`  if (!(${prev.map((v) => `typeof ${v} === 'number' && ${v} - ${v} === 0`).join(' && ')})) badInput(${nIn}, x);`);
  for (let l = 0; l < Ws.length; l++) {
    const inn = sizes[l];
    const n = sizes[l + 1];
    const cur: string[] = [];
    for (let i = 0; i < n; i++) {
      // 0 + w₀a₀ + w₁a₁ + … + b, left to right: the order of forward() and the kernels
      const terms = ['0'];
      for (let j = 0; j < inn; j++) terms.push(`${literal(Ws[l][i * inn + j])} * ${prev[j]}`);
      terms.push(literal(bs[l][i]));
      const z = `z${l + 1}_${i}`;
      lines.push(`  const ${z} = ${terms.join(' + ')};`);
      lines.push(`  if (!(${z} - ${z} === 0)) badZ(${l + 1}, ${i}, ${z});`);
      lines.push(`  const a${l + 1}_${i} = f${l}(${z});`);
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
    const names = activations.map((_, l) => `f${l}`);
    const make = new Function(...names, 'badInput', 'badOut', 'badZ', 'output', lines.join('\n'));
    const badZ = (layer: number, i: number, z: number): never => badPreActivation('forward', layer, i, z);
    return make(...activations, badInput, badOut, badZ, output) as (x: ArrayLike<number>, out?: Vector) => Vector;
  } catch {
    return null; // e.g. EvalError under a CSP without 'unsafe-eval': the generic loop is used instead
  }
}
