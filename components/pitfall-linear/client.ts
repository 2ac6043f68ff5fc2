/** Behaviour of PitfallLinear.astro, loaded on the reader's first interaction (kit/start.ts). */
import { formatNumber } from '../../src/forward/index.ts';
import { timedRedraw } from '../kit/lifecycle.ts';
import { PLANE_CELLS, linearDemo, signGrid } from './model.ts';
import { cellsPath } from '../kit/svg.ts';
import { signedTerm } from '../kit/terms.ts';
import { strings } from './strings.ts';

const t = strings(document.documentElement.lang);
const cell = 200 / PLANE_CELLS;
const mag = (v: number) => formatNumber(Math.abs(v), 4);

export function start(root: HTMLElement): void {
  let seed = Number(root.dataset.seed);
  const out = (name: string) => root.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
  const rows = [...root.querySelectorAll<HTMLElement>('tbody tr')];
  root.querySelector('[data-new]')!.addEventListener('click', () => {
    seed += 1;
    timedRedraw(() => {
      const demo = linearDemo(seed);
      out('seed').textContent = String(seed);
      const [w1, w2] = demo.collapsed.W[0];
      const b = demo.collapsed.b[0];
      out('w1').textContent = formatNumber(w1, 4);
      out('w2').textContent = signedTerm(w2, mag(w2));
      out('b').textContent = signedTerm(b, mag(b));
      root.querySelector('[data-plane="linear"]')!.setAttribute('d', cellsPath(signGrid(demo.linear), 0, 0, cell, cell));
      root.querySelector('[data-plane="relu"]')!.setAttribute('d', cellsPath(signGrid(demo.relu), 0, 0, cell, cell));
      demo.rows.forEach((row, i) => {
        const tr = rows[i];
        tr.querySelector('[data-out="x"]')!.textContent = `[${row.x.map((v) => formatNumber(v, 2)).join(', ')}]`;
        tr.querySelector('[data-out="stack"]')!.textContent = formatNumber(row.stack, 6);
        tr.querySelector('[data-out="collapsed"]')!.textContent = formatNumber(row.collapsed, 6);
      });
      out('parameters').textContent = t.parameters(String(demo.stackParameters));
    });
  });
}
