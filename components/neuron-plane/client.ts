/** Behaviour of NeuronPlane.astro: shading from the library, dragging, keys, typed numbers, the formula at the pointer. */
import { formatNumber } from '../../src/forward/index.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { Heatmap } from '../kit/heatmap.ts';
import { DOMAIN, GRID, LIMIT, START, boundary, dragArrow, dragLine, neuronAt, planeValues, snap, valueRange } from './model.ts';
import type { NeuronState, PlaneActivation } from './model.ts';
import { SIZE, arrowEnds, formulaText, fromSvg, linePath, toSvg } from './draw.ts';
import { neuronPlaneStrings } from './strings.ts';

const f = (v: number) => formatNumber(v);

/** Starts the widget in `root` (a [data-neuron-plane] figure). */
export function start(root: HTMLElement): void {
  if (root.dataset.ready) return;
  const t = neuronPlaneStrings(document.documentElement.lang);
  const q = <E extends Element>(sel: string) => root.querySelector<E>(sel)!;
  const svg = q<SVGSVGElement>('[data-svg]');
  const heat = new Heatmap(q<HTMLCanvasElement>('[data-canvas]'), GRID);
  const lineHandle = q<SVGGElement>('[data-handle="line"]');
  const arrowHandle = q<SVGGElement>('[data-handle="arrow"]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  let s: NeuronState = { ...START, activation: (radios.find((r) => r.checked)?.value ?? START.activation) as PlaneActivation };
  let probe: [number, number] = [1, 1];

  const fields = bindNumberFields(root, (value, name) => {
    s = { ...s, [name]: value };
    draw(false);
  });
  for (const [name, field] of fields) {
    const v = field.value();
    if (Number.isFinite(v) && Math.abs(v) <= LIMIT) s = { ...s, [name]: v };
    else field.reset();
  }

  const showFormula = () => {
    const { z, a } = neuronAt(s, probe);
    setText(q('[data-out="point"]'), `x = (${f(probe[0])}, ${f(probe[1])})`);
    setText(q('[data-out="formula"]'), formulaText(s, probe, z, a));
    const [cx, cy] = toSvg(probe);
    q('[data-probe]').setAttribute('cx', String(cx));
    q('[data-probe]').setAttribute('cy', String(cy));
  };

  const draw = (fromDrag: boolean) => timedRedraw(() => {
    const [lo, hi] = valueRange(s.activation);
    heat.paint(planeValues(s), 1, 0, lo, hi);
    const d = linePath(s);
    q('[data-path="line"]').setAttribute('d', d);
    q('[data-path="hit"]').setAttribute('d', d);
    const arrow = arrowEnds(s);
    const line = q<SVGLineElement>('[data-arrow]');
    const tip = q<SVGCircleElement>('[data-tip]');
    const ends = arrow ?? { from: toSvg([0, 0]), to: toSvg([0, 0]) };
    line.setAttribute('x1', String(ends.from[0]));
    line.setAttribute('y1', String(ends.from[1]));
    line.setAttribute('x2', String(ends.to[0]));
    line.setAttribute('y2', String(ends.to[1]));
    tip.setAttribute('cx', String(ends.to[0]));
    tip.setAttribute('cy', String(ends.to[1]));
    lineHandle.setAttribute('aria-valuenow', String(s.b));
    lineHandle.setAttribute('aria-valuetext', t.lineValue(f(s.b)));
    arrowHandle.setAttribute('aria-valuenow', String(s.w1));
    arrowHandle.setAttribute('aria-valuetext', t.arrowValue(f(s.w1), f(s.w2)));
    setText(q('[data-out="scale"]'), t.scale(f(lo), f(hi)));
    setText(q('[data-out="note"]'), !arrow ? t.noLine : !boundary(s) ? t.offPlane : '');
    if (fromDrag) for (const name of ['w1', 'w2', 'b'] as const) fields.get(name)?.set(s[name]);
    root.dataset.w1 = String(s.w1);
    root.dataset.w2 = String(s.w2);
    root.dataset.b = String(s.b);
    root.dataset.activation = s.activation;
    showFormula();
  });

  for (const r of radios) {
    r.addEventListener('change', () => {
      if (!r.checked) return;
      s = { ...s, activation: r.value as PlaneActivation };
      draw(false);
    });
  }

  // Pointer: plane coordinates of an event.
  const planeOf = (event: PointerEvent): [number, number] => {
    const box = svg.getBoundingClientRect();
    return fromSvg([((event.clientX - box.left) / box.width) * SIZE, ((event.clientY - box.top) / box.height) * SIZE]);
  };
  const inPlane = (p: [number, number]) => p.map((v) => Math.min(DOMAIN.hi, Math.max(DOMAIN.lo, v))) as [number, number];
  let dragging: 'line' | 'arrow' | null = null;
  const onDown = (kind: 'line' | 'arrow') => (event: PointerEvent) => {
    dragging = kind;
    // A drag begun while this code was arriving is replayed by the kit (kit/start.ts), whose pointer may
    // be up already; the kit captures a pointer still down itself.
    if (event.isTrusted) (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };
  lineHandle.addEventListener('pointerdown', onDown('line'));
  arrowHandle.addEventListener('pointerdown', onDown('arrow'));
  svg.addEventListener('pointermove', (event) => {
    const p = inPlane(planeOf(event));
    if (dragging === 'line') s = dragLine(s, p);
    else if (dragging === 'arrow') s = dragArrow(s, p);
    probe = [snap(p[0]), snap(p[1])];
    if (dragging) draw(true);
    else showFormula();
  });
  const stop = () => { dragging = null; };
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointercancel', stop);

  // Keys: the line moves b, the arrow changes w₁ (left/right) and w₂ (up/down), the plane moves the probe.
  const stepOf = (event: KeyboardEvent) => (event.shiftKey ? 1 : 0.1);
  const delta = (event: KeyboardEvent): [number, number] | null => {
    switch (event.key) {
      case 'ArrowLeft': return [-1, 0];
      case 'ArrowRight': return [1, 0];
      case 'ArrowUp': return [0, 1];
      case 'ArrowDown': return [0, -1];
      default: return null;
    }
  };
  const clamp = (v: number) => Math.min(LIMIT, Math.max(-LIMIT, snap(v)));
  lineHandle.addEventListener('keydown', (event) => {
    const d = delta(event);
    if (!d) return;
    event.preventDefault();
    s = { ...s, b: clamp(s.b + (d[0] + d[1]) * stepOf(event)) };
    draw(true);
  });
  arrowHandle.addEventListener('keydown', (event) => {
    const d = delta(event);
    if (!d) return;
    event.preventDefault();
    s = { ...s, w1: clamp(s.w1 + d[0] * stepOf(event)), w2: clamp(s.w2 + d[1] * stepOf(event)) };
    draw(true);
  });
  q('[data-plane]').addEventListener('keydown', (event) => {
    const d = delta(event as KeyboardEvent);
    if (!d) return;
    event.preventDefault();
    const k = stepOf(event as KeyboardEvent) * 2.5;
    probe = inPlane([snap(probe[0] + d[0] * k), snap(probe[1] + d[1] * k)]);
    showFormula();
  });

  draw(false);
  root.dataset.ready = 'true';
}
