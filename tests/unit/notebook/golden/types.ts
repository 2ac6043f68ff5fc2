// @ts-nocheck: a cell imports "forward", a name only the notebook resolves.
import { sigmoid, type Matrix } from "forward";
interface Point { x: number; y?: number }
type Pair = [number, number];
const p: Point = { x: 1 }, q: Pair = [1, 2];
function scale<T extends number>(v: T, k: number = 2): number { return (v as number) * k; }
const s = `value ${p.x as number} and ${q[0]!}`;
let m: Matrix | null = null;
scale(sigmoid(p.x), q[1]) satisfies number
