/** Geometry of the computation graph: a vertical chain of value nodes, parameters fed in from the left. */
import { graphNodes } from './model.ts';

export const VIEW_W = 360;
const TOP = 8;
const GAP = 62;
const NODE_H = 44;
export const VIEW_H = TOP + graphNodes.length * GAP;
export const CHAIN_X = 96;
export const CHAIN_W = 256;
export const PARAM_W = 56;
export const PARAM_H = 28;

export interface NodeBox { x: number; y: number; w: number; h: number }

/** The box of value node i. */
export function nodeBox(i: number): NodeBox {
  return { x: CHAIN_X, y: TOP + i * GAP, w: CHAIN_W, h: NODE_H };
}

/** The box of the parameter feeding node i (to its left), or null. */
export function paramBox(i: number): NodeBox | null {
  if (graphNodes[i].param === null) return null;
  const n = nodeBox(i);
  return { x: 8, y: n.y + (NODE_H - PARAM_H) / 2, w: PARAM_W, h: PARAM_H };
}

/** The arrow from node i − 1 down to node i, as an SVG path. */
export function chainEdge(i: number): string {
  const from = nodeBox(i - 1);
  const to = nodeBox(i);
  const x = CHAIN_X + 28;
  return `M${x} ${from.y + from.h} V${to.y - 2}`;
}

/** The arrow from node i's parameter into node i. */
export function paramEdge(i: number): string | null {
  const p = paramBox(i);
  if (!p) return null;
  const y = p.y + p.h / 2;
  return `M${p.x + p.w} ${y} H${CHAIN_X - 2}`;
}
