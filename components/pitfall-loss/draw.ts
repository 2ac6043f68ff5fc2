/** Layout of the pitfall 3 plot: gradients in [−1, 0] against the logit z over LOGIT_RANGE. */
import { formatNumber } from '../../src/forward/index.ts';
import type { LogitGradients } from '../../src/forward/index.ts';
import { LOGIT_RANGE } from './model.ts';
import { linspace, polyline, px, scale } from '../kit/svg.ts';

export const GRAD_W = 320;
export const GRAD_H = 200;
const LEFT = 40;
const RIGHT = GRAD_W - 8;
/** Room above the plot for the band's label and the axis name, clear of every line. */
const TOP = 24;
const BOTTOM = GRAD_H - 24;
const Y_RANGE: [number, number] = [-1.05, 0.05];

const xOf = scale(LOGIT_RANGE, [LEFT, RIGHT]);
const yOf = scale([Y_RANGE[1], Y_RANGE[0]], [TOP, BOTTOM]);
const clampX = (z: number) => Math.min(RIGHT, Math.max(LEFT, xOf(z)));

/** Where the probe line and its two dots go for logit z (the line stays inside the plot). */
export function probePosition(g: LogitGradients, z: number): { x: number; mse: number; ce: number } {
  return { x: Number(px(clampX(z))), mse: Number(px(yOf(g.mse))), ce: Number(px(yOf(g.crossEntropy))) };
}

export function gradientLayout(curves: { z: number[]; mse: number[]; crossEntropy: number[] }, probe: LogitGradients, probeZ: number) {
  const mse = polyline(curves.z.map((z, i) => [xOf(z), yOf(curves.mse[i])] as [number, number]));
  const ce = polyline(curves.z.map((z, i) => [xOf(z), yOf(curves.crossEntropy[i])] as [number, number]));
  const yTicks = linspace(-1, 0, 3).map((v) => ({ y: Number(px(yOf(v))), label: formatNumber(v, 2) }));
  const xTicks = linspace(LOGIT_RANGE[0], LOGIT_RANGE[1], 5).map((v) => ({ x: Number(px(xOf(v))), label: formatNumber(v, 2) }));
  // The "confidently wrong" band: the left quarter, where σ(z) is close to 0 although y = 1.
  const wrongWidth = Number(px((RIGHT - LEFT) / 4));
  // Its label sits above the plot, over the band's left edge, where no line (grid, curve or probe) runs.
  const wrongLabelY = TOP - 8;
  return { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM, mse, ce, yTicks, xTicks, wrongWidth, wrongLabelY, probe: probePosition(probe, probeZ) };
}
