/** Behaviour of PitfallLoss.astro, loaded on the reader's first interaction (kit/start.ts). */
import { formatNumber } from '../../src/forward/index.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { gradientProbe } from './model.ts';
import { probePosition } from './draw.ts';

export function start(root: HTMLElement): void {
  const out = (name: string) => root.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
  const line = root.querySelector('[data-probe="line"]')!;
  const dotCe = root.querySelector('[data-probe="ce"]')!;
  const dotMse = root.querySelector('[data-probe="mse"]')!;
  bindNumberFields(root, (z) => timedRedraw(() => {
    const probe = gradientProbe(z);
    setText(out('p'), formatNumber(probe.p, 4));
    setText(out('mse'), formatNumber(probe.mse, 4));
    setText(out('ce'), formatNumber(probe.crossEntropy, 4));
    const pos = probePosition(probe, z);
    line.setAttribute('x1', String(pos.x));
    line.setAttribute('x2', String(pos.x));
    dotCe.setAttribute('cx', String(pos.x));
    dotCe.setAttribute('cy', String(pos.ce));
    dotMse.setAttribute('cx', String(pos.x));
    dotMse.setAttribute('cy', String(pos.mse));
  }));
}
