/**
 * Layout of the pitfall 2 bar chart: one bar per depth, heights on a log₁₀ scale from 1 at the top
 * down to a little below the smallest product, with five labelled grid lines.
 */
import { formatNumber } from '../../src/forward/index.ts';
import { px, scale } from '../kit/svg.ts';

export const BAR_W = 320;
export const BAR_H = 188;
const LEFT = 44;
const TOP = 8;
// Room under the bars for the depth numbers below the lowest grid label.
const BOTTOM = BAR_H - 28;

export interface BarLayout {
  left: number;
  bars: { depth: number; x: number; y: number; w: number; h: number; on: boolean }[];
  grid: { y: number; label: string }[];
}

/** Bars for products[i] (depth i + 1), the bar at `depth` highlighted; every product must be > 0. */
export function saturationBars(products: readonly number[], depth: number): BarLayout {
  const smallest = Math.min(...products.filter((p) => p > 0));
  const lowExp = Math.floor(Math.log10(smallest)) - 1;
  const step = Math.max(1, Math.ceil(-lowExp / 4));
  const bottomExp = -4 * step;
  const y = scale([0, bottomExp], [TOP, BOTTOM]);
  const slot = (BAR_W - LEFT - 4) / products.length;
  const bars = products.map((p, i) => {
    const top = p > 0 ? Math.min(BOTTOM, y(Math.log10(p))) : BOTTOM;
    return { depth: i + 1, x: Number(px(LEFT + i * slot + slot * 0.15)), y: Number(px(top)), w: Number(px(slot * 0.7)), h: Number(px(BOTTOM - top)), on: i + 1 === depth };
  });
  const grid = [0, 1, 2, 3, 4].map((k) => ({ y: Number(px(y(-k * step))), label: formatNumber(10 ** (-k * step), 1) }));
  return { left: LEFT, bars, grid };
}
