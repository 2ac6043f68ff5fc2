import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossEntropy, softmax } from '../../../../src/forward/index.ts';
import { digitNetwork, digitTests, PIXELS, SIDE, testImage } from '../../../../src/chapters/digits.ts';
import { BOX, lossAgainst, prepare, read, SCRIBBLE_SHARE, verdict, weightRange } from '../../../../components/digit-reader/model.ts';

const net = digitNetwork();
const tests = digitTests();

/** Test digit i enlarged k times (nearest pixel) and pasted at (left, top) of a size × size canvas; ink outside is cut. */
function paste(i: number, k: number, size: number, left: number, top: number): Float32Array {
  const x = testImage(tests, i);
  const out = new Float32Array(size * size);
  for (let y = 0; y < SIDE * k; y++) {
    for (let c = 0; c < SIDE * k; c++) {
      const ty = top + y;
      const tx = left + c;
      if (ty >= 0 && ty < size && tx >= 0 && tx < size) out[ty * size + tx] = x[Math.floor(y / k) * SIDE + Math.floor(c / k)];
    }
  }
  return out;
}

const meanAbs = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += Math.abs(a[j] - b[j]);
  return s / a.length;
};

test('a shipped MNIST test digit passed through the preprocessing stays put, pixel for pixel (tolerance 0)', () => {
  for (let i = 0; i < tests.count; i++) {
    const x = testImage(tests, i);
    const p = prepare(x, SIDE, SIDE);
    assert.ok(p, `digit ${i} has ink`);
    assert.deepEqual(p.input, x, `test digit ${i} moved`);
    assert.ok(Math.max(p.scaledW, p.scaledH) <= BOX);
  }
});

test('an enlarged test digit drawn small, large or off-centre on a 280 px canvas comes back close to the original', () => {
  const cases = [
    { k: 10, left: 0, top: 0 }, // large: fills the canvas
    { k: 4, left: 10, top: 150 }, // small, bottom left
    { k: 6, left: 100, top: 20 }, // off-centre, top right
  ];
  for (const { k, left, top } of cases) {
    let agree = 0;
    let diff = 0;
    for (let i = 0; i < tests.count; i++) {
      const p = prepare(paste(i, k, 280, left, top), 280, 280)!;
      const x = testImage(tests, i);
      diff += meanAbs(p.input, x) / tests.count;
      if (read(net, p.input).predicted === read(net, x).predicted) agree++;
    }
    // Tolerance: mean |difference| per pixel below 0.03 (grey levels in [0, 1]); the same answer for at least 97 % of digits.
    assert.ok(diff < 0.03, `×${k} at (${left}, ${top}): mean |difference| ${diff}`);
    assert.ok(agree >= 0.97 * tests.count, `×${k} at (${left}, ${top}): ${agree} of ${tests.count} read the same`);
  }
});

test('an empty canvas gives no reading and the verdict "empty"', () => {
  assert.equal(prepare(new Float32Array(280 * 280), 280, 280), null);
  assert.equal(verdict(null, null), 'empty');
  assert.throws(() => prepare(new Float32Array(10), 280, 280), /expected 280×280 = 78400/);
});

test('a scribble over the whole box still gives ten finite probabilities summing to 1, and the verdict "scribble"', () => {
  const grey = new Float32Array(280 * 280).fill(1);
  const p = prepare(grey, 280, 280)!;
  assert.ok(p.inkShare > SCRIBBLE_SHARE);
  const r = read(net, p.input);
  assert.equal(r.probs.length, 10);
  assert.ok(r.probs.every(Number.isFinite));
  assert.ok(Math.abs(r.probs.reduce((s, v) => s + v, 0) - 1) < 1e-12);
  assert.equal(verdict(p, r), 'scribble');
});

test('a digit running off the edge is read as far as it is visible, with the verdict "edge"', () => {
  const grey = paste(0, 10, 280, 150, 0); // the right half is outside the canvas
  const p = prepare(grey, 280, 280)!;
  assert.equal(p.touchesEdge, true);
  const r = read(net, p.input);
  assert.ok(r.probs.every(Number.isFinite));
  assert.equal(verdict(p, r), 'edge');
  const centred = prepare(paste(0, 6, 280, 56, 56), 280, 280)!;
  assert.equal(centred.touchesEdge, false);
});

test('a single dot is scaled up, not divided by zero', () => {
  const grey = new Float32Array(280 * 280);
  grey[140 * 280 + 140] = 1;
  const p = prepare(grey, 280, 280)!;
  assert.equal(p.scaledW, BOX);
  assert.ok(p.input.every(Number.isFinite));
  assert.equal(p.input.reduce((s, v) => s + v, 0), BOX * BOX);
});

test('the reading: probabilities are softmax of the logits, the loss is −log p(label)', () => {
  const r = read(net, testImage(tests, 3));
  assert.deepEqual(r.probs, softmax(r.logits));
  assert.equal(r.a[1].length, 16);
  assert.equal(r.a[2].length, 16);
  assert.equal(r.a[0].length, PIXELS);
  for (let d = 0; d < 10; d++) assert.ok(Math.abs(lossAgainst(r, d) - crossEntropy(r.probs, d)) < 1e-9);
  assert.equal(verdict(prepare(testImage(tests, 3), SIDE, SIDE), r), r.probs[r.predicted] < 0.5 ? 'unsure' : 'ok');
  assert.equal(weightRange([0.5, -2, 1]), 2);
});
