import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CLASS_COLOURS, RAMP_STEPS, classPixels, cssColour, gridInputs, gridPoint, mixColour, pixelOf, rampIndex, rampPixels, valueColour,
} from '../../../../components/kit/heatmap.ts';
import { unitRange } from '../../../../components/playground/units.ts';

const d = { lo: -1, hi: 1 };

test('doc examples of the heatmap helpers', () => {
  assert.deepEqual(gridPoint(0, 0, 2, d), [-0.5, 0.5]);
  assert.deepEqual(pixelOf(0.5, -0.5, 2, d), [1, 1]);
  assert.equal(gridInputs(100, { lo: -3, hi: 3 }).rows, 10000);
  assert.equal(rampIndex(1, 0, 1), 256);
  assert.deepEqual(valueColour(0.5, 0, 1), [247, 247, 247]);
  assert.equal(cssColour(0, 0, 1), 'rgb(179, 88, 6)');
  assert.deepEqual(mixColour([1, 0, 0]), [230, 120, 20]);
  assert.deepEqual(unitRange('relu', Float64Array.of(0, 2), 1, 0), [-2, 2]);
});

test('grid rows follow gridPoint and pixelOf inverts it', () => {
  const n = 7;
  const X = gridInputs(n, d);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const [x1, x2] = gridPoint(i, j, n, d);
      assert.deepEqual([X.data[2 * (j * n + i)], X.data[2 * (j * n + i) + 1]], [x1, x2]);
      assert.deepEqual(pixelOf(x1, x2, n, d), [i, j]);
    }
  }
});

test('the ramp passes through its ColorBrewer stops, clamps outside the scale and maps NaN to the middle', () => {
  assert.deepEqual(valueColour(0, 0, 1), [179, 88, 6]);
  assert.deepEqual(valueColour(0.25, 0, 1), [241, 163, 64]);
  assert.deepEqual(valueColour(0.75, 0, 1), [103, 169, 207]);
  assert.deepEqual(valueColour(1, 0, 1), [33, 102, 172]);
  assert.deepEqual(valueColour(0, -2, 2), [247, 247, 247]);
  assert.equal(RAMP_STEPS % 2, 1);
  assert.deepEqual(valueColour(-5, 0, 1), valueColour(0, 0, 1));
  assert.deepEqual(valueColour(5, 0, 1), valueColour(1, 0, 1));
  assert.equal(rampIndex(NaN, 0, 1), RAMP_STEPS >> 1);
  assert.deepEqual(mixColour([0, 0, 1]), [...CLASS_COLOURS[2]]);
  assert.deepEqual(unitRange('tanh', Float64Array.of(5), 1, 0), [-1, 1]);
  assert.deepEqual(unitRange('sigmoid', Float64Array.of(5), 1, 0), [0, 1]);
  assert.deepEqual(unitRange('identity', Float64Array.of(1, -3, 2, 0), 2, 0), [-2, 2]);
});

/** The [r, g, b] of pixel (x, y) of an n×n RGBA image. */
const rgbAt = (px: Uint8ClampedArray, n: number, x: number, y: number) => [...px.slice(4 * (y * n + x), 4 * (y * n + x) + 3)];

test('rampPixels: the doc example, a 1×1 grid filling a 2×2 image', () => {
  const px = new Uint8ClampedArray(16).fill(255);
  rampPixels(px, 2, Float64Array.of(1), 1, 0, 0, 1, 2);
  for (let y = 0; y < 2; y++) for (let x = 0; x < 2; x++) assert.deepEqual(rgbAt(px, 2, x, y), [33, 102, 172]);
  assert.deepEqual([px[3], px[7], px[11], px[15]], [255, 255, 255, 255]);
});

test('rampPixels at step 1 gives each grid point its own valueColour, and at step 2 each coarse value fills its block', () => {
  const n = 4;
  const fine = Float64Array.from({ length: n * n * 2 }, (_, k) => (k % 2 === 1 ? k / 32 : -9));
  const px = new Uint8ClampedArray(4 * n * n);
  rampPixels(px, n, fine, 2, 1, 0, 1);
  for (let p = 0; p < n * n; p++) assert.deepEqual(rgbAt(px, n, p % n, Math.floor(p / n)), valueColour(fine[2 * p + 1], 0, 1));
  const coarse = Float64Array.of(0, 0.25, 0.75, 1); // a 2×2 grid, rows in gridInputs order
  rampPixels(px, n, coarse, 1, 0, 0, 1, 2);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) assert.deepEqual(rgbAt(px, n, x, y), valueColour(coarse[2 * Math.floor(y / 2) + Math.floor(x / 2)], 0, 1));
  }
});

test('classPixels mixes the class colours block by block', () => {
  const px = new Uint8ClampedArray(4 * 16);
  classPixels(px, 4, Float64Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1, 0.5, 0.5, 0), 2);
  assert.deepEqual(rgbAt(px, 4, 1, 1), [...CLASS_COLOURS[0]]);
  assert.deepEqual(rgbAt(px, 4, 3, 0), [...CLASS_COLOURS[1]]);
  assert.deepEqual(rgbAt(px, 4, 0, 3), [...CLASS_COLOURS[2]]);
  assert.deepEqual(rgbAt(px, 4, 2, 2), mixColour([0.5, 0.5, 0]));
});

test('a batch that does not fill the image in whole blocks is refused', () => {
  const px = new Uint8ClampedArray(4 * 16);
  assert.throws(() => rampPixels(px, 4, new Float64Array(9), 1, 0, 0, 1, 1), RangeError);
  assert.throws(() => rampPixels(px, 4, new Float64Array(4), 1, 0, 0, 1, 3), RangeError);
  assert.throws(() => classPixels(px, 4, new Float64Array(12), 1), RangeError);
});
