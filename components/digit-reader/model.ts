/**
 * The digit reader's logic, pure (no DOM): MNIST-style preprocessing of a drawing and the forward
 * pass by the library. Preprocessing follows the description of how MNIST was made (LeCun, Cortes,
 * Burges): crop to the ink's bounding box, scale into a 20×20 box keeping the aspect ratio (an area
 * average, which anti-aliases the edges into grey levels), then place it in a 28×28 field so that its
 * centre of mass sits at the centre.
 */
import { argmax, crossEntropyFromLogits, forwardTrace, softmax } from '../../src/forward/index.ts';
import type { NetworkSpec, Vector } from '../../src/forward/index.ts';
import { PIXELS, SIDE } from '../../src/chapters/digits.ts';

/** Side of the box the digit is scaled into (20 px), as in MNIST. */
export const BOX = 20;
/** Grey levels at or below this (in [0, 1]) count as no ink when finding the bounding box (0: any ink counts, faint edges included). */
export const INK = 0;

/** Where the drawing's ink is: the bounding box in source pixels, inclusive of x0, y0, exclusive of x1, y1. */
export interface Box { x0: number; y0: number; x1: number; y1: number }

/** The steps of preprocessing, kept so the widget can show them. */
export interface Prepared {
  /** The ink's bounding box in the source image. */
  box: Box;
  /** Source pixels per box pixel (> 1 shrinks). */
  factor: number;
  /** The scaled digit, `scaledW × scaledH` (each ≤ 20), row-major, grey levels in [0, 1]. */
  scaled: Float64Array;
  scaledW: number;
  scaledH: number;
  /** Where the scaled digit's top-left pixel lands in the 28×28 image (column, row): its centre of mass is then at the centre. */
  left: number;
  top: number;
  /** The network's 784 inputs in [0, 1], row-major 28×28. */
  input: Float64Array;
  /** True when the ink reaches the source's edge (part of the digit may be cut off). */
  touchesEdge: boolean;
  /** Share of the 20×20 box's area covered by ink (mean grey level of the scaled digit), in [0, 1]. */
  inkShare: number;
}

/**
 * Preprocesses a grey image (`width × height`, row-major, ink in [0, 1], 0 = background) the way
 * MNIST's digits were made; null when there is no ink (every value ≤ INK). Throws if `grey` is not
 * width·height long. Fractional centre-of-mass shifts are rounded to whole pixels.
 */
export function prepare(grey: ArrayLike<number>, width: number, height: number): Prepared | null {
  if (grey.length !== width * height) throw new Error(`prepare: grey has length ${grey.length} (expected ${width}×${height} = ${width * height})`);
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (grey[row + x] > INK) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return null;
  x1++;
  y1++;
  const w = x1 - x0;
  const h = y1 - y0;
  const factor = Math.max(w, h) / BOX;
  const scaledW = Math.max(1, Math.min(BOX, Math.round(w / factor)));
  const scaledH = Math.max(1, Math.min(BOX, Math.round(h / factor)));
  const scaled = new Float64Array(scaledW * scaledH);
  // Area average: each box pixel is the mean of the source pixels under it (nearest pixel when enlarging).
  for (let ty = 0; ty < scaledH; ty++) {
    const sy0 = y0 + ty * factor;
    const sy1 = Math.min(y1, sy0 + factor);
    for (let tx = 0; tx < scaledW; tx++) {
      const sx0 = x0 + tx * factor;
      const sx1 = Math.min(x1, sx0 + factor);
      let sum = 0;
      let area = 0;
      for (let sy = Math.floor(sy0); sy < Math.ceil(sy1); sy++) {
        const cy = Math.min(sy + 1, sy1) - Math.max(sy, sy0);
        if (cy <= 0) continue;
        for (let sx = Math.floor(sx0); sx < Math.ceil(sx1); sx++) {
          const cx = Math.min(sx + 1, sx1) - Math.max(sx, sx0);
          if (cx <= 0) continue;
          sum += grey[sy * width + sx] * cx * cy;
          area += cx * cy;
        }
      }
      scaled[ty * scaledW + tx] = area > 0 ? Math.min(1, sum / area) : 0;
    }
  }
  // Centre of mass of the scaled digit (pixel indices), then the whole-pixel shift that brings it to
  // index (14, 14): MNIST's digits have theirs within half a pixel of it.
  let mass = 0, mx = 0, my = 0;
  for (let y = 0; y < scaledH; y++) {
    for (let x = 0; x < scaledW; x++) {
      const v = scaled[y * scaledW + x];
      mass += v;
      mx += v * x;
      my += v * y;
    }
  }
  const left = Math.round(SIDE / 2 - mx / mass);
  const top = Math.round(SIDE / 2 - my / mass);
  const input = new Float64Array(PIXELS);
  for (let y = 0; y < scaledH; y++) {
    const ty = y + top;
    if (ty < 0 || ty >= SIDE) continue;
    for (let x = 0; x < scaledW; x++) {
      const tx = x + left;
      if (tx >= 0 && tx < SIDE) input[ty * SIDE + tx] = scaled[y * scaledW + x];
    }
  }
  return {
    box: { x0, y0, x1, y1 }, factor, scaled, scaledW, scaledH,
    left, top, input,
    touchesEdge: x0 === 0 || y0 === 0 || x1 === width || y1 === height,
    inkShare: mass / (BOX * BOX),
  };
}

/** The forward pass on one 784-input image, layer by layer: the trace, the ten probabilities, the predicted digit. */
export interface Reading {
  /** Layer activations: a[0] the input, a[1], a[2] the hidden layers, a[3] the logits. */
  a: Vector[];
  logits: Vector;
  probs: Vector;
  predicted: number;
}

/** Runs the network (forwardTrace, then softmax on the logits) on 784 inputs in [0, 1]. */
export function read(net: NetworkSpec, input: ArrayLike<number>): Reading {
  const { a } = forwardTrace(net, input);
  const logits = a[a.length - 1];
  const probs = softmax(logits);
  return { a, logits, probs, predicted: argmax(probs) };
}

/** Cross-entropy −log p(label) of a reading against the digit the reader says is right (0–9), from the logits. */
export function lossAgainst(reading: Reading, label: number): number {
  return crossEntropyFromLogits(reading.logits, label);
}

/** What the widget tells the reader about an input, in order of importance. */
export type Verdict = 'empty' | 'scribble' | 'edge' | 'unsure' | 'ok';

/** Above this share of the 20×20 box in ink, a drawing is more blot than digit (MNIST digits: about 0.1–0.35). */
export const SCRIBBLE_SHARE = 0.5;
/** Below this top probability the network counts as unsure. */
export const UNSURE = 0.5;

/** The message to show for a prepared drawing and its reading (null prepared = empty). */
export function verdict(prepared: Prepared | null, reading: Reading | null): Verdict {
  if (!prepared || !reading) return 'empty';
  if (prepared.inkShare > SCRIBBLE_SHARE) return 'scribble';
  if (prepared.touchesEdge) return 'edge';
  if (reading.probs[reading.predicted] < UNSURE) return 'unsure';
  return 'ok';
}

/** A weight picture's scale: the largest |w| of a unit's 784 first-layer weights (at least a tiny positive number). */
export function weightRange(row: ArrayLike<number>): number {
  let m = 1e-12;
  for (let i = 0; i < row.length; i++) m = Math.max(m, Math.abs(row[i]));
  return m;
}
