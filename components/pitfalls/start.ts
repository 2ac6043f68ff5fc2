/**
 * Starts a widget's behaviour once: when it comes near the viewport (kit's whenNear), or as soon as
 * the reader focuses or presses anything inside it, whichever happens first, so the first key
 * press or click is never lost.
 */
import { whenNear } from '../kit/lifecycle.ts';

export function startOnce(root: HTMLElement, start: () => void): void {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    start();
  };
  root.addEventListener('focusin', go, { once: true, capture: true });
  root.addEventListener('pointerdown', go, { once: true, capture: true });
  whenNear(root, go);
}
