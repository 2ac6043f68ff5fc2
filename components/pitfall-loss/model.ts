/**
 * Pitfall 3 (MSE for classification): the data behind the widget, all computed by the forward library. The build renders
 * the default state with these functions and the widget's client calls them again on every change.
 */
import { logitGradients } from '../../src/forward/index.ts';
import type { LogitGradients } from '../../src/forward/index.ts';
import { linspace } from '../kit/svg.ts';

/** The logits plotted in pitfall 3. */
export const LOGIT_RANGE: readonly [number, number] = [-10, 10];

/** Both gradients over the plotted range of z, for label y = 1. */
export function gradientCurves(samples = 161): { z: number[]; mse: number[]; crossEntropy: number[] } {
  const z = linspace(LOGIT_RANGE[0], LOGIT_RANGE[1], samples);
  const g = z.map((v) => logitGradients(v, 1));
  return { z, mse: g.map((v) => v.mse), crossEntropy: g.map((v) => v.crossEntropy) };
}

/** The probe at one logit, label y = 1. */
export function gradientProbe(z: number): LogitGradients {
  return logitGradients(z, 1);
}
