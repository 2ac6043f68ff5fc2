/** Plot geometry of the approximation widget: data coordinates to SVG coordinates and back. */
import { polyline, px, scale } from '../kit/svg.ts';
import type { Point } from './model.ts';
import { DOMAIN, Y_VIEW } from './model.ts';

export const PLOT_W = 360;
export const PLOT_H = 250;
export const LEFT = 30;
export const RIGHT = PLOT_W - 8;
export const TOP = 8;
export const BOTTOM = PLOT_H - 26;

export const xOf = scale(DOMAIN, [LEFT, RIGHT]);
export const yOf = scale([Y_VIEW[1], Y_VIEW[0]], [TOP, BOTTOM]);
const xBack = scale([LEFT, RIGHT], DOMAIN);
const yBack = scale([TOP, BOTTOM], [Y_VIEW[1], Y_VIEW[0]]);

/** The data point under an SVG position, rounded to two decimals. */
export function dataAt(svgX: number, svgY: number): Point {
  return [Math.round(xBack(svgX) * 100) / 100, Math.round(yBack(svgY) * 100) / 100];
}

/** A path through data points; values outside the view are clipped to its edges. */
export function pathOf(points: readonly Point[]): string {
  const clip = (y: number) => Math.min(BOTTOM + 4, Math.max(TOP - 4, y));
  return polyline(points.map(([x, y]) => [xOf(x), clip(yOf(y))] as [number, number]));
}

/** One short tick per hidden unit along the bottom edge: unit k bends the line at knots[k] (the last knot is only an end). */
export function knotTicks(knots: readonly number[]): string {
  return knots.slice(0, -1).map((k) => `M${px(xOf(k))} ${px(BOTTOM)}v-6`).join('');
}

/** Circles for the placed points, as one path of small diamonds (cheap to update). */
export function pointMarks(points: readonly Point[]): string {
  return points.map(([x, y]) => `M${px(xOf(x))} ${px(yOf(y) - 5)}l5 5l-5 5l-5 -5z`).join('');
}
