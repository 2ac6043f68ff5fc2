/** Behaviour of ShapeWidget.astro: every valid field change rebuilds the network and reruns the batch. */
import { bindNumberFields } from '../kit/field.ts';
import { timedRedraw } from '../kit/lifecycle.ts';
import { MAX_BATCH, MAX_WIDTH, SHAPE_DEFAULTS, shapeReport, shapeText, sizeProblem } from './model.ts';
import { strings } from './strings.ts';

const t = strings(document.documentElement.lang);

export function start(root: HTMLElement): void {
  const rows = [...root.querySelectorAll<HTMLElement>('[data-layer]')];
  const out = (el: ParentNode, key: string) => el.querySelector<HTMLElement>(`[data-out="${key}"]`)!;
  const note = root.querySelector<HTMLElement>('[data-note]')!;
  const result = root.querySelector<HTMLElement>('[data-result]')!;
  const errorBox = root.querySelector<HTMLElement>('[data-error-box]')!;
  const labels = new Map([...root.querySelectorAll<HTMLElement>('[data-number-field]')].map((f) => [f.dataset.name!, f.querySelector('label')!.textContent ?? '']));
  // The last whole, in-range value of each field.
  const good = new Map<string, number>([['n', SHAPE_DEFAULTS.n], ['d', SHAPE_DEFAULTS.d], ...SHAPE_DEFAULTS.sizes.map((s, l) => [`s${l}`, s] as [string, number])]);

  const redraw = (value?: number, name?: string) => timedRedraw(() => {
    if (name !== undefined && value !== undefined) {
      const problem = sizeProblem(value, name === 'n' ? MAX_BATCH : MAX_WIDTH);
      const label = labels.get(name) ?? name;
      note.textContent = problem === 'whole' ? t.notWhole(label) : problem === 'range' ? t.outOfRange(label, name === 'n' ? MAX_BATCH : MAX_WIDTH) : '';
      if (!problem) good.set(name, value);
    }
    const n = good.get('n')!;
    const d = good.get('d')!;
    const sizes = SHAPE_DEFAULTS.sizes.map((_, l) => good.get(`s${l}`)!);
    const report = shapeReport(n, d, sizes);
    out(root, 'X').textContent = shapeText(report.X);
    report.layers.forEach((layer, i) => {
      out(rows[i], 'W').textContent = shapeText(layer.W);
      out(rows[i], 'b').textContent = shapeText(layer.b);
      out(rows[i], 'Z').textContent = shapeText(layer.Z);
      out(rows[i], 'A').textContent = shapeText(layer.A);
      out(rows[i], 'params').textContent = String(layer.params);
    });
    out(root, 'total').textContent = String(report.params);
    result.dataset.state = report.error ? 'error' : 'ok';
    out(root, 'verdict').textContent = report.error ? t.mismatch(d, sizes[0]) : t.ok(n, sizes[sizes.length - 1]);
    errorBox.hidden = !report.error;
    out(root, 'error').textContent = report.error ?? '';
  });

  bindNumberFields(root, (value, name) => redraw(value, name));
  redraw();
}
