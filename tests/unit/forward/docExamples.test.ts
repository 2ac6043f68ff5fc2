// Every example in a doc comment of src/forward runs here: the test reads each /** … */ block,
// finds every `code` span that follows "e.g." (or continues its list) and every `code` → result,
// evaluates the code against the library and compares. `code` → result means exactly that result:
// every number written is what String() prints for the value (deep equality for arrays and objects).
// `code` ≈ result means the value rounded to the digits written (e.g. "0.5987").
// `code` throws "message" must throw exactly that message; an example without a result must run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { example221Network } from '../../../src/chapters/examples.ts';
import * as activations from '../../../src/forward/activations.ts';
import * as approximate from '../../../src/forward/approximate.ts';
import * as argmax from '../../../src/forward/argmax.ts';
import * as check from '../../../src/forward/check.ts';
import * as collapse from '../../../src/forward/collapse.ts';
import * as erf from '../../../src/forward/erf.ts';
import * as exact from '../../../src/forward/exact.ts';
import * as compile from '../../../src/forward/fast/compile.ts';
import * as kernel from '../../../src/forward/fast/kernel.ts';
import * as simd from '../../../src/forward/fast/simdKernel.ts';
import * as unroll from '../../../src/forward/fast/unroll.ts';
import * as format from '../../../src/forward/format.ts';
import * as init from '../../../src/forward/init.ts';
import * as logitGradient from '../../../src/forward/logitGradient.ts';
import * as losses from '../../../src/forward/losses.ts';
import * as matrix from '../../../src/forward/matrix.ts';
import * as network from '../../../src/forward/network.ts';
import * as neuron from '../../../src/forward/neuron.ts';
import * as random from '../../../src/forward/random.ts';
import * as saturation from '../../../src/forward/saturation.ts';
import * as softmax from '../../../src/forward/softmax.ts';
import * as vector from '../../../src/forward/vector.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const library = join(root, 'src', 'forward');

// Every module's exports, plus the sample values the examples name (the article's 2-2-1 network).
const { matrix: m } = matrix;
const W = m([[0.2, 0.4], [0.3, -0.5]]);
const scope: Record<string, unknown> = Object.assign(
  {}, activations, approximate, argmax, check, collapse, erf, exact, compile, kernel, simd, unroll, format, init,
  logitGradient, losses, matrix, network, neuron, random, saturation, softmax, vector,
  {
    example221Network,
    W,
    W1: W,
    b: new Float64Array([0.1, -0.2]),
    x: new Float64Array([1, 0.5]),
    z: new Float64Array(2),
    X: m([[1, 0.5], [0, 0]]),
    m: m([[1]]),
    Ws: [W.data, new Float64Array([0.7, 0.6])],
    bs: [new Float64Array([0.1, -0.2]), new Float64Array([0.05])],
    sizes: [2, 2, 1],
    buf: new Float64Array(1),
    net: approximate.fitReluInterpolant(Math.sin, 8, [0, Math.PI]).net,
    hidden: example221Network().layers[0],
    output: example221Network().layers[1],
    l1: { W: [[1, 2], [3, 4]], b: [0, 1], activation: 'identity' },
    l2: { W: [[1, -1]], b: [0.5], activation: 'identity' },
  },
);
const names = Object.keys(scope);
const run = (code: string): unknown => new Function(...names, `"use strict"; return (${code});`)(...names.map((n) => scope[n]));

interface Example { file: string; code: string; result?: string; approx?: boolean; throws?: string }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

// The text after "→": a quoted string, a balanced [ … ] or { … }, or one token (a final "." ends the sentence).
function resultAt(text: string, start: number): string {
  let i = start;
  while (text[i] === ' ') i++;
  const open = text[i];
  if (open === '"' || open === "'") return text.slice(i, text.indexOf(open, i + 1) + 1);
  if (open === '[' || open === '{') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      if (text[j] === '[' || text[j] === '{') depth++;
      if (text[j] === ']' || text[j] === '}') depth--;
      if (depth === 0) return text.slice(i, j + 1);
    }
  }
  const token = /^[^\s,;)]+/.exec(text.slice(i))?.[0] ?? '';
  return token.replace(/\.$/, '');
}

export function docExamples(): Example[] {
  const out: Example[] = [];
  for (const path of files(library)) {
    const file = relative(root, path);
    for (const block of readFileSync(path, 'utf8').matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const text = block[1].replace(/\n\s*\*\s?/g, ' ');
      let listed = false; // inside an "e.g." list: `a` → 1, `b` → 2
      for (const span of text.matchAll(/`([^`]+)`/g)) {
        const end = span.index + span[0].length;
        const before = text.slice(0, span.index);
        const after = text.slice(end);
        const eg: boolean = /e\.g\.\s*$/.test(before) || (listed && /^[^`.]*,\s*$/.test(before.slice(before.lastIndexOf('`') + 1)));
        const arrow = /^\s*[→≈]/.exec(after);
        const throws = /^\s*throws\s+"([^"]*)"/.exec(after);
        listed = eg;
        if (!eg && !arrow) continue;
        out.push({
          file, code: span[1],
          result: arrow ? resultAt(after, arrow[0].length) : undefined,
          approx: arrow ? arrow[0].trim() === '≈' : undefined,
          throws: throws?.[1],
        });
      }
    }
  }
  return out;
}

const NUMBER = /-?(?:\d+\.?\d*(?:e[+-]?\d+)?|Infinity)|NaN/g;

/** `→`: the value prints as written (String(value), with -0 written "-0"); `≈`: the value rounded to the digits written is the written value. */
export function sameNumber(actual: unknown, written: string, where: string, approx: boolean): void {
  assert.equal(typeof actual, 'number', `${where}: expected a number, got ${String(actual)}`);
  const a = actual as number;
  const printed = Object.is(a, -0) ? '-0' : String(a);
  if (!approx) {
    assert.equal(printed, written, `${where}: the value is ${printed}, not ${written} (write ≈ for a rounded value)`);
    return;
  }
  const w = Number(written);
  if (Object.is(a, w) || (Number.isNaN(a) && Number.isNaN(w))) return;
  const [mantissa, exponent] = written.split('e');
  const decimals = (mantissa.split('.')[1] ?? '').length;
  const rounded = exponent === undefined ? Number(a.toFixed(decimals)) : Number(a.toExponential(decimals));
  assert.equal(rounded, w, `${where}: ${a} rounds to ${rounded}, not ${written}`);
}

// Walks the written result's structure beside the actual value, taking the written digits in order.
function compare(actual: unknown, expected: unknown, digits: string[], where: string, approx: boolean): void {
  if (typeof expected === 'number') return sameNumber(actual, digits.shift() as string, where, approx);
  if (typeof expected === 'string' || typeof expected === 'boolean') return assert.equal(actual, expected, where);
  if (Array.isArray(expected)) {
    const xs = actual as ArrayLike<unknown>;
    assert.equal(xs.length, expected.length, `${where}: length`);
    expected.forEach((e, i) => compare(xs[i], e, digits, `${where}[${i}]`, approx));
    return;
  }
  assert.deepEqual(Object.keys(actual as object).sort(), Object.keys(expected as object).sort(), `${where}: keys`);
  for (const [k, e] of Object.entries(expected as object)) compare((actual as Record<string, unknown>)[k], e, digits, `${where}.${k}`, approx);
}

const examples = docExamples();

test('the doc comments of src/forward hold at least 90 examples, every public function with one', () => {
  assert.ok(examples.length >= 90, `found ${examples.length}`);
  for (const name of ['erf', 'erfc', 'gelu', 'geluTanh', 'tanhPrime', 'logSoftmax', 'formatNumber', 'formatError', 'forward', 'crossEntropyFromLogits']) {
    assert.ok(examples.some((e) => e.code.startsWith(`${name}(`)), `no example for ${name}`);
  }
});

for (const ex of examples) {
  test(`${ex.file}: \`${ex.code}\`${ex.result ? ` ${ex.approx ? '≈' : '→'} ${ex.result}` : ex.throws ? ` throws "${ex.throws}"` : ' runs'}`, () => {
    if (ex.throws !== undefined) {
      assert.throws(() => run(ex.code), (e: unknown) => e instanceof Error && e.message === ex.throws);
      return;
    }
    const actual = run(ex.code);
    if (ex.result === undefined) return;
    if (ex.result.startsWith('"')) return assert.equal(actual, JSON.parse(ex.result));
    const expected: unknown = new Function(`return (${ex.result});`)();
    const digits = [...ex.result.replace(/'[^']*'|"[^"]*"/g, '').matchAll(NUMBER)].map((d) => d[0]);
    compare(actual, expected, digits, ex.code, ex.approx === true);
  });
}

test('sameNumber: → needs the printed value, ≈ the value rounded to the digits written (the review\'s cases fail)', () => {
  assert.throws(() => sameNumber(0.04999999999999999, '0.05', 'matVec', false));
  assert.throws(() => sameNumber(-0.15000000000000002, '-0.15', 'addBias', false));
  assert.throws(() => sameNumber(0.8411919906082767, '0.8411919906082768', 'geluTanh', false));
  assert.throws(() => sameNumber(0.598687660112452, '0.5987', 'sigmoid', false));
  assert.throws(() => sameNumber(0.598687660112452, '0.5986', 'sigmoid', true));
  sameNumber(0.598687660112452, '0.5987', 'sigmoid', true);
  sameNumber(0.04999999999999999, '0.05', 'matVec', true);
  sameNumber(0.04999999999999999, '0.04999999999999999', 'matVec', false);
});
