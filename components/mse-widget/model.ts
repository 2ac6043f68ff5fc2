/**
 * The MSE widget's model: a handful of points (x, y) fitted by the line ŷ = w·x + b. The library
 * computes every prediction (a one-input neuron with no activation) and every loss; this module only
 * arranges the numbers for drawing, so the build and the browser share one computation.
 */
import { mse, neuron } from '../../src/forward/index.ts';

export interface MsePoint {
  x: number;
  y: number;
}

/** Sample data for the widget: five measurements that lie roughly, not exactly, on a line. */
export const msePoints: readonly MsePoint[] = Object.freeze([
  { x: 0.5, y: 1.2 },
  { x: 1.5, y: 1.5 },
  { x: 2.5, y: 2.9 },
  { x: 3.5, y: 3.1 },
  { x: 4.5, y: 4.3 },
]);

/** The line the widget starts with (deliberately not the best one). */
export const mseStart: Readonly<{ w: number; b: number }> = Object.freeze({ w: 0.5, b: 1 });

/** The plot's square window in data units: equal scales on both axes, so a squared error is drawn as a true square. */
export const mseDomain = Object.freeze({ min: 0, max: 5 });

export interface MseState {
  /** ŷᵢ = w·xᵢ + b for each point. */
  preds: number[];
  /** (ŷᵢ − yᵢ)² for each point. */
  squares: number[];
  /** The mean of the squares: the loss. */
  loss: number;
  /** The line's height at the left and right edges of the plot. */
  lineAt: [number, number];
}

/** Predictions, squared errors and their mean for the line (w, b), e.g. `mseState(msePoints, 0.5, 1).loss`. */
export function mseState(points: readonly MsePoint[], w: number, b: number): MseState {
  const predict = (x: number) => neuron([w], b, [x], 'identity').a;
  const preds = points.map((p) => predict(p.x));
  const squares = points.map((p, i) => mse([preds[i]], [p.y]));
  const loss = mse(preds, points.map((p) => p.y));
  return { preds, squares, loss, lineAt: [predict(mseDomain.min), predict(mseDomain.max)] };
}
