/** Behaviour of PitfallSaturation.astro, loaded on the reader's first interaction (kit/start.ts). */
import { formatNumber } from '../../src/forward/index.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { MAX_DEPTH, START_DEPTH, START_Z, saturationDemo } from './model.ts';
import { saturationBars } from './draw.ts';
import { strings } from './strings.ts';

const t = strings(document.documentElement.lang);

export function start(root: HTMLElement): void {
  const out = (name: string) => root.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
  const rects = [...root.querySelectorAll<SVGRectElement>('[data-bar]')];
  const grid = [...root.querySelectorAll<SVGGElement>('[data-grid]')];
  const state = { depth: START_DEPTH, z: START_Z };
  const draw = () => timedRedraw(() => {
    const demo = saturationDemo(state.depth, state.z);
    setText(out('factor'), formatNumber(demo.factor, 4));
    setText(out('product'), formatNumber(demo.product, 4));
    out('flag').hidden = !(demo.product < 1e-6);
    const bars = saturationBars(demo.products, demo.depth);
    bars.bars.forEach((bar, i) => {
      rects[i].setAttribute('y', String(bar.y));
      rects[i].setAttribute('height', String(bar.h));
      rects[i].classList.toggle('pf-bar-on', bar.on);
    });
    bars.grid.forEach((g, i) => {
      const line = grid[i].querySelector('line')!;
      const text = grid[i].querySelector('text')!;
      line.setAttribute('y1', String(g.y));
      line.setAttribute('y2', String(g.y));
      text.setAttribute('y', String(g.y + 4));
      setText(text, g.label);
    });
  });
  const fields = bindNumberFields(root, (value, name) => {
    if (name === 'depth') {
      const depth = Math.min(MAX_DEPTH, Math.max(1, Math.round(value)));
      setText(out('note'), depth === value ? '' : t.wholeDepth(String(depth)));
      state.depth = depth;
    } else {
      state.z = value;
    }
    draw();
  });
  // The fields hold the build-time defaults unless the reader typed before this ran (then the
  // replayed input event updates the state); a rejected text reads as NaN and is ignored here.
  const depth = fields.get('depth')!.value();
  const z = fields.get('z')!.value();
  if (Number.isInteger(depth) && depth >= 1 && depth <= MAX_DEPTH) state.depth = depth;
  if (Number.isFinite(z)) state.z = z;
}
