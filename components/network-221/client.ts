/** Behaviour of Network221.astro, started by the kit (kit/start.ts). */
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { Heatmap } from '../kit/heatmap.ts';
import { PICTURE_GRID, PLANE, computeAll, opText, pictureText, pictureUnits, pictures, steps, valueText } from './model.ts';
import type { Mode, PictureUnit, Values } from './model.ts';
import { dotAt, edgeSign, edgeWidth } from './draw.ts';
import { strings } from './strings.ts';

export function start(root: HTMLElement): void {
  const nodeMap = JSON.parse(root.dataset.nodeMap ?? '{}') as Record<string, string>;
  const valueEls = [...root.querySelectorAll<Element>('[data-v]')];
  const opEls = [...root.querySelectorAll<HTMLElement>('[data-op]')];
  const stepEls = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const prev = root.querySelector<HTMLButtonElement>('[data-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-next]')!;
  const count = root.querySelector<HTMLElement>('[data-count]')!;
  const flag = root.querySelector<HTMLElement>('[data-flag]')!;
  const countTemplate = count.dataset.template ?? '';
  let step = 0;
  const words = strings(document.documentElement.lang);
  const edgeEls = [...root.querySelectorAll<SVGGElement>('g.edge[data-k]')];
  const pics = pictureUnits.map((unit) => {
    const fig = root.querySelector<HTMLElement>(`[data-picture="${unit}"]`)!;
    return {
      unit,
      heat: new Heatmap(fig.querySelector<HTMLCanvasElement>('[data-canvas]')!, PICTURE_GRID),
      label: fig.querySelector<HTMLElement>('[data-picture-label]')!,
      dot: fig.querySelector<SVGCircleElement>('[data-dot]')!,
    };
  });
  const column: Record<PictureUnit, number> = { h0: 0, h1: 1, out: 0 };

  // Each unit's picture over the input plane, two batches through the library; a network whose
  // pre-activations overflow keeps its last pictures (the flag below the formulas says why).
  const paintPictures = (values: Values) => {
    let p: ReturnType<typeof pictures>;
    try {
      p = pictures(values);
    } catch {
      return;
    }
    const dot = dotAt([values.x_0, values.x_1], PLANE);
    for (const pic of pics) {
      const [lo, hi] = p.scale[pic.unit];
      if (pic.unit === 'out') pic.heat.paint(p.output, 1, 0, lo, hi);
      else pic.heat.paint(p.hidden, 2, column[pic.unit], lo, hi);
      pic.dot.setAttribute('cx', String(dot.cx));
      pic.dot.setAttribute('cy', String(dot.cy));
      pic.label.setAttribute('aria-label', pictureText(words, pic.unit, values, p.scale[pic.unit], dot.inside));
    }
  };

  const redraw = () => timedRedraw(() => {
    const inputs: Values = {};
    for (const [name, handle] of fields) inputs[name] = handle.value();
    const values = computeAll(inputs);
    let bad = false;
    for (const el of valueEls) {
      const v = values[(el as HTMLElement).dataset.k ?? ''];
      if (!Number.isFinite(v)) bad = true;
      const text = valueText(v, (el as HTMLElement).dataset.v as Mode);
      setText(el, text);
    }
    for (const el of opEls) setText(el, opText(values[el.dataset.op ?? '']));
    for (const el of edgeEls) {
      const w = values[el.dataset.k ?? ''];
      el.dataset.sign = edgeSign(w);
      el.style.setProperty('--edge-width', `${edgeWidth(w)}px`);
    }
    paintPictures(values);
    flag.hidden = !bad;
  });

  const showStep = (s: number) => {
    step = Math.max(0, Math.min(steps.length - 1, s));
    stepEls.forEach((el, i) => { el.hidden = i !== step; });
    prev.disabled = step === 0;
    next.disabled = step === steps.length - 1;
    setText(count, countTemplate.replace('999', String(step + 1)));
    const name = steps[step];
    for (const el of root.querySelectorAll<Element>('[data-node-step], [data-edge-step]')) {
      const on = ((el as HTMLElement).dataset.nodeStep ?? '').split(' ').includes(name) || (el as HTMLElement).dataset.edgeStep === name;
      el.classList.toggle('is-step', on);
    }
  };

  let hot: string | null = null;
  const light = (key: string | null) => {
    if (key === hot) return;
    for (const el of root.querySelectorAll('.is-hot')) el.classList.remove('is-hot');
    hot = key;
    if (!key) return;
    for (const el of root.querySelectorAll(`[data-k="${key}"]`)) el.classList.add('is-hot');
    const node = nodeMap[key];
    if (node) root.querySelector(`[data-node="${node}"]`)?.classList.add('is-hot');
  };
  const keyOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement | SVGElement>('[data-k]')?.dataset.k ?? null : null);
  root.addEventListener('pointerover', (e) => light(keyOf(e.target)));
  root.addEventListener('pointerleave', () => light(keyOf(document.activeElement)));
  root.addEventListener('focusin', (e) => light(keyOf(e.target)));
  root.addEventListener('focusout', (e) => { if (!root.contains(e.relatedTarget as Node | null)) light(null); });

  const fields = bindNumberFields(root, redraw);
  prev.addEventListener('click', () => showStep(step - 1));
  next.addEventListener('click', () => showStep(step + 1));
  root.querySelector<HTMLButtonElement>('[data-reset]')!.addEventListener('click', () => {
    for (const handle of fields.values()) handle.reset();
    redraw();
    showStep(0);
  });
  redraw();
  showStep(0);
}
