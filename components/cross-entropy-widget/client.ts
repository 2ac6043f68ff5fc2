/** Behaviour of CrossEntropyWidget.astro, started by the kit (kit/start.ts). */
import { CE_EPSILON, crossEntropy, formatNumber, formatVector } from '../../src/forward/index.ts';
import { crossEntropyExamples } from '../../src/chapters/examples.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { renormalise } from './model.ts';
import { negLog, xOfP, yOfLoss } from './draw.ts';

const fmt = (v: number) => formatNumber(v, 3);
const sub = ['₁', '₂', '₃'];

export function start(root: HTMLElement): void {
  let p = [...crossEntropyExamples.good];
  let k = crossEntropyExamples.label.indexOf(1);
  const el = (sel: string) => root.querySelector<HTMLElement>(sel)!;
  const [onehot, sum, kOut, pk, lossOut, clip] = ['[data-onehot]', '[data-sum]', '[data-k]', '[data-pk]', '[data-loss]', '[data-clip]'].map(el);
  const marker = root.querySelector<SVGCircleElement>('[data-marker]')!;
  const guide = root.querySelector<SVGLineElement>('[data-guide]')!;

  const redraw = () => timedRedraw(() => {
    const y = p.map((_, i) => (i === k ? 1 : 0));
    const loss = crossEntropy(p, k);
    setText(onehot, formatVector(y));
    setText(sum, fmt(p.reduce((s, v) => s + v, 0)));
    setText(kOut, sub[k]);
    setText(pk, fmt(p[k]));
    setText(lossOut, fmt(loss));
    clip.hidden = p[k] >= CE_EPSILON;
    const x = String(xOfP(p[k]));
    const top = String(yOfLoss(negLog(p[k])));
    marker.setAttribute('cx', x);
    marker.setAttribute('cy', top);
    guide.setAttribute('x1', x);
    guide.setAttribute('x2', x);
    guide.setAttribute('y2', top);
  });

  const fields = bindNumberFields(root, (value, name) => {
    const i = Number(name);
    p = renormalise(p, i, value);
    p.forEach((v, j) => { if (j !== i) fields.get(String(j))!.set(Number(formatNumber(v, 4))); });
    redraw();
  });
  for (const radio of root.querySelectorAll<HTMLInputElement>('[data-class]')) {
    radio.addEventListener('change', () => { k = Number(radio.value); redraw(); });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    button.addEventListener('click', () => {
      p = [...crossEntropyExamples[button.dataset.preset as 'good' | 'bad']];
      p.forEach((v, j) => fields.get(String(j))!.set(v));
      redraw();
    });
  }
}
