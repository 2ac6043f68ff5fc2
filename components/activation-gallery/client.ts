/** Behaviour of ActivationGallery.astro, started by the kit (kit/start.ts). */
import { formatNumber, getActivation, isActivationName } from '../../src/forward/index.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { markerAt } from '../kit/plot.ts';
import type { PlotBox } from '../kit/plot.ts';

export function start(root: HTMLElement): void {
  const cards = [...root.querySelectorAll<HTMLElement>('[data-card]')].map((el) => {
    const name = el.dataset.card;
    if (!isActivationName(name)) throw new Error(`activation gallery: unknown activation ${name}`);
    return {
      act: getActivation(name),
      box: JSON.parse(el.dataset.box ?? '{}') as PlotBox,
      xs: [...el.querySelectorAll<HTMLElement>('[data-x]')],
      f: el.querySelector<HTMLOutputElement>('[data-f]')!,
      df: el.querySelector<HTMLOutputElement>('[data-df]')!,
      markF: el.querySelector<SVGCircleElement>('[data-mark-f]')!,
      markDf: el.querySelector<SVGCircleElement>('[data-mark-df]')!,
      line: el.querySelector<SVGLineElement>('[data-probe-line]')!,
    };
  });
  const off = root.querySelector<HTMLElement>('[data-off]')!;
  const draw = () => timedRedraw(() => {
    const x = probe.value();
    let outside = false;
    for (const card of cards) {
      const fx = card.act.f(x);
      const dfx = card.act.df(x);
      const shownX = formatNumber(x);
      for (const span of card.xs) setText(span, shownX);
      setText(card.f, formatNumber(fx));
      setText(card.df, formatNumber(dfx));
      const mf = markerAt(card.box, x, fx);
      const md = markerAt(card.box, x, dfx);
      card.markF.setAttribute('cx', String(mf.cx));
      card.markF.setAttribute('cy', String(mf.cy));
      card.markDf.setAttribute('cx', String(md.cx));
      card.markDf.setAttribute('cy', String(md.cy));
      card.line.setAttribute('x1', String(mf.cx));
      card.line.setAttribute('x2', String(mf.cx));
      if (x < card.box.x0 || x > card.box.x1) outside = true;
    }
    off.hidden = !outside;
  });
  const fields = bindNumberFields(root, draw);
  const probe = fields.get('x')!;
  draw();
}
