// Cross-check with an independent implementation: TensorFlow.js (tfjs-core, cpu backend, float32).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { buildNetwork } from '../../../src/forward/network.ts';
import { forwardBatch } from '../../../src/forward/fast/compile.ts';
import type { NetworkSpec } from '../../../src/forward/network.ts';
import type { ActivationName } from '../../../src/forward/activations.ts';
import { softmaxRows } from '../../../src/forward/softmax.ts';
import { crossEntropyFromLogits } from '../../../src/forward/losses.ts';
import { createRng } from '../../../src/forward/random.ts';
import { Matrix } from '../../../src/forward/matrix.ts';

const TOL = 1e-5; // float32 against float64

before(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

function tfActivation(name: ActivationName, z: tf.Tensor): tf.Tensor {
  switch (name) {
    case 'identity': return z;
    case 'relu': return tf.relu(z);
    case 'sigmoid': return tf.sigmoid(z);
    case 'tanh': return tf.tanh(z);
    case 'leakyRelu': return tf.leakyRelu(z, 0.01);
    case 'gelu': return tf.mul(tf.mul(z, 0.5), tf.add(1, tf.erf(tf.mul(z, Math.SQRT1_2))));
    case 'geluTanh': {
      const u = tf.mul(Math.sqrt(2 / Math.PI), tf.add(z, tf.mul(0.044715, tf.pow(z, 3))));
      return tf.mul(tf.mul(z, 0.5), tf.add(1, tf.tanh(u)));
    }
  }
}

function tfForward(net: NetworkSpec, X: number[][]): number[][] {
  return tf.tidy(() => {
    let a: tf.Tensor2D = tf.tensor2d(X);
    for (const layer of net.layers) {
      const z = tf.add(tf.matMul(a, tf.tensor2d(layer.W), false, true), tf.tensor1d(layer.b));
      a = tfActivation(layer.activation, z) as tf.Tensor2D;
    }
    return a.arraySync() as number[][];
  });
}

function maxAbsDiff(a: Matrix, b: number[][]): number {
  let m = 0;
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) m = Math.max(m, Math.abs(a.get(i, j) - b[i][j]));
  return m;
}

function batch(n: number, cols: number, seed: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Array.from({ length: cols }, () => 4 * rng() - 2));
}

const shapes: number[][] = [[2, 2, 1], [4, 8, 3], [10, 16, 16, 5], [784, 32, 10]];
const activations: ActivationName[] = ['relu', 'sigmoid', 'tanh', 'leakyRelu', 'gelu', 'geluTanh', 'identity'];

for (const act of activations) {
  test(`forwardBatch matches tfjs-core (cpu) for seeded ${act} networks of several shapes`, () => {
    shapes.forEach((sizes, s) => {
      const net = buildNetwork(sizes, act, { init: 'xavier', seed: 100 + s });
      net.layers.forEach((l, li) => l.b.forEach((_, i) => (l.b[i] = 0.1 * Math.sin(7 * i + li))));
      const X = batch(7, sizes[0], s);
      const diff = maxAbsDiff(forwardBatch(net, X), tfForward(net, X));
      console.log(`tfjs ${act.padEnd(9)} ${sizes.join('-').padEnd(12)} max |diff| = ${diff.toExponential(2)}`);
      assert.ok(diff < TOL, `${act} ${sizes.join('-')}: ${diff}`);
    });
  });
}

test('softmaxRows and crossEntropyFromLogits match tfjs softmax and softmaxCrossEntropy', () => {
  const Z = batch(16, 10, 5).map((r) => r.map((v) => 10 * v));
  Z.push([1000, 1001, 1002, 0, 0, 0, 0, 0, 0, 0]);
  const labels = Z.map((_, i) => i % 10);
  const mine = softmaxRows(Z);
  const theirs = tf.tidy(() => tf.softmax(tf.tensor2d(Z)).arraySync() as number[][]);
  const dSoft = maxAbsDiff(mine, theirs);
  const ce = Z.map((z, i) => crossEntropyFromLogits(z, labels[i]));
  const tfCe = tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(labels, 'int32'), 10), tf.tensor2d(Z), undefined, 0, tf.Reduction.NONE).arraySync() as number[]);
  const dCe = Math.max(...ce.map((v, i) => Math.abs(v - tfCe[i]) / Math.max(1, Math.abs(v))));
  console.log(`tfjs softmax max |diff| = ${dSoft.toExponential(2)}, cross-entropy max rel diff = ${dCe.toExponential(2)}`);
  assert.ok(dSoft < TOL);
  assert.ok(dCe < TOL);
});
