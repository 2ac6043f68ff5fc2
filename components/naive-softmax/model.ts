/**
 * Pitfall 4 (softmax without the max): the data behind the widget, all computed by the forward library. The build renders
 * the default state with these functions and the widget's client calls them again on every change.
 */
import { softmax, softmaxNaive } from '../../src/forward/index.ts';
import { stabilityLogits } from '../../src/chapters/examples.ts';

/** The library's overflowing logits moved so that the largest is `top` (stabilityLogits itself when top is their max). */
export function shiftedLogits(top: number): number[] {
  const max = Math.max(...stabilityLogits);
  return stabilityLogits.map((v) => v - max + top);
}

export function softmaxDemo(top: number): { logits: number[]; naive: number[]; stable: number[]; naiveFinite: boolean } {
  const logits = shiftedLogits(top);
  const naive = Array.from(softmaxNaive(logits));
  return { logits, naive, stable: Array.from(softmax(logits)), naiveFinite: naive.every(Number.isFinite) };
}
