/** Behaviour of Network221.astro, started by the kit (kit/start.ts). */
import { bindNumberFields } from '../kit/field.ts';
import { timedRedraw } from '../kit/lifecycle.ts';
import { computeAll, opText, steps, valueText } from './model.ts';
import type { Mode, Values } from './model.ts';

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

  const redraw = () => timedRedraw(() => {
    const inputs: Values = {};
    for (const [name, handle] of fields) inputs[name] = handle.value();
    const values = computeAll(inputs);
    let bad = false;
    for (const el of valueEls) {
      const v = values[(el as HTMLElement).dataset.k ?? ''];
      if (!Number.isFinite(v)) bad = true;
      const text = valueText(v, (el as HTMLElement).dataset.v as Mode);
      if (el.textContent !== text) el.textContent = text;
    }
    for (const el of opEls) el.textContent = opText(values[el.dataset.op ?? '']);
    flag.hidden = !bad;
  });

  const showStep = (s: number) => {
    step = Math.max(0, Math.min(steps.length - 1, s));
    stepEls.forEach((el, i) => { el.hidden = i !== step; });
    prev.disabled = step === 0;
    next.disabled = step === steps.length - 1;
    count.textContent = countTemplate.replace('999', String(step + 1));
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
