/**
 * The −log p plot of the cross-entropy widget: p ∈ (0, 1] across, the loss 0…LOSS_MAX up. The curve
 * is sampled with the library's `crossEntropy` at build time; the marker follows the true class's p.
 */
import { crossEntropy } from '../../src/forward/index.ts';

export const PLOT = { width: 320, height: 200, left: 36, right: 12, top: 12, bottom: 34 } as const;
/** The top of the loss axis; larger losses are drawn at the top edge. */
export const LOSS_MAX = 5;

const innerW = PLOT.width - PLOT.left - PLOT.right;
const innerH = PLOT.height - PLOT.top - PLOT.bottom;

export const xOfP = (p: number): number => PLOT.left + p * innerW;
export const yOfLoss = (loss: number): number => PLOT.top + innerH * (1 - Math.min(loss, LOSS_MAX) / LOSS_MAX);

/** −log p for a single probability, as the library computes it (a one-class cross-entropy). */
export function negLog(p: number): number {
  return crossEntropy([p], 0);
}

/** The curve as an SVG path, sampled at `n` values of p spread over (0, 1]. */
export function lossCurvePath(n = 120): string {
  const parts: string[] = [];
  for (let k = 1; k <= n; k++) {
    const p = (k / n) ** 2; // denser near 0, where the curve is steep
    const loss = negLog(p);
    if (loss > LOSS_MAX) continue; // off the top of the plot
    parts.push(`${parts.length === 0 ? 'M' : 'L'}${xOfP(p).toFixed(1)},${yOfLoss(loss).toFixed(1)}`);
  }
  return parts.join(' ');
}
