/** Behaviour of SoftmaxWidget.astro, started by the kit (kit/start.ts). */
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { softmaxStart, softmaxView } from './model.ts';

const BAR_WIDTH = 190;

export function start(root: HTMLElement): void {
  const z = [...softmaxStart];
  const all = (attr: string) => [...root.querySelectorAll<Element>(`[${attr}]`)];
  const [bars, labels, shifted, exps, terms, nums, dens, probs] =
    ['data-bar', 'data-bar-label', 'data-shifted', 'data-exp', 'data-term', 'data-num', 'data-den', 'data-prob'].map(all);
  const max = root.querySelector('[data-max]')!;
  const sum = root.querySelector('[data-sum]')!;
  const redraw = () => timedRedraw(() => {
    const v = softmaxView(z);
    setText(max, v.max);
    setText(sum, v.sum);
    for (let i = 0; i < z.length; i++) {
      bars[i].setAttribute('width', String(v.widths[i] * BAR_WIDTH));
      setText(labels[i], v.probs[i]);
      setText(shifted[i], v.shifted[i]);
      setText(exps[i], v.exps[i]);
      setText(terms[i], v.exps[i]);
      setText(nums[i], v.exps[i]);
      setText(dens[i], v.sum);
      setText(probs[i], v.probs[i]);
    }
  });
  const fields = bindNumberFields(root, (value, name) => {
    z[Number(name)] = value;
    redraw();
  });
  root.querySelector('[data-reset]')!.addEventListener('click', () => {
    for (const f of fields.values()) f.reset();
    softmaxStart.forEach((v, i) => { z[i] = v; });
    redraw();
  });
}
