/** Behaviour of MseWidget.astro, started by the kit (kit/start.ts). */
import { formatNumber } from '../../src/forward/index.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { msePoints, mseStart, mseState } from './model.ts';
import { clampCoord, errorSquare, toY } from './draw.ts';

export function start(root: HTMLElement): void {
  // A flag in the reader's language (rendered at build time) instead of a non-finite number.
  const fmt = (v: number) => (Number.isFinite(v) ? formatNumber(v, 3) : root.dataset.notFinite!);
  const q = <T extends Element>(sel: string) => [...root.querySelectorAll<T>(sel)];
  const squares = q<SVGRectElement>('[data-square]');
  const residuals = q<SVGLineElement>('[data-residual]');
  const preds = q<HTMLElement>('[data-pred]');
  const sqs = q<HTMLElement>('[data-sq]');
  const terms = q<HTMLElement>('[data-term]');
  const line = root.querySelector<SVGLineElement>('[data-line]')!;
  const total = root.querySelector<HTMLElement>('[data-mse]')!;
  const params = { w: mseStart.w, b: mseStart.b };

  const redraw = () => timedRedraw(() => {
    const s = mseState(msePoints, params.w, params.b);
    line.setAttribute('y1', String(clampCoord(toY(s.lineAt[0]))));
    line.setAttribute('y2', String(clampCoord(toY(s.lineAt[1]))));
    msePoints.forEach((p, i) => {
      const sq = errorSquare(p.x, p.y, s.preds[i]);
      squares[i].setAttribute('x', String(clampCoord(sq.x)));
      squares[i].setAttribute('y', String(clampCoord(sq.y)));
      squares[i].setAttribute('width', String(clampCoord(sq.size)));
      squares[i].setAttribute('height', String(clampCoord(sq.size)));
      residuals[i].setAttribute('y2', String(clampCoord(toY(s.preds[i]))));
      setText(preds[i], fmt(s.preds[i]));
      setText(sqs[i], fmt(s.squares[i]));
      setText(terms[i], fmt(s.squares[i]));
    });
    setText(total, fmt(s.loss));
  });

  const fields = bindNumberFields(root, (value, name) => {
    params[name as 'w' | 'b'] = value;
    redraw();
  });
  root.querySelector('[data-reset]')!.addEventListener('click', () => {
    for (const f of fields.values()) f.reset();
    params.w = mseStart.w;
    params.b = mseStart.b;
    redraw();
  });
}
