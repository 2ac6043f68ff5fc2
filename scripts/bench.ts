// Benchmarks the forward library against TensorFlow.js (tfjs-core cpu and wasm backends) on identical
// seeded data: first checks that all three agree, then prints medians. Run with `npm run bench`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { buildNetwork, compileNetwork, createRng, crossEntropyBatch, Matrix, softmaxRows } from '../src/forward/index.ts';
import { example221Network } from '../src/chapters/examples.ts';
import type { NetworkSpec } from '../src/forward/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
setWasmPaths(join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist/') + '/');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time(reps: number, fn: () => void): number {
  fn(); // warm-up
  const ts: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return median(ts); // ms
}

function batch(rows: number, cols: number, seed: number): Matrix {
  const rng = createRng(seed);
  const m = new Matrix(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = 2 * rng() - 1;
  return m;
}

function flops(sizes: number[], rows: number): number {
  let f = 0;
  for (let l = 0; l + 1 < sizes.length; l++) f += 2 * rows * sizes[l] * sizes[l + 1];
  return f;
}

// The same network as tfjs tensors, in tfjs's own best layout: Wᵀ [in][out], so each layer is
// matMul(a, Wᵀ) + b. (Measured here: tfjs-wasm's matMul(a, W, false, true) on W [out][in] is about
// 13x slower than on the pre-transposed weights, 1.4 against 18.7 GFLOP/s.)
function tfNetwork(net: NetworkSpec): { Wt: tf.Tensor2D; b: tf.Tensor1D; act: string }[] {
  return net.layers.map((l) => ({ Wt: tf.tidy(() => tf.transpose(tf.tensor2d(l.W))), b: tf.tensor1d(l.b), act: l.activation }));
}

function tfForward(layers: ReturnType<typeof tfNetwork>, X: tf.Tensor2D): tf.Tensor2D {
  let a = X;
  for (const l of layers) {
    const z = tf.add(tf.matMul(a, l.Wt), l.b) as tf.Tensor2D;
    a = l.act === 'relu' ? tf.relu(z) : l.act === 'sigmoid' ? tf.sigmoid(z) : z;
  }
  return a;
}

function maxAbsDiff(a: Float64Array, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

const tiny = example221Network();
const medium = buildNetwork([784, 128, 64, 10], ['relu', 'relu', 'identity'], { init: 'he', seed: 1 });
const large = buildNetwork([1024, 1024, 1024], ['relu', 'relu'], { init: 'he', seed: 2 });
const Xmed = batch(64, 784, 3);
const labels = Array.from({ length: 64 }, (_, i) => i % 10);
const Xlarge = batch(512, 1024, 4);
const backends = ['cpu', 'wasm'] as const;

// ---- 1. Agreement -------------------------------------------------------------------------------
console.log('Agreement (max |difference| against this library, float32 vs float64):');
const cMed = compileNetwork(medium);
const cLarge = compileNetwork(large);
const oursMed = softmaxRows(cMed.forwardBatch(Xmed));
const oursLarge = cLarge.forwardBatch(batch(8, 1024, 5));
for (const backend of backends) {
  await tf.setBackend(backend);
  await tf.ready();
  const tfMed = tfNetwork(medium);
  const tfLarge = tfNetwork(large);
  const pMed = tf.tidy(() => tf.softmax(tfForward(tfMed, tf.tensor2d(Float32Array.from(Xmed.data), [64, 784]))).dataSync());
  const pLarge = tf.tidy(() => tfForward(tfLarge, tf.tensor2d(Float32Array.from(batch(8, 1024, 5).data), [8, 1024])).dataSync());
  const pTiny = tf.tidy(() => tfForward(tfNetwork(tiny), tf.tensor2d([[1, 0.5]])).dataSync());
  const dTiny = Math.abs(pTiny[0] - compileNetwork(tiny).forward([1, 0.5])[0]);
  const dMed = maxAbsDiff(oursMed.data, pMed);
  const dLarge = maxAbsDiff(oursLarge.data, pLarge) / Math.max(...oursLarge.data.map(Math.abs));
  console.log(`  tfjs ${backend.padEnd(4)}: tiny ${dTiny.toExponential(1)}, medium softmax ${dMed.toExponential(1)}, large (relative to max) ${dLarge.toExponential(1)}`);
  if (!(dTiny < 1e-6 && dMed < 1e-5 && dLarge < 1e-5)) throw new Error(`bench: tfjs ${backend} disagrees with this library`);
}

// ---- 2. Timings ---------------------------------------------------------------------------------
type Row = { name: string; unit: string; ours: number; cpu: number; wasm: number; extra?: string };
const rows: Row[] = [];

// Tiny 2-2-1: ns per call, measured in a plain function so the loop is optimised and `sink` stays unboxed.
function tinyLoop(c: ReturnType<typeof compileNetwork>, x: Float64Array, n: number): number {
  let sink = 0;
  for (let i = 0; i < n; i++) {
    x[0] = (i & 1023) * 1e-3;
    sink += c.forward(x)[0];
  }
  return sink;
}
// The same loop around Math.exp alone (the sigmoid's one call): a floor for both time and heap growth.
function expLoop(x: Float64Array, n: number): number {
  let sink = 0;
  for (let i = 0; i < n; i++) {
    x[0] = (i & 1023) * 1e-3;
    sink += Math.exp(-x[0]);
  }
  return sink;
}
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {}); // `npm run bench` passes --expose-gc
function heapPerCall(loop: (n: number) => number): number {
  // With a collection before each window the delta is what the window allocated; median of 7.
  const deltas: number[] = [];
  for (let r = 0; r < 7; r++) {
    collect();
    const before = process.memoryUsage().heapUsed;
    loop(1_000_000);
    deltas.push((process.memoryUsage().heapUsed - before) / 1_000_000);
  }
  return median(deltas);
}
{
  const c = compileNetwork(tiny);
  const x = new Float64Array([1, 0.5]);
  const first = c.forward(x);
  const N = 1_000_000;
  let sink = 0;
  const runs: number[] = [];
  const expRuns: number[] = [];
  for (let r = 0; r < 15; r++) {
    let t = performance.now();
    sink += tinyLoop(c, x, N);
    runs.push(((performance.now() - t) * 1e6) / N);
    t = performance.now();
    sink += expLoop(x, N);
    expRuns.push(((performance.now() - t) * 1e6) / N);
  }
  // Allocation: the result is always the same preallocated buffer.
  let sameBuffer = true;
  for (let i = 0; i < 1000; i++) sameBuffer &&= c.forward(x) === first;
  const heapOurs = heapPerCall((n) => tinyLoop(c, x, n));
  const heapExp = heapPerCall((n) => expLoop(x, n));
  const tfTimes: Record<string, number> = {};
  for (const backend of backends) {
    await tf.setBackend(backend);
    const layers = tfNetwork(tiny);
    const M = 2000;
    tfTimes[backend] = (time(5, () => {
      for (let i = 0; i < M; i++) sink += tf.tidy(() => tfForward(layers, tf.tensor2d([[1, 0.5]]))).dataSync()[0];
    }) * 1e6) / M;
  }
  const later = runs.slice(3);
  const laterExp = expRuns.slice(3);
  rows.push({
    name: 'tiny 2-2-1, 1 sample', unit: 'ns/call', ours: median(later), cpu: tfTimes.cpu, wasm: tfTimes.wasm,
    extra: `best window ${Math.min(...later).toFixed(1)} ns; a loop of Math.exp alone: median ${median(laterExp).toFixed(1)}, best ${Math.min(...laterExp).toFixed(1)} ns. ` +
      `Same buffer every call: ${sameBuffer}; heap growth ${heapOurs.toFixed(2)} B/call (Math.exp loop alone: ${heapExp.toFixed(2)} B/call)${sink === 0 ? '' : ''}`,
  });
}

// Medium 784-128-64-10, batch 64, ReLU + softmax + cross-entropy: ms per batch.
{
  const f = flops([784, 128, 64, 10], 64);
  let loss = 0;
  const ours = time(30, () => {
    loss = crossEntropyBatch(softmaxRows(cMed.forwardBatch(Xmed)), labels);
  });
  const tfTimes: Record<string, number> = {};
  for (const backend of backends) {
    await tf.setBackend(backend);
    const layers = tfNetwork(medium);
    const X = tf.tensor2d(Float32Array.from(Xmed.data), [64, 784]);
    const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 10);
    tfTimes[backend] = time(30, () => {
      loss = tf.tidy(() => tf.losses.softmaxCrossEntropy(y, tfForward(layers, X))).dataSync()[0];
    });
  }
  rows.push({ name: 'medium 784-128-64-10, batch 64', unit: 'ms/batch', ours, cpu: tfTimes.cpu, wasm: tfTimes.wasm, extra: `GFLOP/s ours ${(f / ours / 1e6).toFixed(2)}, cpu ${(f / tfTimes.cpu / 1e6).toFixed(2)}, wasm ${(f / tfTimes.wasm / 1e6).toFixed(2)} (loss ${loss.toFixed(3)})` });
}

// Large 1024-1024-1024, batch 512: ms per batch.
{
  const f = flops([1024, 1024, 1024], 512);
  const ours = time(3, () => { cLarge.forwardBatch(Xlarge); });
  const tfTimes: Record<string, number> = {};
  for (const backend of backends) {
    await tf.setBackend(backend);
    const layers = tfNetwork(large);
    const X = tf.tensor2d(Float32Array.from(Xlarge.data), [512, 1024]);
    tfTimes[backend] = time(3, () => { tf.tidy(() => tfForward(layers, X)).dataSync(); });
  }
  rows.push({ name: 'large 1024-1024-1024, batch 512', unit: 'ms/batch', ours, cpu: tfTimes.cpu, wasm: tfTimes.wasm, extra: `GFLOP/s ours ${(f / ours / 1e6).toFixed(2)}, cpu ${(f / tfTimes.cpu / 1e6).toFixed(2)}, wasm ${(f / tfTimes.wasm / 1e6).toFixed(2)}` });
}

// ---- 3. Table -----------------------------------------------------------------------------------
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
console.log('\nMedians (lower is better; ratio = tfjs time / our time):');
console.log(`| case | unit | this library | tfjs cpu | tfjs wasm | cpu/ours | wasm/ours |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const r of rows) {
  console.log(`| ${r.name} | ${r.unit} | ${fmt(r.ours)} | ${fmt(r.cpu)} | ${fmt(r.wasm)} | ${(r.cpu / r.ours).toFixed(1)}x | ${(r.wasm / r.ours).toFixed(1)}x |`);
}
for (const r of rows) if (r.extra) console.log(`- ${r.name}: ${r.extra}`);
console.log('Targets: tiny ≤ 30 ns/call with no allocation; medium and large ≥ 4 GFLOP/s.');
