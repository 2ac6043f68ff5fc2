/** Behaviour of DepthLab.astro: picking an initialiser or an activation shows that pair's experiment, run by the library in a worker. */
import { formatNumber } from '../../src/forward/index.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { DEPTH, activations, depthSpreads, inits, verdict } from './model.ts';
import type { DepthActivation, DepthInit, LayerSpread } from './model.ts';
import { axisLimit, rowShapes } from './draw.ts';
import { strings } from './strings.ts';
import { ui } from '../kit/messages.ts';
import SpreadsWorker from './spreads-worker.ts?worker';
import type { SpreadsReply, SpreadsRequest } from './spreads-worker.ts';

const t = strings(document.documentElement.lang);
const m = ui(document.documentElement.lang);
const f = (v: number) => formatNumber(v, 2);

export function start(root: HTMLElement): void {
  const rows = [...root.querySelectorAll<SVGGElement>('[data-row]')];
  const out = (key: string) => root.querySelector<Element>(`[data-out="${key}"]`)!;
  const picked = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)!.value;
  const part = (row: Element, key: string) => row.querySelector<SVGElement>(`[data-part="${key}"]`)!;

  const draw = (init: DepthInit, act: DepthActivation, spreads: LayerSpread[]) => timedRedraw(() => {
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
      setText(part(rows[l], 'std'), f(s.std));
    });
    setText(out('lo'), f(-limit));
    setText(out('hi'), f(limit));
    setText(out('title'), t.chartTitle(t.inits[init], t.activations[act]));
    setText(out('desc'), t.rows(spreads.map((s, l) => t.rowDesc(t.rowLabel(l), f(s.p5), f(s.p95), f(s.p50), f(s.std)))));
    const v = verdict(spreads);
    const verdictEl = out('verdict') as HTMLElement;
    verdictEl.dataset.verdict = v;
    setText(verdictEl, m.sentences(t.verdict[v], t.summary(f(spreads[1].std), f(spreads[DEPTH].std))));
  });

  // Each pair's spreads are computed once, in a worker (a pair takes about 100 ms on a slow phone): the
  // worker works through every pair in the background from the start, and the reader's choice goes ahead
  // of the rest, so a choice is usually drawn at once. Where a worker cannot start (or fails), the
  // arithmetic runs on this thread.
  const known = new Map<string, LayerSpread[]>();
  const key = (init: string, act: string) => `${init}/${act}`;
  const chosen = () => ({ init: picked('dl-init') as DepthInit, act: picked('dl-act') as DepthActivation });
  let worker: Worker | null = null;
  const show = () => {
    const { init, act } = chosen();
    if (!inits.includes(init) || !activations.includes(act)) return;
    let spreads = known.get(key(init, act));
    if (!spreads && !worker) {
      spreads = depthSpreads(init, act);
      known.set(key(init, act), spreads);
    }
    if (spreads) draw(init, act, spreads);
    else worker!.postMessage({ init, act, now: true } satisfies SpreadsRequest);
  };
  try {
    worker = new SpreadsWorker();
    worker.onmessage = (event: MessageEvent<SpreadsReply>) => {
      const { init, act, spreads } = event.data;
      known.set(key(init, act), spreads);
      const now = chosen();
      if (now.init === init && now.act === act) draw(init, act, spreads);
    };
    worker.onerror = () => {
      worker = null;
      show();
    };
    for (const init of inits) for (const act of activations) worker.postMessage({ init, act } satisfies SpreadsRequest);
  } catch {
    worker = null;
  }

  root.addEventListener('change', show);
}
