/** Behaviour of StabilityLab.astro, started by the kit (kit/start.ts). */
import { stabilityLogits } from '../../src/chapters/examples.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { failZ, labFormat as fmt, labStart, labView } from './model.ts';

const LIMIT = 5000;
const PUSH = 100;

export function start(root: HTMLElement): void {
  let z = [...labStart];
  const all = (attr: string) => [...root.querySelectorAll<HTMLElement>(`[${attr}]`)];
  const one = (attr: string) => root.querySelector<HTMLElement>(`[${attr}]`)!;
  const [zs, nExp, nP, sh, ex, sP] = ['data-z', 'data-naive-exp', 'data-naive-p', 'data-shifted', 'data-exp', 'data-stable-p'].map(all);
  const [naiveCol, badge, naiveOk, nSum, nTotal, max, sum, sTotal] =
    ['data-naive', 'data-badge', 'data-naive-ok', 'data-naive-sum', 'data-naive-total', 'data-max', 'data-sum', 'data-stable-total'].map(one);
  const failures = all('data-fail');
  const flag = (cell: HTMLElement, value: number) => {
    setText(cell, fmt(value));
    cell.classList.toggle('fw-lab-nonfinite', !Number.isFinite(value));
  };

  const redraw = () => timedRedraw(() => {
    const v = labView(z);
    for (let i = 0; i < z.length; i++) {
      setText(zs[i], fmt(z[i]));
      flag(nExp[i], v.naiveExps[i]);
      flag(nP[i], v.naive[i]);
      setText(sh[i], fmt(v.shifted[i]));
      setText(ex[i], fmt(v.exps[i]));
      setText(sP[i], fmt(v.stable[i]));
    }
    flag(nSum, v.naiveSum);
    flag(nTotal, v.naive.reduce((s, p) => s + p, 0));
    setText(max, fmt(v.max));
    setText(sum, fmt(v.sum));
    setText(sTotal, fmt(v.stable.reduce((s, p) => s + p, 0)));
    naiveCol.dataset.state = v.failure ? 'failed' : 'ok';
    badge.hidden = !v.failure;
    naiveOk.hidden = !!v.failure;
    for (const el of failures) {
      const on = v.failure?.kind === el.dataset.fail;
      el.hidden = !on;
      if (on) setText(el.querySelector('[data-fail-z]')!, failZ(v.failure!.z));
    }
  });

  const fields = bindNumberFields(root, (value, name) => {
    z[Number(name)] = value;
    redraw();
  });
  const setAll = (next: readonly number[]) => {
    z = [...next];
    z.forEach((value, i) => fields.get(String(i))!.set(value));
    redraw();
  };
  one('data-push').addEventListener('click', () => {
    if (z.every((value) => value + PUSH <= LIMIT)) setAll(z.map((value) => value + PUSH));
  });
  one('data-preset').addEventListener('click', () => setAll(stabilityLogits));
  one('data-reset').addEventListener('click', () => setAll(labStart));
  redraw();
}
