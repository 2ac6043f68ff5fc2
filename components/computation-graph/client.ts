/** Behaviour of ComputationGraph.astro: Step, Back and Reset (buttons or arrow keys) reveal the values in computing order. */
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { clampStep } from './model.ts';

export function start(root: HTMLElement): void {
  const values = JSON.parse(root.dataset.values ?? '[]') as string[];
  const texts = JSON.parse(root.dataset.texts ?? '[]') as string[];
  const template = root.dataset.template ?? '';
  const nodes = [...root.querySelectorAll<SVGGElement>('[data-node]')];
  const valueEls = [...root.querySelectorAll<SVGTextElement>('[data-value]')];
  const back = root.querySelector<HTMLButtonElement>('[data-back]')!;
  const stepBtn = root.querySelector<HTMLButtonElement>('[data-step]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  let step = 0;

  const show = (s: number) => timedRedraw(() => {
    step = clampStep(s);
    nodes.forEach((node, i) => {
      node.classList.toggle('is-done', i <= step);
      node.classList.toggle('is-current', i === step);
      setText(valueEls[i], i <= step ? values[i] : '?');
    });
    back.disabled = step === 0;
    stepBtn.disabled = step === values.length - 1;
    setText(status, template.replace('999', String(step + 1)).replace('@what', texts[step]).replace('@value', values[step]));
  });

  stepBtn.addEventListener('click', () => show(step + 1));
  back.addEventListener('click', () => show(step - 1));
  root.querySelector<HTMLButtonElement>('[data-reset]')!.addEventListener('click', () => show(0));
  root.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (target.tagName !== 'BUTTON') return;
    if (e.key === 'ArrowRight') show(step + 1);
    else if (e.key === 'ArrowLeft') show(step - 1);
    else if (e.key === 'Home') show(0);
    else return;
    e.preventDefault();
  });
  show(0);
}
