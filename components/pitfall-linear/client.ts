/** Behaviour of PitfallLinear.astro, loaded on the reader's first interaction (kit/start.ts). */
import { formatNumber } from '../../src/forward/index.ts';
import { timedRedraw } from '../kit/lifecycle.ts';
import { Heatmap } from '../kit/heatmap.ts';
import { GRID, linearDemo, planeValues, symmetricScale } from './model.ts';
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

  const draw = () => {
    const demo = linearDemo(seed);
    out('seed').textContent = String(seed);
    const [w1, w2] = demo.collapsed.W[0];
    const b = demo.collapsed.b[0];
    out('w1').textContent = formatNumber(w1, 4);
    out('w2').textContent = signedTerm(w2, mag(w2));
    out('b').textContent = signedTerm(b, mag(b));
    // The stack and its collapsed layer share one colour scale, so equal outputs give equal pixels.
    const linear = planeValues(demo.linear);
    const [lo, hi] = symmetricScale(linear);
    pictures.linear.paint(linear, 1, 0, lo, hi);
    pictures.collapsed.paint(planeValues({ layers: [demo.collapsed] }), 1, 0, lo, hi);
    const relu = planeValues(demo.relu);
    pictures.relu.paint(relu, 1, 0, ...symmetricScale(relu));
    demo.rows.forEach((row, i) => {
      const tr = rows[i];
      tr.querySelector('[data-out="x"]')!.textContent = `[${row.x.map((v) => formatNumber(v, 2)).join(', ')}]`;
      tr.querySelector('[data-out="stack"]')!.textContent = formatNumber(row.stack, 6);
      tr.querySelector('[data-out="collapsed"]')!.textContent = formatNumber(row.collapsed, 6);
    });
    out('parameters').textContent = t.parameters(String(demo.stackParameters));
    root.dataset.drawn = String(seed);
  };

  timedRedraw(draw);
  root.querySelector('[data-new]')!.addEventListener('click', () => {
    seed += 1;
    timedRedraw(draw);
  });
}
