/** Behaviour of DepthLab.astro: picking an initialiser or an activation reruns the experiment with the library. */
import { formatNumber } from '../../src/forward/index.ts';
import { timedRedraw } from '../kit/lifecycle.ts';
import { DEPTH, activations, depthSpreads, inits, verdict } from './model.ts';
import type { DepthActivation, DepthInit } from './model.ts';
import { axisLimit, rowShapes } from './draw.ts';
import { strings } from './strings.ts';

const t = strings(document.documentElement.lang);
const f = (v: number) => formatNumber(v, 2);

export function start(root: HTMLElement): void {
  const rows = [...root.querySelectorAll<SVGGElement>('[data-row]')];
  const out = (key: string) => root.querySelector<Element>(`[data-out="${key}"]`)!;
  const picked = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)!.value;
  const part = (row: Element, key: string) => row.querySelector<SVGElement>(`[data-part="${key}"]`)!;

  const redraw = () => timedRedraw(() => {
    const init = picked('dl-init') as DepthInit;
    const act = picked('dl-act') as DepthActivation;
    if (!inits.includes(init) || !activations.includes(act)) return;
    const spreads = depthSpreads(init, act);
    const limit = axisLimit(spreads);
    spreads.forEach((s, l) => {
      const r = rowShapes(s, limit);
      const band = part(rows[l], 'band');
      band.setAttribute('x', String(r.band.x));
      band.setAttribute('width', String(r.band.w));
      const box = part(rows[l], 'box');
      box.setAttribute('x', String(r.box.x));
      box.setAttribute('width', String(r.box.w));
      const median = part(rows[l], 'median');
      median.setAttribute('x1', String(r.median));
      median.setAttribute('x2', String(r.median));
      part(rows[l], 'std').textContent = f(s.std);
    });
    out('lo').textContent = f(-limit);
    out('hi').textContent = f(limit);
    out('title').textContent = t.chartTitle(t.inits[init], t.activations[act]);
    out('desc').textContent = spreads.map((s, l) => t.rowDesc(t.rowLabel(l), f(s.p5), f(s.p95), f(s.p50), f(s.std))).join('; ');
    const v = verdict(spreads);
    const verdictEl = out('verdict') as HTMLElement;
    verdictEl.dataset.verdict = v;
    verdictEl.textContent = `${t.verdict[v]} ${t.summary(f(spreads[1].std), f(spreads[DEPTH].std))}`;
  });

  root.addEventListener('change', redraw);
}
