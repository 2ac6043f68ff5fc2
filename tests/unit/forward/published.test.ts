// Worked examples published elsewhere, reproduced to the digits they print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  compileNetwork, crossEntropyFromLogits, erf, erfc, forward, forwardBatch, forwardTrace, mse, softmax,
} from '../../../src/forward/index.ts';
import type { NetworkSpec } from '../../../src/forward/index.ts';

function near(actual: number, printed: number, decimals: number, what: string): void {
  assert.ok(Math.abs(actual - printed) <= 0.5 * 10 ** -decimals, `${what}: ${actual} does not round to ${printed}`);
}

// Matt Mazur, "A Step by Step Backpropagation Example" (2015): a 2-2-2 sigmoid network, its forward pass.
const mazur: NetworkSpec = {
  layers: [
    { W: [[0.15, 0.2], [0.25, 0.3]], b: [0.35, 0.35], activation: 'sigmoid' },
    { W: [[0.4, 0.45], [0.5, 0.55]], b: [0.6, 0.6], activation: 'sigmoid' },
  ],
};

test('Mazur\'s backpropagation walkthrough: net_h1, out_h1, out_h2, net_o1, out_o1, out_o2 and E_total', () => {
  const t = forwardTrace(mazur, [0.05, 0.1]);
  near(t.z[1][0], 0.3775, 4, 'net_h1');
  near(t.a[1][0], 0.593269992, 9, 'out_h1');
  near(t.a[1][1], 0.596884378, 9, 'out_h2');
  near(t.z[2][0], 1.105905967, 9, 'net_o1');
  near(t.a[2][0], 0.75136507, 8, 'out_o1');
  near(t.a[2][1], 0.772928465, 9, 'out_o2');
  // E_total = Σ ½(target − out)², which for two outputs is the mean squared error
  near(mse(t.a[2], [0.01, 0.99]), 0.298371109, 9, 'E_total');
  // every path agrees with the trace bit for bit
  assert.deepEqual(forward(mazur, [0.05, 0.1]), t.a[2]);
  assert.deepEqual(compileNetwork(mazur).forward([0.05, 0.1]).slice(), t.a[2]);
  assert.deepEqual(forwardBatch(mazur, [[0.05, 0.1]]).data, t.a[2]);
});

// CS231n (Stanford), "Linear classification", the softmax example: class scores cat 3.2, car 5.1,
// frog −1.7 give probabilities 0.13, 0.87, 0.00 and, with cat the right class, a loss of 2.04.
test('CS231n softmax example: probabilities 0.13, 0.87, 0.00 and cross-entropy 2.04 for the class cat', () => {
  const p = softmax([3.2, 5.1, -1.7]);
  near(p[0], 0.13, 2, 'cat');
  near(p[1], 0.87, 2, 'car');
  near(p[2], 0.0, 2, 'frog');
  near(crossEntropyFromLogits([3.2, 5.1, -1.7], 0), 2.04, 2, 'loss');
});

// Abramowitz & Stegun, Handbook of Mathematical Functions (1964), Table 7.1, erf x to 10 decimals.
const AS_TABLE_7_1: [number, number][] = [
  [0.1, 0.1124629160], [0.5, 0.5204998778], [1.0, 0.8427007929], [1.5, 0.9661051465], [2.0, 0.9953222650],
];

test('erf matches Abramowitz & Stegun Table 7.1 to its 10 decimals, and erfc = 1 − erf there', () => {
  for (const [x, v] of AS_TABLE_7_1) {
    near(erf(x), v, 10, `erf(${x})`);
    near(erf(-x), -v, 10, `erf(${-x})`);
    near(erfc(x), 1 - v, 10, `erfc(${x})`);
  }
});
