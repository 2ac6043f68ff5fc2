/** Behaviour of PitfallInit.astro, loaded on the reader's first interaction (kit/start.ts). */
import { formatNumber } from '../../src/forward/index.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { hiddenTable } from './model.ts';
import { strings } from './strings.ts';

const t = strings(document.documentElement.lang);

export function start(root: HTMLElement): void {
  let seed = Number(root.dataset.seed);
  const side = root.querySelector<HTMLElement>('[data-table="small"]')!;
  const cells = [...side.querySelectorAll<HTMLElement>('[data-cell]')];
  const verdict = side.querySelector<HTMLElement>('[data-out="verdict"]')!;
  side.querySelector('[data-reseed]')!.addEventListener('click', () => {
    seed += 1;
    timedRedraw(() => {
      const table = hiddenTable('small', seed);
      table.rows.flat().forEach((v, i) => { setText(cells[i], formatNumber(v, 6)); });
      setText(verdict, table.allSame ? t.allSame : t.differ);
      setText(side.querySelector('[data-out="seed"]')!, String(seed));
    });
  });
}
