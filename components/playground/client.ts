/** Behaviour of Playground.astro: state, drawing through the library, editing, trial, sharing. */
import { createRng, formatNumber, forwardTrace, softmax } from '../../src/forward/index.ts';
import type { ActivationName, CompiledNetwork, InitName, LayerSpec, Matrix } from '../../src/forward/index.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { CLASS_COLOURS, Heatmap, cssColour, gridInputs } from '../kit/heatmap.ts';
import {
  COARSE, DOMAIN, GRID, MAX_CUSTOM, finiteBatch, accuracyOf, batchOf, compileLayers, controlGroups, decodeState, defaultState, encodeState,
  exportCode, exportJson, featureIds, featureMatrix, featureValue, generateData, initialNetwork, isProblem, layerOutputs, lossOf,
  networkLoss, outputLayer, prediction, taskKind, trialStep,
} from './model.ts';
import type { Batch, ControlGroup, DataPoint, FeatureId, PlayState, TaskId, TaskKind } from './model.ts';
import { playgroundStrings } from './strings.ts';
import { unitRange } from './units.ts';

const f = (v: number) => formatNumber(v);
/** How long a slider must rest before its preview is replaced by the full picture. */
const SETTLE_MS = 150;
const paren = (v: number) => (v < 0 ? `(${f(v)})` : f(v));
const SVG = 'http://www.w3.org/2000/svg';
const VIEW = 300;

/** Plane point → picture coordinates of the 300×300 overlay. */
const toView = (x1: number, x2: number): [number, number] => [
  ((x1 - DOMAIN.lo) / (DOMAIN.hi - DOMAIN.lo)) * VIEW, ((DOMAIN.hi - x2) / (DOMAIN.hi - DOMAIN.lo)) * VIEW,
];
const round2 = (v: number) => Math.round(v * 100) / 100 + 0;

interface Sel {
  layer: number; // 0 = input features, 1… = layers of the network
  unit: number;
}

/** Starts the playground in `root` (a [data-playground] element). */
export function start(root: HTMLElement): void {
  if (root.dataset.started) return;
  root.dataset.started = 'true';
  const t = playgroundStrings(document.documentElement.lang);
  const q = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel)!;
  const out = (name: string) => q(`[data-out="${name}"]`);
  const problem = (text: string) => { setText(out('problem'), text); };
  q('[data-start-note]').hidden = true;

  let state: PlayState = defaultState();
  const linked = decodeState(location.hash);
  if (linked && isProblem(linked)) problem(`${t.problems[linked.problem](linked.detail)} ${t.keptDefault}`);
  else if (linked) state = linked;

  // ---- controls ----
  const fields = bindNumberFields(root, (value, name, from) => onField(name, value, from));
  const taskSelect = q<HTMLSelectElement>('[data-control="task"]');
  const initSelect = q<HTMLSelectElement>('[data-control="init"]');
  const paramSelect = q<HTMLSelectElement>('[data-control="param"]');
  const actSelects = [...root.querySelectorAll<HTMLSelectElement>('select[data-activation]')];
  const featureBoxes = [...root.querySelectorAll<HTMLInputElement>('input[data-feature]')];
  const hideBoxes = [...root.querySelectorAll<HTMLInputElement>('input[data-hide]')];
  const layerRows = [...root.querySelectorAll<HTMLElement>('[data-layer]')];

  const syncControls = () => {
    taskSelect.value = state.task;
    initSelect.value = state.init;
    fields.get('noise')!.set(state.noise);
    fields.get('seed')!.set(state.seed);
    fields.get('initSeed')!.set(state.initSeed);
    fields.get('depth')!.set(state.layers.length);
    layerRows.forEach((row, k) => {
      row.hidden = k >= state.layers.length;
      if (k < state.layers.length) {
        fields.get(`units-${k}`)!.set(state.layers[k].units);
        actSelects[k].value = state.layers[k].activation;
      }
    });
    for (const box of featureBoxes) box.checked = state.features.includes(box.dataset.feature as FeatureId);
    for (const box of hideBoxes) box.checked = state.hide.includes(box.dataset.hide as ControlGroup);
    q('[data-custom]').hidden = state.task !== 'custom';
    setText(out('output-kind'), t.outputs[taskKind(state.task)]);
    out('softmax-note').hidden = taskKind(state.task) !== 'multi';
  };

  // ---- data and grid ----
  const grid = gridInputs(GRID, DOMAIN);
  const coarseGrid = gridInputs(GRID / COARSE, DOMAIN);
  let gridF: Matrix = featureMatrix(grid, state.features);
  let coarseF: Matrix = featureMatrix(coarseGrid, state.features);
  let gridKey = state.features.join();
  let points: DataPoint[] = [];
  let train: Batch | null = null;
  let test: Batch | null = null;
  let trainF: Matrix | null = null;
  let testF: Matrix | null = null;
  const refreshData = () => {
    points = generateData(state.task, state.noise, state.seed, state.points);
    train = batchOf(points, false);
    test = batchOf(points, true);
    trainF = train && featureMatrix(train.X, state.features);
    testF = test && featureMatrix(test.X, state.features);
    drawPoints();
  };
  const refreshGrid = () => {
    if (gridKey === state.features.join()) return;
    gridF = featureMatrix(grid, state.features);
    coarseF = featureMatrix(coarseGrid, state.features);
    gridKey = state.features.join();
  };

  // ---- pictures ----
  const outHeat = new Heatmap(q<HTMLCanvasElement>('[data-canvas="output"]'), GRID);
  const plot = q<SVGSVGElement>('[data-plot]');
  const pointLayer = q<SVGGElement>('[data-points]');
  const diagram = q('[data-diagram]');
  const edgesSvg = q<SVGSVGElement>('[data-edges]');
  let unitHeats: Heatmap[][] = [];
  let unitButtons: HTMLButtonElement[][] = [];
  let edgeLines: SVGLineElement[][][] = [];
  let shapeKey = '';
  let selected: Sel | null = null;
  let probe: [number, number] = [1, 1];
  let compiled: CompiledNetwork[] = compileLayers(state.net);
  let outputs: Matrix[] = [];

  const unitLabel = (l: number, i: number) =>
    l === 0 ? t.featureNames[state.features[i]] : t.unitName(l, i + 1, l === state.net.layers.length);

  const buildDiagram = () => {
    const key = `${state.features.join()}|${state.net.layers.map((l) => l.W.length).join()}`;
    if (key === shapeKey) return;
    shapeKey = key;
    paintedGrid = null;
    firstChanged = 0;
    for (const col of diagram.querySelectorAll('.pg-col')) col.remove();
    unitHeats = [];
    unitButtons = [];
    const sizes = [state.features.length, ...state.net.layers.map((l) => l.W.length)];
    sizes.forEach((n, l) => {
      const col = document.createElement('div');
      col.className = 'pg-col';
      const title = document.createElement('p');
      title.className = 'pg-col-title';
      setText(title, l === 0 ? t.inputs : l === sizes.length - 1 ? t.outputCol : t.layer(l));
      col.append(title);
      const heats: Heatmap[] = [];
      const buttons: HTMLButtonElement[] = [];
      for (let i = 0; i < n; i++) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'pg-unit-btn';
        const name = unitLabel(l, i);
        button.setAttribute('aria-label', l === 0 ? t.featureButton(name) : t.unitButton(name));
        button.setAttribute('aria-pressed', 'false');
        button.dataset.unit = `${l}-${i}`;
        const canvas = document.createElement('canvas');
        canvas.dataset.canvas = `unit-${l}-${i}`;
        const label = document.createElement('span');
        setText(label, name);
        label.setAttribute('aria-hidden', 'true');
        button.append(canvas, label);
        const choose = () => select({ layer: l, unit: i });
        button.addEventListener('focus', choose);
        button.addEventListener('click', choose);
        canvas.addEventListener('pointermove', (event) => {
          const box = canvas.getBoundingClientRect();
          setProbe(DOMAIN.lo + ((event.clientX - box.left) / box.width) * (DOMAIN.hi - DOMAIN.lo),
            DOMAIN.hi - ((event.clientY - box.top) / box.height) * (DOMAIN.hi - DOMAIN.lo));
        });
        heats.push(new Heatmap(canvas, GRID));
        buttons.push(button);
        col.append(button);
      }
      unitHeats.push(heats);
      unitButtons.push(buttons);
      diagram.append(col);
    });
    edgesSvg.replaceChildren();
    edgeLines = [];
    for (let l = 1; l < sizes.length; l++) {
      const layer: SVGLineElement[][] = [];
      for (let i = 0; i < sizes[l]; i++) {
        const row: SVGLineElement[] = [];
        for (let j = 0; j < sizes[l - 1]; j++) {
          const line = document.createElementNS(SVG, 'line');
          edgesSvg.append(line);
          row.push(line);
        }
        layer.push(row);
      }
      edgeLines.push(layer);
    }
    if (selected && (selected.layer >= sizes.length || selected.unit >= sizes[selected.layer])) selected = null;
    requestAnimationFrame(placeEdges);
  };

  const placeEdges = () => {
    const box = diagram.getBoundingClientRect();
    edgesSvg.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    const centre = (b: HTMLElement, side: 'l' | 'r'): [number, number] => {
      const r = b.getBoundingClientRect();
      return [(side === 'l' ? r.left : r.right) - box.left, r.top + r.height / 2 - box.top];
    };
    edgeLines.forEach((layer, l) => layer.forEach((row, i) => row.forEach((line, j) => {
      const [x1, y1] = centre(unitButtons[l][j], 'r');
      const [x2, y2] = centre(unitButtons[l + 1][i], 'l');
      line.setAttribute('x1', String(x1));
      line.setAttribute('y1', String(y1));
      line.setAttribute('x2', String(x2));
      line.setAttribute('y2', String(y2));
    })));
  };
  new ResizeObserver(() => placeEdges()).observe(diagram);

  const styleEdges = () => {
    const param = paramSelect.value;
    state.net.layers.forEach((layer, l) => layer.W.forEach((row, i) => row.forEach((w, j) => {
      const line = edgeLines[l]?.[i]?.[j];
      if (!line) return;
      line.setAttribute('stroke', w >= 0 ? 'rgb(33, 102, 172)' : 'rgb(179, 88, 6)');
      line.setAttribute('stroke-width', String(Math.min(6, 0.5 + 2 * Math.abs(w))));
      const chosen = selected !== null && selected.layer === l + 1 && selected.unit === i;
      line.setAttribute('stroke-opacity', chosen ? (param === `w-${j}` ? '1' : '0.8') : '0.35');
      line.setAttribute('stroke-dasharray', chosen && param === `w-${j}` ? '6 3' : '');
    })));
  };

  // The points are drawn as a few SVG paths, one per look (training or test, and colour), each holding
  // its points' circles: dragging the noise slider moves every point at every step, and a few hundred
  // circles restyled per step cost a frame on a slow phone (a canvas instead costs its upload).
  // A regression target's colour is rounded to one of 25 shades so that the paths stay few.
  const pointPaths = new Map<string, SVGPathElement>();
  const circle = (cx: number, cy: number, r: number) =>
    `M${round2(cx - r)} ${round2(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  const drawPoints = () => {
    const kind = taskKind(state.task);
    const shapes = new Map<string, string[]>();
    const add = (key: string, d: string) => {
      const list = shapes.get(key);
      if (list) list.push(d);
      else shapes.set(key, [d]);
    };
    for (const p of points) {
      const [cx, cy] = toView(p.x1, p.x2);
      const colour = kind === 'regression'
        ? cssColour(-1.5 + Math.round(((Math.min(1.5, Math.max(-1.5, p.y)) + 1.5) / 3) * 24) / 8, -1.5, 1.5)
        : `rgb(${CLASS_COLOURS[p.y].join(', ')})`;
      if (p.test) {
        add(`test ${colour}`, circle(cx, cy, 4));
        add('test-ring', circle(cx, cy, 5.6));
      } else {
        add(`train ${colour}`, circle(cx, cy, 3.8));
      }
    }
    for (const [key, el] of pointPaths) {
      if (!shapes.has(key)) {
        el.remove();
        pointPaths.delete(key);
      }
    }
    for (const [key, list] of shapes) {
      let el = pointPaths.get(key);
      if (!el) {
        el = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        const colour = key.slice(key.indexOf(' ') + 1);
        if (key === 'test-ring') el.setAttribute('style', 'fill:none;stroke:#111;stroke-width:0.8');
        else if (key.startsWith('test')) el.setAttribute('style', `fill:none;stroke:${colour};stroke-width:2.5`);
        else el.setAttribute('style', `fill:${colour};stroke:#fff;stroke-width:1.2`);
        pointLayer.append(el);
        pointPaths.set(key, el);
      }
      const d = list.join('');
      if (el.getAttribute('d') !== d) el.setAttribute('d', d);
    }
    root.dataset.points = String(points.length);
  };

  // ---- drawing everything from the state ----
  const rangeOf = (l: number, values: Float64Array, cols: number, col: number): [number, number] => {
    if (l === 0) return unitRange('identity', values, cols, col);
    const last = l === state.net.layers.length;
    const kind = taskKind(state.task);
    if (last && kind === 'multi') return [0, 1];
    if (last && kind === 'regression') return [-1.5, 1.5];
    return unitRange(state.net.layers[l - 1].activation, values, cols, col);
  };

  /** Every layer's values over one grid, and the compiled layers that made them. */
  interface GridRun { F: Matrix; layers: LayerSpec[]; compiled: CompiledNetwork[]; outputs: Matrix[] }
  /**
   * Runs the network's layers over the feature rows F, reusing `prev`'s layers before the first one
   * that changed (`from`); null when an output is not finite.
   */
  const runLayers = (F: Matrix, prev: GridRun | null): { run: GridRun; from: number } | null => {
    const layers = state.net.layers;
    let from = 0;
    if (prev && prev.F === F && prev.layers.length === layers.length) {
      while (from < layers.length && prev.layers[from] === layers[from]) from++;
    }
    const compiledNow = prev ? prev.compiled.slice(0, from) : [];
    const outputsNow = prev ? prev.outputs.slice(0, from) : [];
    let a = from === 0 ? F : outputsNow[from - 1];
    for (let l = from; l < layers.length; l++) {
      const [c] = compileLayers({ layers: [layers[l]] });
      const next = finiteBatch(c, a);
      if (!next) return null;
      a = next;
      compiledNow.push(c);
      outputsNow.push(a);
    }
    return { run: { F, layers: [...layers], compiled: compiledNow, outputs: outputsNow }, from };
  };
  // The last runs on the full and on the coarse grid; what is on screen (`outputs`, drawn at `shownStep`).
  let fine: GridRun | null = null;
  let coarse: GridRun | null = null;
  let firstChanged = 0;
  let shownStep = 1;
  let paintedGrid: Matrix | null = null;
  // The last state drawn from the full grid (every state on screen once the reader pauses).
  let settled: PlayState = state;
  let settleTimer = 0;
  /** Computes every layer over the full grid; false (and nothing changed) when an output is not finite. */
  const compute = (): boolean => {
    const result = runLayers(gridF, fine);
    if (!result) return false;
    fine = result.run;
    compiled = fine.compiled;
    outputs = fine.outputs;
    // Units drawn from the coarse grid are all drawn again.
    firstChanged = shownStep === 1 ? result.from : 0;
    shownStep = 1;
    return true;
  };

  const paint = () => {
    const kind = taskKind(state.task);
    const last = outputs[outputs.length - 1];
    const pred = prediction(kind, last);
    const step = shownStep;
    if (kind === 'multi') outHeat.paintClasses(pred.data, step);
    else if (kind === 'binary') outHeat.paint(pred.data, 1, 0, 0, 1, step);
    else outHeat.paint(pred.data, 1, 0, -1.5, 1.5, step);
    outHeat.canvas.dataset.kind = kind;
    // Input features, when they changed; units from the first changed layer on.
    if (paintedGrid !== gridF) {
      state.features.forEach((_, k) => {
        const [lo, hi] = rangeOf(0, gridF.data, gridF.cols, k);
        unitHeats[0][k].paint(gridF.data, gridF.cols, k, lo, hi);
      });
      paintedGrid = gridF;
    }
    outputs.forEach((m, l) => {
      if (l < firstChanged) return;
      const shown = l === outputs.length - 1 && kind === 'multi' ? pred : m;
      for (let i = 0; i < m.cols; i++) {
        const [lo, hi] = rangeOf(l + 1, shown.data, m.cols, i);
        unitHeats[l + 1][i].paint(shown.data, m.cols, i, lo, hi, step);
      }
    });
    // Loss and accuracy on the data.
    const stat = (batch: Batch | null, F: Matrix | null, lossName: string, accName: string) => {
      if (!batch || !F) {
        setText(out(lossName), t.none);
        setText(out(accName), t.none);
        return;
      }
      const p = prediction(kind, layerOutputs(compiled, F).at(-1)!);
      setText(out(lossName), f(lossOf(kind, p, batch.y)));
      const acc = accuracyOf(kind, p, batch.y);
      setText(out(accName), acc === null ? t.none : `${formatNumber(acc * 100, 3)}%`);
    };
    stat(train, trainF, 'train-loss', 'train-acc');
    stat(test, testF, 'test-loss', 'test-acc');
    styleEdges();
    showUnit();
    scheduleShare();
  };

  const redraw = () => timedRedraw(() => {
    refreshGrid();
    buildDiagram();
    if (!compute()) return;
    paint();
  });

  /**
   * Tries a new state: kept (and drawn) when its network's output is finite everywhere on the plane;
   * otherwise the last state that passed this check stays and a message says why.
   */
  const commit = (next: PlayState, opts: { data?: boolean } = {}) => {
    const began = performance.now();
    clearTimeout(settleTimer);
    const previewed = shownStep !== 1;
    delete root.dataset.preview;
    state = next;
    refreshGrid();
    if (!compute()) {
      state = settled;
      refreshGrid();
      compute();
      problem(t.notFinite);
      syncControls();
      if (previewed) {
        buildDiagram();
        paint();
      }
      return false;
    }
    settled = state;
    problem('');
    if (opts.data) refreshData();
    buildDiagram();
    paint();
    // The whole redraw after an edit, compile to pixels, as one `fw-redraw` measure.
    performance.measure('fw-redraw', { start: began, end: performance.now() });
    return true;
  };

  /**
   * While a slider is dragged: the new state drawn from the coarse grid (data-preview on the root), then
   * checked and drawn in full by commit once the reader pauses for SETTLE_MS. A state whose coarse
   * values are not finite goes to commit at once, which refuses it with its message.
   */
  const preview = (next: PlayState) => {
    const began = performance.now();
    const previous = state;
    state = next;
    const result = runLayers(coarseF, coarse);
    if (!result) {
      state = previous;
      commit(next);
      return;
    }
    coarse = result.run;
    compiled = coarse.compiled;
    outputs = coarse.outputs;
    firstChanged = shownStep === COARSE ? result.from : 0;
    shownStep = COARSE;
    root.dataset.preview = 'true';
    problem('');
    paint();
    performance.measure('fw-redraw', { start: began, end: performance.now() });
    clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => commit(state), SETTLE_MS);
  };

  const reshaped = (patch: Partial<PlayState>) => {
    const next = { ...state, ...patch };
    commit({ ...next, net: initialNetwork(next) }, { data: true });
  };

  // ---- the selected unit: formula at the pointer and its parameters ----
  const featuresAt = (x1: number, x2: number) => state.features.map((id) => featureValue(id, x1, x2));
  const inputName = (l: number, j: number) => (l === 0 ? t.featureNames[state.features[j]] : `h${l},${j + 1}`);

  const showUnit = () => {
    for (const [l, buttons] of unitButtons.entries()) {
      for (const [i, b] of buttons.entries()) b.setAttribute('aria-pressed', String(selected?.layer === l && selected?.unit === i));
    }
    const edit = q('[data-unit-edit]');
    const [p1, p2] = probe;
    if (!selected) {
      setText(out('unit-name'), t.noUnit);
      setText(out('unit-formula'), '');
      edit.hidden = true;
      return;
    }
    const { layer: l, unit: i } = selected;
    const name = unitLabel(l, i);
    setText(out('unit-name'), l === 0 ? t.featureButton(name) : t.unitButton(name));
    const x = featuresAt(p1, p2);
    const at = t.at(f(p1), f(p2));
    if (l === 0) {
      setText(out('unit-formula'), `${at}\n${name} = ${f(x[i])}`);
      edit.hidden = true;
      return;
    }
    const trace = forwardTrace(state.net, x);
    const layer = state.net.layers[l - 1];
    const aPrev = trace.a[l - 1];
    const terms = layer.W[i].map((w, j) => `${paren(w)}·${paren(aPrev[j])}`).join(' + ');
    const z = trace.z[l][i];
    const lines = [at, `z = ${terms} + ${paren(layer.b[i])} = ${f(z)}`];
    const last = l === state.net.layers.length;
    if (last && taskKind(state.task) === 'multi') lines.push(`p${i + 1} = softmax(z)${i + 1} = ${f(softmax(trace.z[l])[i])}`);
    else if (layer.activation !== 'identity') lines.push(`a = ${t.activations[layer.activation]}(${f(z)}) = ${f(trace.a[l][i])}`);
    else lines.push(`a = z = ${f(trace.a[l][i])}`);
    setText(out('unit-formula'), lines.join('\n'));
    edit.hidden = false;
    const keep = paramSelect.value;
    const options = ['b', ...layer.W[i].map((_, j) => `w-${j}`)];
    if (paramSelect.dataset.for !== `${l}-${i}`) {
      paramSelect.replaceChildren(...options.map((v) => {
        const o = document.createElement('option');
        o.value = v;
        setText(o, v === 'b' ? t.bias : t.weightFrom(inputName(l - 1, Number(v.slice(2)))));
        return o;
      }));
      paramSelect.dataset.for = `${l}-${i}`;
      paramSelect.value = options.includes(keep) ? keep : 'b';
    }
    const pv = paramSelect.value;
    fields.get('param')!.set(pv === 'b' ? layer.b[i] : layer.W[i][Number(pv.slice(2))]);
  };

  const select = (sel: Sel) => {
    if (selected?.layer === sel.layer && selected.unit === sel.unit) return;
    selected = sel;
    styleEdges();
    showUnit();
  };
  paramSelect.addEventListener('change', () => { styleEdges(); showUnit(); });

  const setProbe = (x1: number, x2: number) => {
    probe = [round2(Math.min(DOMAIN.hi, Math.max(DOMAIN.lo, x1))), round2(Math.min(DOMAIN.hi, Math.max(DOMAIN.lo, x2)))];
    const [cx, cy] = toView(...probe);
    q('[data-probe]').setAttribute('cx', String(cx));
    q('[data-probe]').setAttribute('cy', String(cy));
    root.dataset.probe = probe.join(',');
    showUnit();
  };

  // ---- reacting to controls ----
  function onField(name: string, value: number, from: 'text' | 'slider'): void {
    stopRun();
    if (name === 'noise') commit({ ...state, noise: value }, { data: true });
    else if (name === 'seed') commit({ ...state, seed: Math.round(value) }, { data: true });
    else if (name === 'initSeed') reshaped({ initSeed: Math.round(value) });
    else if (name === 'depth') {
      const depth = Math.round(value);
      const layers = Array.from({ length: depth }, (_, k) => ({
        units: Math.round(fields.get(`units-${k}`)!.value()), activation: actSelects[k].value as ActivationName,
      }));
      layerRows.forEach((row, k) => { row.hidden = k >= depth; });
      reshaped({ layers });
    } else if (name.startsWith('units-')) {
      const k = Number(name.slice(6));
      if (k >= state.layers.length) return;
      const layers = state.layers.map((l, j) => (j === k ? { ...l, units: Math.round(value) } : l));
      reshaped({ layers });
    } else if (name === 'param' && selected && selected.layer > 0) {
      const { layer: l, unit: i } = selected;
      const pv = paramSelect.value;
      const net = {
        layers: state.net.layers.map((layer, k) => (k !== l - 1 ? layer : {
          ...layer,
          W: layer.W.map((row, r) => (r !== i || pv === 'b' ? row : row.map((w, j) => (j === Number(pv.slice(2)) ? value : w)))),
          b: layer.b.map((b, r) => (r === i && pv === 'b' ? value : b)),
        })),
      };
      if (from === 'slider') preview({ ...state, net });
      else commit({ ...state, net });
    }
  }

  taskSelect.addEventListener('change', () => {
    stopRun();
    const task = taskSelect.value as TaskId;
    const sameOutput = outputLayer(taskKind(task)).units === outputLayer(taskKind(state.task)).units
      && outputLayer(taskKind(task)).activation === outputLayer(taskKind(state.task)).activation;
    if (sameOutput) commit({ ...state, task }, { data: true });
    else reshaped({ task });
    syncControls();
  });
  initSelect.addEventListener('change', () => reshaped({ init: initSelect.value as InitName }));
  actSelects.forEach((sel, k) => sel.addEventListener('change', () => {
    if (k >= state.layers.length) return;
    const activation = sel.value as ActivationName;
    const layers = state.layers.map((l, j) => (j === k ? { ...l, activation } : l));
    const net = { layers: state.net.layers.map((l, j) => (j === k ? { ...l, activation } : l)) };
    commit({ ...state, layers, net });
  }));
  for (const box of featureBoxes) {
    box.addEventListener('change', () => {
      const features = featureIds.filter((id) => featureBoxes.find((b) => b.dataset.feature === id)!.checked);
      if (features.length === 0) {
        box.checked = true;
        problem(t.needFeature);
        return;
      }
      reshaped({ features });
    });
  }
  for (const box of hideBoxes) {
    box.addEventListener('change', () => {
      const hide = controlGroups.filter((g) => hideBoxes.find((b) => b.dataset.hide === g)!.checked);
      state = { ...state, hide };
      settled = { ...settled, hide };
      scheduleShare();
    });
  }
  q('[data-action="reroll"]').addEventListener('click', () => {
    const initSeed = state.initSeed + 1;
    fields.get('initSeed')!.set(initSeed);
    reshaped({ initSeed });
  });
  q('[data-action="reinit"]').addEventListener('click', () => reshaped({}));
  q('[data-action="show-all"]').addEventListener('click', () => {
    for (const el of root.querySelectorAll('.pg-hidden-by-link')) el.classList.remove('pg-hidden-by-link');
    q('[data-classroom]').hidden = true;
  });

  // ---- placing points ----
  const placeClass = () => Number(root.querySelector<HTMLInputElement>('input[name="pg-class"]:checked')?.value ?? 1);
  const addPoint = (x1: number, x2: number) => {
    if (state.task !== 'custom') return;
    if (state.points.length >= MAX_CUSTOM) {
      problem(t.tooManyPoints(MAX_CUSTOM));
      return;
    }
    commit({ ...state, points: [...state.points, [round2(x1), round2(x2), placeClass()]] }, { data: true });
  };
  q('[data-action="clear-points"]').addEventListener('click', () => commit({ ...state, points: [] }, { data: true }));
  q('[data-action="remove-point"]').addEventListener('click', () => commit({ ...state, points: state.points.slice(0, -1) }, { data: true }));
  const planeOf = (event: MouseEvent): [number, number] => {
    const box = plot.getBoundingClientRect();
    return [DOMAIN.lo + ((event.clientX - box.left) / box.width) * (DOMAIN.hi - DOMAIN.lo),
      DOMAIN.hi - ((event.clientY - box.top) / box.height) * (DOMAIN.hi - DOMAIN.lo)];
  };
  plot.addEventListener('pointermove', (event) => setProbe(...planeOf(event)));
  plot.addEventListener('click', (event) => {
    const [x1, x2] = planeOf(event);
    setProbe(x1, x2);
    addPoint(probe[0], probe[1]);
  });
  plot.addEventListener('keydown', (event) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const m = moves[event.key];
    if (m) {
      event.preventDefault();
      const k = event.shiftKey ? 1 : 0.25;
      setProbe(probe[0] + m[0] * k, probe[1] + m[1] * k);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      addPoint(probe[0], probe[1]);
    }
  });

  // ---- lower the loss by trial ----
  let rng = createRng(state.initSeed + 7);
  let tried = 0;
  let kept = 0;
  let curve: number[] = [];
  let running = false;
  const runButton = q<HTMLButtonElement>('[data-action="run"]');
  const trainLoss = () => (train && trainF ? networkLoss(state.net, taskKind(state.task), trainF, train.y) : NaN);
  const drawCurve = () => {
    const pts = curve.slice(-300);
    const max = Math.max(...pts, 1e-12);
    const step = 300 / Math.max(1, pts.length - 1);
    q('[data-path="curve"]').setAttribute('points', pts.map((v, k) => `${round2(k * step)},${round2(76 - (v / max) * 72)}`).join(' '));
    setText(out('trial-status'), t.trialStatus(tried, kept));
  };
  const trySteps = (count: number): boolean => {
    if (!train || !trainF) return false;
    const kind: TaskKind = taskKind(state.task);
    let loss = trainLoss();
    if (!Number.isFinite(loss)) return false;
    let net = state.net;
    const size = fields.get('trialSize')!.value();
    for (let k = 0; k < count; k++) {
      const began = performance.now();
      const trial = trialStep(net, kind, trainF, train.y, loss, rng, size);
      performance.measure('pg-trial', { start: began, end: performance.now() });
      tried++;
      if (trial.kept) kept++;
      net = trial.net;
      loss = trial.loss;
      curve.push(loss);
    }
    if (net !== state.net) commit({ ...state, net });
    drawCurve();
    return true;
  };
  q('[data-action="trial"]').addEventListener('click', () => { stopRun(); trySteps(1); });
  const stopRun = () => {
    running = false;
    runButton.setAttribute('aria-pressed', 'false');
    setText(runButton, t.run);
  };
  runButton.addEventListener('click', () => {
    if (running) return stopRun();
    running = true;
    runButton.setAttribute('aria-pressed', 'true');
    setText(runButton, t.stop);
    const frame = () => {
      if (!running) return;
      if (!trySteps(10)) return stopRun();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

  // ---- share ----
  let shareTimer = 0;
  function scheduleShare(): void {
    clearTimeout(shareTimer);
    shareTimer = window.setTimeout(() => {
      history.replaceState(history.state, '', `#${encodeState(state)}`);
      q<HTMLInputElement>('[data-out="link"]').value = location.href;
      q<HTMLTextAreaElement>('[data-out="json"]').value = exportJson(state);
      q<HTMLTextAreaElement>('[data-out="code"]').value = exportCode(state);
      root.dataset.shared = String(Date.now());
    }, 200);
  }
  q('[data-action="copy"]').addEventListener('click', () => {
    const link = q<HTMLInputElement>('[data-out="link"]');
    navigator.clipboard?.writeText(link.value).then(
      () => { setText(out('copy-status'), t.copied); },
      () => { link.select(); setText(out('copy-status'), t.copyFailed); },
    ) ?? setText(out('copy-status'), t.copyFailed);
  });

  // ---- first draw ----
  if (state.hide.length > 0) {
    for (const g of state.hide) for (const el of root.querySelectorAll(`[data-group="${g}"]`)) el.classList.add('pg-hidden-by-link');
    q('[data-classroom]').hidden = false;
  }
  syncControls();
  refreshData();
  redraw();
  drawCurve();
  // Test hooks: the exact state behind the pictures.
  (root as HTMLElement & { playgroundState?: () => PlayState }).playgroundState = () => state;
}
