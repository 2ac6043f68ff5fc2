/** Behaviour of NeuronExplorer.astro, started by the kit (kit/start.ts). */
import { formatNumber, getActivation, isActivationName, neuron } from '../../src/forward/index.ts';
import type { ActivationName } from '../../src/forward/index.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { curvePath, markerAt, sy } from '../kit/plot.ts';
import { sumTerms } from '../kit/terms.ts';
import { plotBoxFor } from './model.ts';

export function start(root: HTMLElement): void {
  const symbols = JSON.parse(root.dataset.symbols ?? '{}') as Record<ActivationName, string>;
  const select = root.querySelector<HTMLSelectElement>('[data-activation]')!;
  const terms = root.querySelector<HTMLElement>('[data-terms]')!;
  const zOut = root.querySelector<HTMLElement>('[data-z]')!;
  const zIn = root.querySelector<HTMLElement>('[data-z-in]')!;
  const aOut = root.querySelector<HTMLElement>('[data-a]')!;
  const syms = [...root.querySelectorAll<HTMLElement>('[data-sym]')];
  const curve = root.querySelector<SVGPathElement>('[data-curve]')!;
  const axisX = root.querySelector<SVGLineElement>('[data-axis-x]')!;
  const mark = root.querySelector<SVGCircleElement>('[data-mark]')!;
  const off = root.querySelector<HTMLElement>('[data-off]')!;
  let drawnCurve = select.value;

  const read = (names: string[]) => names.map((n) => fields.get(n)!.value());
  const draw = () => timedRedraw(() => {
    const name = isActivationName(select.value) ? select.value : 'sigmoid';
    const x = read(['x0', 'x1', 'x2']);
    const w = read(['w0', 'w1', 'w2']);
    const b = fields.get('b')!.value();
    const { z, a } = neuron(w, b, x, name);
    setText(terms, sumTerms(w, x, b));
    setText(zOut, formatNumber(z));
    setText(zIn, formatNumber(z));
    setText(aOut, formatNumber(a));
    for (const s of syms) setText(s, symbols[name]);
    const box = plotBoxFor(name);
    if (drawnCurve !== name) {
      curve.setAttribute('d', curvePath(box, getActivation(name).f));
      const y0 = String(sy(box, 0));
      axisX.setAttribute('y1', y0);
      axisX.setAttribute('y2', y0);
      drawnCurve = name;
    }
    const m = markerAt(box, z, a);
    mark.setAttribute('cx', String(m.cx));
    mark.setAttribute('cy', String(m.cy));
    off.hidden = m.inside;
  });

  const fields = bindNumberFields(root, draw);
  select.addEventListener('change', draw);
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-sample]')) {
    button.addEventListener('click', () => {
      const x = JSON.parse(button.dataset.sample ?? '[]') as number[];
      x.forEach((v, i) => fields.get(`x${i}`)!.set(v));
      draw();
    });
  }
  root.querySelector<HTMLButtonElement>('[data-reset]')!.addEventListener('click', () => {
    for (const field of fields.values()) field.reset();
    select.value = 'sigmoid';
    draw();
  });
  draw();
}
