/** Behaviour of ApproximationWidget.astro, loaded on the reader's first interaction (kit/start.ts). */
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { MAX_UNITS, MIN_UNITS, START_UNITS, approximate, errorTable, errorText, makeTarget, pointProblem, sampleTarget, starterPoints } from './model.ts';
import type { Point, TargetId } from './model.ts';
import { dataAt, knotTicks, pathOf, pointMarks } from './draw.ts';
import { strings } from './strings.ts';
import { ui } from '../kit/messages.ts';

const t = strings(document.documentElement.lang);
const m = ui(document.documentElement.lang);

export function start(root: HTMLElement): void {
  const out = (name: string) => root.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
  const path = (name: string) => root.querySelector<SVGPathElement>(`[data-path="${name}"]`)!;
  const svg = root.querySelector<SVGSVGElement>('[data-plot]')!;
  const rows = [...root.querySelectorAll<HTMLElement>('tbody tr')];
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="ap-target"]')];
  let id = (radios.find((r) => r.checked)?.value ?? 'sin') as TargetId;
  let points: Point[] = JSON.parse(root.dataset.points ?? '[]');
  let n = START_UNITS;
  const draw = (full: boolean) => timedRedraw(() => {
    const target = makeTarget(id, points);
    path('points').setAttribute('d', id === 'points' ? pointMarks(points) : '');
    if (!target) {
      for (const name of ['target', 'net', 'knots']) path(name).setAttribute('d', '');
      setText(out('max'), t.none);
      setText(out('mean'), t.none);
      for (const row of rows) {
        setText(row.querySelector('[data-out="table-max"]')!, t.none);
        setText(row.querySelector('[data-out="table-mean"]')!, t.none);
      }
      return;
    }
    const fit = approximate(target, n);
    path('net').setAttribute('d', pathOf(fit.curve));
    path('knots').setAttribute('d', knotTicks(fit.knots));
    setText(out('max'), errorText(fit.maxError, t.zeroUpTo));
    setText(out('mean'), errorText(fit.meanError, t.zeroUpTo));
    if (full) {
      path('target').setAttribute('d', pathOf(sampleTarget(target)));
      errorTable(target).forEach((row, i) => {
        setText(rows[i].querySelector('[data-out="table-max"]')!, errorText(row.maxError, t.zeroUpTo));
        setText(rows[i].querySelector('[data-out="table-mean"]')!, errorText(row.meanError, t.zeroUpTo));
      });
    }
  });
  const status = (message: string) => { setText(out('status'), message); };
  const pointsChanged = () => {
    status(points.length < 2 ? m.sentences(t.pointCount(points.length), t.needTwo) : t.pointCount(points.length));
    if (id !== 'points') {
      id = 'points';
      for (const r of radios) r.checked = r.value === 'points';
    }
    draw(true);
  };
  const addPoint = (p: Point) => {
    const problem = pointProblem(points, p);
    if (problem) {
      status(t[problem]);
      return;
    }
    points = [...points, p];
    pointsChanged();
  };
  const fields = bindNumberFields(root, (value, name) => {
    if (name !== 'n') return;
    const whole = Math.min(MAX_UNITS, Math.max(MIN_UNITS, Math.round(value)));
    setText(out('note'), whole === value ? '' : t.wholeUnits(String(whole)));
    n = whole;
    draw(false);
  });
  const typed = fields.get('n')!.value();
  if (Number.isInteger(typed) && typed >= MIN_UNITS && typed <= MAX_UNITS) n = typed;
  for (const r of radios) {
    r.addEventListener('change', () => {
      if (!r.checked) return;
      id = r.value as TargetId;
      if (id === 'points') status(points.length < 2 ? m.sentences(t.pointCount(points.length), t.needTwo) : t.pointCount(points.length));
      draw(true);
    });
  }
  svg.addEventListener('click', (event) => {
    const ctm = svg.getScreenCTM();
    if (!ctm) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    addPoint(dataAt(at.x, at.y));
  });
  root.querySelector('[data-action="add"]')!.addEventListener('click', () => {
    const point: Point = [fields.get('x')!.value(), fields.get('y')!.value()];
    if (point.every(Number.isFinite)) addPoint(point);
  });
  root.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
    points = [];
    pointsChanged();
  });
  root.querySelector('[data-action="reset"]')!.addEventListener('click', () => {
    points = starterPoints();
    pointsChanged();
  });
}
