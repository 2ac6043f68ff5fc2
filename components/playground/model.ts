/**
 * The playground's state and its maths-free parts: input features, data sets, the state in the URL,
 * the loss on the data and the "lower the loss by trial" step. Every forward pass, activation, loss
 * and initialisation is the library's (src/forward); data generators are drawing code, seeded with
 * the library's createRng.
 */
import {
  Matrix, binaryCrossEntropy, buildNetwork, compileNetwork, createRng, crossEntropyBatch, mse, randn, softmaxRows,
} from '../../src/forward/index.ts';
import type { ActivationName, CompiledNetwork, InitName, NetworkSpec } from '../../src/forward/index.ts';
import type { Domain } from '../kit/heatmap.ts';

/** The input plane: x₁, x₂ ∈ [−3, 3]. */
export const DOMAIN: Domain = { lo: -3, hi: 3 };
/** Samples per side of the output picture (GRID² in all). */
export const GRID = 100;
/**
 * While a parameter's slider is dragged, the pictures are computed on a grid COARSE times sparser per
 * side ((GRID/COARSE)² points, each drawn as a COARSE×COARSE block) and on the full grid once the reader
 * pauses: a quarter of the arithmetic keeps each step of the drag within one frame at 4× CPU slowdown.
 */
export const COARSE = 2;
/** Points in a generated data set (a quarter of them are test points). */
export const N_POINTS = 200;
/** Limits of the network's shape. */
export const MAX_LAYERS = 6;
export const MAX_UNITS = 8;
/** Largest |weight| or |bias| accepted, typed or read from a link. */
export const WEIGHT_LIMIT = 100;
/** Most points a reader may place. */
export const MAX_CUSTOM = 60;
/** Longest link state read (characters), so a hostile link cannot stall the page. */
export const MAX_STATE_CHARS = 20000;

/** Input features: the two coordinates and derived ones, each a function of (x₁, x₂). */
export const featureIds = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureId = (typeof featureIds)[number];

/** A feature's value at (x₁, x₂), e.g. `featureValue('x1x2', 2, 3)` → 6. */
export function featureValue(id: FeatureId, x1: number, x2: number): number {
  switch (id) {
    case 'x1': return x1;
    case 'x2': return x2;
    case 'x1sq': return x1 * x1;
    case 'x2sq': return x2 * x2;
    case 'x1x2': return x1 * x2;
    case 'sinx1': return Math.sin(x1);
    case 'sinx2': return Math.sin(x2);
  }
}

/** The same feature as TypeScript source over variables x1 and x2, for the exported code cell. */
export const featureSource: Record<FeatureId, string> = {
  x1: 'x1', x2: 'x2', x1sq: 'x1 * x1', x2sq: 'x2 * x2', x1x2: 'x1 * x2', sinx1: 'Math.sin(x1)', sinx2: 'Math.sin(x2)',
};

/** The feature rows of a batch of points (an n×2 Matrix of (x₁, x₂)) as an n×F Matrix. */
export function featureMatrix(X: Matrix, features: readonly FeatureId[]): Matrix {
  const F = new Matrix(X.rows, features.length);
  for (let r = 0; r < X.rows; r++) {
    const x1 = X.data[2 * r];
    const x2 = X.data[2 * r + 1];
    for (let k = 0; k < features.length; k++) F.data[r * features.length + k] = featureValue(features[k], x1, x2);
  }
  return F;
}

/** Data sets: five to classify, one with three classes, a regression surface and the reader's own points. */
export const taskIds = ['circle', 'xor', 'gauss', 'spiral', 'blobs', 'surface', 'custom'] as const;
export type TaskId = (typeof taskIds)[number];
/** What the output predicts: one probability, three class probabilities, or a number. */
export type TaskKind = 'binary' | 'multi' | 'regression';

export function taskKind(task: TaskId): TaskKind {
  return task === 'blobs' ? 'multi' : task === 'surface' ? 'regression' : 'binary';
}

/**
 * The output layer for a task: one sigmoid unit (binary cross-entropy), three identity units whose
 * logits go through softmax (cross-entropy), or one identity unit (mean squared error).
 */
export function outputLayer(kind: TaskKind): { units: number; activation: ActivationName } {
  return kind === 'binary' ? { units: 1, activation: 'sigmoid' } : kind === 'multi' ? { units: 3, activation: 'identity' } : { units: 1, activation: 'identity' };
}

/** A data point: its inputs, its label (class 0/1/2) or target value, and whether it is held out for testing. */
export interface DataPoint {
  x1: number;
  x2: number;
  y: number;
  test: boolean;
}

/** The regression surface y = sin(x₁)·cos(x₂), e.g. `surface(0, 0)` → 0. */
export function surface(x1: number, x2: number): number {
  return Math.sin(x1) * Math.cos(x2);
}

const clampDomain = (v: number) => Math.min(DOMAIN.hi, Math.max(DOMAIN.lo, v));

/**
 * A data set of N_POINTS points for a task, the same for the same (task, noise, seed); every fourth
 * point (index 3, 7, …) is a test point. Noise is the standard deviation of Gaussian jitter added to
 * the inputs (to the target for the surface). Custom tasks return the reader's points, all for training.
 * Shapes follow the TensorFlow Playground's data sets (circle, XOR, Gaussians, spiral), Apache-2.0.
 */
export function generateData(task: TaskId, noise: number, seed: number, custom: readonly [number, number, number][] = []): DataPoint[] {
  if (task === 'custom') return custom.map(([x1, x2, y]) => ({ x1, x2, y, test: false }));
  const rng = createRng(seed);
  const pts: DataPoint[] = [];
  const push = (x1: number, x2: number, y: number, i: number) => {
    const jx = task === 'surface' ? 0 : noise * randn(rng);
    const jy = task === 'surface' ? 0 : noise * randn(rng);
    pts.push({ x1: clampDomain(x1 + jx), x2: clampDomain(x2 + jy), y, test: i % 4 === 3 });
  };
  for (let i = 0; i < N_POINTS; i++) {
    switch (task) {
      case 'circle': {
        const inner = i % 2 === 0;
        const r = inner ? 1.3 * Math.sqrt(rng()) : 1.9 + 0.8 * rng();
        const a = 2 * Math.PI * rng();
        push(r * Math.cos(a), r * Math.sin(a), inner ? 1 : 0, i);
        break;
      }
      case 'xor': {
        const push0 = (u: number) => (u >= 0 ? u + 0.25 : u - 0.25);
        const x1 = push0(5 * rng() - 2.5);
        const x2 = push0(5 * rng() - 2.5);
        push(x1, x2, x1 * x2 > 0 ? 1 : 0, i);
        break;
      }
      case 'gauss': {
        const y = i % 2;
        const c = y === 1 ? 1.2 : -1.2;
        push(c + 0.6 * randn(rng), c + 0.6 * randn(rng), y, i);
        break;
      }
      case 'spiral': {
        const y = i % 2;
        const k = Math.floor(i / 2) / (N_POINTS / 2);
        const r = 2.8 * k;
        const a = 1.75 * 2 * Math.PI * k + y * Math.PI;
        push(r * Math.sin(a), r * Math.cos(a), y, i);
        break;
      }
      case 'blobs': {
        const y = i % 3;
        const a = Math.PI / 2 + (2 * Math.PI * y) / 3;
        push(1.6 * Math.cos(a) + 0.5 * randn(rng), 1.6 * Math.sin(a) + 0.5 * randn(rng), y, i);
        break;
      }
      case 'surface': {
        const x1 = 6 * rng() - 3;
        const x2 = 6 * rng() - 3;
        push(x1, x2, surface(x1, x2) + noise * randn(rng), i);
        break;
      }
    }
  }
  return pts;
}

/** One hidden layer: its number of units and its activation. */
export interface HiddenLayer {
  units: number;
  activation: ActivationName;
}

/** Activations a hidden layer may use. */
export const layerActivations: readonly ActivationName[] = ['identity', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'gelu'];
export const initNames: readonly InitName[] = ['zeros', 'small', 'xavier', 'he'];
/** Groups of controls a classroom link can hide. */
export const controlGroups = ['data', 'features', 'network', 'weights', 'trial'] as const;
export type ControlGroup = (typeof controlGroups)[number];

/** Everything the playground shows, as plain JSON: what the URL holds. */
export interface PlayState {
  task: TaskId;
  noise: number;
  seed: number;
  features: FeatureId[];
  layers: HiddenLayer[];
  init: InitName;
  initSeed: number;
  /** The weights, shaped by features, layers and the task's output. */
  net: NetworkSpec;
  /** Points placed by the reader [x₁, x₂, class 0/1]. */
  points: [number, number, number][];
  hide: ControlGroup[];
}

/** Weights are kept to 6 significant digits, so the link holds them exactly, e.g. `quantise(0.123456789)` → 0.123457. */
export function quantise(v: number): number {
  return Number(v.toPrecision(6)) + 0;
}

/** Layer sizes of a state's network, inputs first, e.g. [2, 4, 2, 1]. */
export function sizesOf(s: Pick<PlayState, 'features' | 'layers' | 'task'>): number[] {
  return [s.features.length, ...s.layers.map((l) => l.units), outputLayer(taskKind(s.task)).units];
}

/** A freshly initialised network for the state's shape (the library's buildNetwork), weights quantised. */
export function initialNetwork(s: Pick<PlayState, 'features' | 'layers' | 'task' | 'init' | 'initSeed'>): NetworkSpec {
  const acts = [...s.layers.map((l) => l.activation), outputLayer(taskKind(s.task)).activation];
  const net = buildNetwork(sizesOf(s), acts, { init: s.init, seed: s.initSeed });
  return { layers: net.layers.map((l) => ({ W: l.W.map((row) => row.map(quantise)), b: l.b.map(quantise), activation: l.activation })) };
}

/** The playground's first state: the circle, x₁ and x₂, two tanh layers of 4 and 2 units, Xavier weights. */
export function defaultState(): PlayState {
  const base = {
    task: 'circle' as TaskId, noise: 0.1, seed: 1, features: ['x1', 'x2'] as FeatureId[],
    layers: [{ units: 4, activation: 'tanh' as ActivationName }, { units: 2, activation: 'tanh' as ActivationName }],
    init: 'xavier' as InitName, initSeed: 1, points: [] as [number, number, number][], hide: [] as ControlGroup[],
  };
  return { ...base, net: initialNetwork(base) };
}

/** Why a state (from a link or an edit) was refused: a message key and the detail. */
export interface StateProblem {
  problem: 'tooLong' | 'malformed' | 'invalid';
  detail: string;
}

const isInt = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const isNum = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);
const own = (o: object, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);

/**
 * Checks untrusted data (a parsed link) and returns a fresh, fully checked state or the first problem
 * found, e.g. `checkState({ task: 'moon' })` → { problem: 'invalid', detail: 'task …' }.
 */
export function checkState(raw: unknown): PlayState | StateProblem {
  const bad = (detail: string): StateProblem => ({ problem: 'invalid', detail });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return bad('the state is not an object');
  const task = own(raw, 'task');
  if (!oneOf(taskIds, task)) return bad(`task must be one of ${taskIds.join(', ')}`);
  const noise = own(raw, 'noise');
  if (!isNum(noise, 0, 1)) return bad('noise must be a number from 0 to 1');
  const seed = own(raw, 'seed');
  if (!isInt(seed, 0, 2 ** 31 - 1)) return bad('seed must be a whole number from 0 to 2147483647');
  const featuresRaw = own(raw, 'features');
  if (!Array.isArray(featuresRaw) || featuresRaw.length < 1 || featuresRaw.length > featureIds.length || !featuresRaw.every((f) => oneOf(featureIds, f))) {
    return bad(`features must list 1 to ${featureIds.length} of ${featureIds.join(', ')}`);
  }
  const features = featureIds.filter((f) => featuresRaw.includes(f));
  if (features.length !== featuresRaw.length) return bad('features must not repeat');
  const layersRaw = own(raw, 'layers');
  if (!Array.isArray(layersRaw) || layersRaw.length > MAX_LAYERS) return bad(`layers must be a list of 0 to ${MAX_LAYERS} hidden layers`);
  const layers: HiddenLayer[] = [];
  for (const l of layersRaw) {
    if (l === null || typeof l !== 'object') return bad('each layer must be { units, activation }');
    const units = own(l, 'units');
    const activation = own(l, 'activation');
    if (!isInt(units, 1, MAX_UNITS)) return bad(`a layer has 1 to ${MAX_UNITS} units`);
    if (!oneOf(layerActivations, activation)) return bad(`a layer's activation must be one of ${layerActivations.join(', ')}`);
    layers.push({ units, activation });
  }
  const init = own(raw, 'init');
  if (!oneOf(initNames, init)) return bad(`init must be one of ${initNames.join(', ')}`);
  const initSeed = own(raw, 'initSeed');
  if (!isInt(initSeed, 0, 2 ** 31 - 1)) return bad('initSeed must be a whole number from 0 to 2147483647');
  const pointsRaw = own(raw, 'points');
  if (!Array.isArray(pointsRaw) || pointsRaw.length > MAX_CUSTOM) return bad(`points must be a list of at most ${MAX_CUSTOM} points`);
  const points: [number, number, number][] = [];
  for (const p of pointsRaw) {
    if (!Array.isArray(p) || p.length !== 3 || !isNum(p[0], DOMAIN.lo, DOMAIN.hi) || !isNum(p[1], DOMAIN.lo, DOMAIN.hi) || !isInt(p[2], 0, 1)) {
      return bad(`each point must be [x₁, x₂, class] with x₁, x₂ in [${DOMAIN.lo}, ${DOMAIN.hi}] and class 0 or 1`);
    }
    points.push([p[0], p[1], p[2]]);
  }
  const hideRaw = own(raw, 'hide');
  if (!Array.isArray(hideRaw) || !hideRaw.every((h) => oneOf(controlGroups, h))) return bad(`hide must list some of ${controlGroups.join(', ')}`);
  const hide = controlGroups.filter((g) => hideRaw.includes(g));
  const shape = { task, features, layers };
  const sizes = sizesOf(shape);
  const netRaw = own(raw, 'net');
  const layersNet = netRaw !== null && typeof netRaw === 'object' ? own(netRaw, 'layers') : undefined;
  if (!Array.isArray(layersNet) || layersNet.length !== sizes.length - 1) return bad(`net must have ${sizes.length - 1} layers for this shape`);
  const acts = [...layers.map((l) => l.activation), outputLayer(taskKind(task)).activation];
  const net: NetworkSpec = { layers: [] };
  for (let l = 0; l < layersNet.length; l++) {
    const L = layersNet[l];
    const W = L !== null && typeof L === 'object' ? own(L, 'W') : undefined;
    const b = L !== null && typeof L === 'object' ? own(L, 'b') : undefined;
    const [inn, out] = [sizes[l], sizes[l + 1]];
    const okRow = (row: unknown, n: number) => Array.isArray(row) && row.length === n && row.every((v) => isNum(v, -WEIGHT_LIMIT, WEIGHT_LIMIT));
    if (!Array.isArray(W) || W.length !== out || !W.every((row) => okRow(row, inn)) || !okRow(b, out)) {
      return bad(`net layer ${l + 1} must hold a ${out}×${inn} W and ${out} biases, each a number within ±${WEIGHT_LIMIT}`);
    }
    net.layers.push({ W: (W as number[][]).map((row) => row.map(quantise)), b: (b as number[]).map(quantise), activation: acts[l] });
  }
  return { task, noise, seed, features, layers, init, initSeed, net, points, hide };
}

/** True when a check returned a problem rather than a state. */
export function isProblem(v: PlayState | StateProblem): v is StateProblem {
  return 'problem' in v;
}

/** The state as the text after `#` in the link (URI-encoded JSON without the layers' activations, which the shape gives). */
export function encodeState(s: PlayState): string {
  const net = { layers: s.net.layers.map((l) => ({ W: l.W, b: l.b })) };
  return `state=${encodeURIComponent(JSON.stringify({ ...s, net }))}`;
}

/** Reads a link's hash (with or without '#'): null when it holds no state, else a checked state or the problem. */
export function decodeState(hash: string): PlayState | StateProblem | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.startsWith('state=')) return null;
  const body = text.slice('state='.length);
  if (body.length > MAX_STATE_CHARS) return { problem: 'tooLong', detail: `${body.length} characters` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(body));
  } catch (error) {
    return { problem: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
  return checkState(parsed);
}

/** Each layer of a network compiled on its own, so every layer's activations over a batch can be drawn. */
export function compileLayers(net: NetworkSpec): CompiledNetwork[] {
  return net.layers.map((layer) => compileNetwork({ layers: [layer] }, { unroll: false }));
}

/** Every layer's activations for a batch of feature rows (the last is the output: logits for three classes). */
export function layerOutputs(layers: readonly CompiledNetwork[], F: Matrix): Matrix[] {
  const outs: Matrix[] = [];
  let a = F;
  for (const layer of layers) {
    a = layer.forwardBatch(a);
    outs.push(a);
  }
  return outs;
}

/** The prediction from the output layer: probabilities (sigmoid or softmax of the logits) or values. */
export function prediction(kind: TaskKind, out: Matrix): Matrix {
  return kind === 'multi' ? softmaxRows(out) : out;
}

/** True when every entry is a finite number. */
export function allFinite(m: Matrix): boolean {
  const d = m.data;
  for (let i = 0; i < d.length; i++) if (!(d[i] - d[i] === 0)) return false;
  return true;
}

/** The points as a batch: their inputs (n×2), labels or targets, for training or test points. */
export interface Batch {
  X: Matrix;
  y: Float64Array;
}

export function batchOf(points: readonly DataPoint[], test: boolean): Batch | null {
  const chosen = points.filter((p) => p.test === test);
  if (chosen.length === 0) return null;
  const X = new Matrix(chosen.length, 2);
  chosen.forEach((p, i) => { X.data[2 * i] = p.x1; X.data[2 * i + 1] = p.x2; });
  return { X, y: Float64Array.from(chosen.map((p) => p.y)) };
}

/** The task's loss on a batch from its prediction (the library's losses): BCE, cross-entropy or MSE. */
export function lossOf(kind: TaskKind, pred: Matrix, y: Float64Array): number {
  if (kind === 'binary') return binaryCrossEntropy(pred.data, y);
  if (kind === 'multi') return crossEntropyBatch(pred, y);
  return mse(pred.data, y);
}

/** Fraction of points classified right (the larger probability, or p ≥ 0.5); null for regression. */
export function accuracyOf(kind: TaskKind, pred: Matrix, y: Float64Array): number | null {
  if (kind === 'regression') return null;
  let right = 0;
  for (let r = 0; r < pred.rows; r++) {
    let label: number;
    if (kind === 'binary') label = pred.data[r] >= 0.5 ? 1 : 0;
    else {
      const o = 3 * r;
      label = pred.data[o] >= pred.data[o + 1] ? (pred.data[o] >= pred.data[o + 2] ? 0 : 2) : pred.data[o + 1] >= pred.data[o + 2] ? 1 : 2;
    }
    if (label === y[r]) right++;
  }
  return right / pred.rows;
}

/**
 * `c.forwardBatch(a)`, or null when the result would not be finite: the library throws when a
 * pre-activation overflows, and an activation can still return ±∞ (identity) from finite inputs.
 */
export function finiteBatch(c: CompiledNetwork, a: Matrix): Matrix | null {
  let out: Matrix;
  try {
    out = c.forwardBatch(a);
  } catch {
    return null;
  }
  return allFinite(out) ? out : null;
}

/** The loss of a network on a batch of feature rows, or NaN when the network's output is not finite. */
export function networkLoss(net: NetworkSpec, kind: TaskKind, F: Matrix, y: Float64Array): number {
  const out = finiteBatch(compileNetwork(net, { unroll: false }), F);
  if (!out) return NaN;
  return lossOf(kind, prediction(kind, out), y);
}

/** The result of one trial: the network kept, its loss, and whether the change was kept. */
export interface Trial {
  net: NetworkSpec;
  loss: number;
  kept: boolean;
}

/**
 * One step of "lower the loss by trial" (random search, not how networks are trained): every weight
 * and bias moves by size·N(0, 1) (quantised), and the change is kept only if the loss on the training
 * batch F, y drops below `loss`. The returned loss never exceeds `loss`.
 */
export function trialStep(net: NetworkSpec, kind: TaskKind, F: Matrix, y: Float64Array, loss: number, rng: () => number, size: number): Trial {
  const clamp = (v: number) => Math.min(WEIGHT_LIMIT, Math.max(-WEIGHT_LIMIT, quantise(v)));
  const next: NetworkSpec = {
    layers: net.layers.map((l) => ({
      W: l.W.map((row) => row.map((w) => clamp(w + size * randn(rng)))),
      b: l.b.map((b) => clamp(b + size * randn(rng))),
      activation: l.activation,
    })),
  };
  const nextLoss = networkLoss(next, kind, F, y);
  return nextLoss < loss ? { net: next, loss: nextLoss, kept: true } : { net, loss, kept: false };
}

/** The network and its features as JSON for export. */
export function exportJson(s: PlayState): string {
  return JSON.stringify({ features: s.features, task: s.task, network: s.net }, null, 2);
}

/** A code cell (TypeScript over the library) that rebuilds the network and runs it on one point. */
export function exportCode(s: PlayState): string {
  const kind = taskKind(s.task);
  const layers = s.net.layers.map((l) => `    { W: ${JSON.stringify(l.W)}, b: ${JSON.stringify(l.b)}, activation: "${l.activation}" },`);
  const names = kind === 'multi' ? 'forward, softmax, formatVector' : 'forward, formatVector';
  const out = kind === 'multi' ? 'softmax(forward(net, features(x1, x2)))' : 'forward(net, features(x1, x2))';
  return [
    `import { ${names} } from "forward";`,
    'const net = {',
    '  layers: [',
    ...layers,
    '  ],',
    '};',
    `const features = (x1: number, x2: number) => [${s.features.map((f) => featureSource[f]).join(', ')}];`,
    'const [x1, x2] = [1, 0.5];',
    `formatVector(${out})`,
  ].join('\n');
}
