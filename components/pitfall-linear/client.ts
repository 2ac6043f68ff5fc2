/** Behaviour of PitfallLinear.astro, loaded on the reader's first interaction (kit/start.ts). */
import { formatNumber } from '../../src/forward/index.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { Heatmap } from '../kit/heatmap.ts';
import { GRID, linearDemo, planesOf, symmetricScale } from './model.ts';
import type { PlanesReply } from './model.ts';
import PlanesWorker from './planes-worker.ts?worker';
import { signedTerm } from '../kit/terms.ts';
import { strings } from './strings.ts';

const t = strings(document.documentElement.lang);
const mag = (v: number) => formatNumber(Math.abs(v), 4);

export function start(root: HTMLElement): void {
  let seed = Number(root.dataset.seed);
  const out = (name: string) => root.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
  const rows = [...root.querySelectorAll<HTMLElement>('tbody tr')];
  const heat = (key: string) => new Heatmap(root.querySelector<HTMLCanvasElement>(`[data-canvas="${key}"]`)!, GRID);
  const pictures = { linear: heat('linear'), collapsed: heat('collapsed'), relu: heat('relu') };

  // The numbers in the text: cheap, written at once.
  const write = () => {
    const demo = linearDemo(seed);
    setText(out('seed'), String(seed));
    const [w1, w2] = demo.collapsed.W[0];
    const b = demo.collapsed.b[0];
    setText(out('w1'), formatNumber(w1, 4));
    setText(out('w2'), signedTerm(w2, mag(w2)));
    setText(out('b'), signedTerm(b, mag(b)));
    demo.rows.forEach((row, i) => {
      const tr = rows[i];
      setText(tr.querySelector('[data-out="x"]')!, `[${row.x.map((v) => formatNumber(v, 2)).join(', ')}]`);
      setText(tr.querySelector('[data-out="stack"]')!, formatNumber(row.stack, 6));
      setText(tr.querySelector('[data-out="collapsed"]')!, formatNumber(row.collapsed, 6));
    });
    setText(out('parameters'), t.parameters(String(demo.stackParameters)));
  };

  // The pictures, once their values arrive; an answer for an earlier seed is dropped.
  const paint = (planes: PlanesReply) => {
    if (planes.seed !== seed) return;
    timedRedraw(() => {
      // The stack and its collapsed layer share one colour scale, so equal outputs give equal pixels.
      const [lo, hi] = symmetricScale(planes.linear);
      pictures.linear.paint(planes.linear, 1, 0, lo, hi);
      pictures.collapsed.paint(planes.collapsed, 1, 0, lo, hi);
      pictures.relu.paint(planes.relu, 1, 0, ...symmetricScale(planes.relu));
    });
    root.dataset.drawn = String(seed);
  };

  // The arithmetic runs in a worker; where one cannot start (or fails), on this thread.
  let worker: Worker | null = null;
  try {
    worker = new PlanesWorker();
    worker.onmessage = (event: MessageEvent<PlanesReply>) => paint(event.data);
    worker.onerror = () => {
      worker = null;
      paint(planesOf(seed));
    };
  } catch {
    worker = null;
  }
  const draw = () => {
    write();
    if (worker) worker.postMessage(seed);
    else paint(planesOf(seed));
  };

  draw();
  root.querySelector('[data-new]')!.addEventListener('click', () => {
    seed += 1;
    draw();
  });
}
