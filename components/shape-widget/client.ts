/** Behaviour of ShapeWidget.astro: every valid field change rebuilds the network and reruns the batch. */
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
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
      setText(note, problem === 'whole' ? t.notWhole(label) : problem === 'range' ? t.outOfRange(label, name === 'n' ? MAX_BATCH : MAX_WIDTH) : '');
      if (!problem) good.set(name, value);
    }
    const n = good.get('n')!;
    const d = good.get('d')!;
    const sizes = SHAPE_DEFAULTS.sizes.map((_, l) => good.get(`s${l}`)!);
    const report = shapeReport(n, d, sizes);
    setText(out(root, 'X'), shapeText(report.X));
    report.layers.forEach((layer, i) => {
      setText(out(rows[i], 'W'), shapeText(layer.W));
      setText(out(rows[i], 'b'), shapeText(layer.b));
      setText(out(rows[i], 'Z'), shapeText(layer.Z));
      setText(out(rows[i], 'A'), shapeText(layer.A));
      setText(out(rows[i], 'params'), String(layer.params));
    });
    setText(out(root, 'total'), String(report.params));
    result.dataset.state = report.error ? 'error' : 'ok';
    setText(out(root, 'verdict'), report.error ? t.mismatch(d, sizes[0]) : t.ok(n, sizes[sizes.length - 1]));
    errorBox.hidden = !report.error;
    setText(out(root, 'error'), report.error ?? '');
  });

  bindNumberFields(root, (value, name) => redraw(value, name));
  redraw();
}
