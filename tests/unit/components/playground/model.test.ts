import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Matrix, binaryCrossEntropy, buildNetwork, crossEntropyBatch, forward, mse, softmax } from '../../../../src/forward/index.ts';
import {
  DOMAIN, MAX_CUSTOM, MAX_LAYERS, MAX_STATE_CHARS, MAX_UNITS, N_POINTS, WEIGHT_LIMIT, batchOf, checkState, controlGroups, decodeState,
  defaultState, encodeState, exportCode, exportJson, featureIds, featureMatrix, featureValue, generateData, initNames, initialNetwork,
  isProblem, layerActivations, networkLoss, quantise, sizesOf, surface, taskIds, taskKind, trialStep,
} from '../../../../components/playground/model.ts';
import type { PlayState } from '../../../../components/playground/model.ts';
import { createRng } from '../../../../src/forward/index.ts';

const roundTrip = (s: PlayState) => {
  const back = decodeState(`#${encodeState(s)}`);
  assert.ok(back && !isProblem(back), `decoded ${JSON.stringify(back)}`);
  assert.deepEqual(back, s);
};

const withShape = (patch: Partial<PlayState>): PlayState => {
  const next = { ...defaultState(), ...patch };
  return { ...next, net: initialNetwork(next) };
};

test('doc examples: featureValue, surface, quantise, checkState', () => {
  assert.equal(featureValue('x1x2', 2, 3), 6);
  assert.equal(surface(0, 0), 0);
  assert.equal(quantise(0.123456789), 0.123457);
  const bad = checkState({ task: 'moon' });
  assert.ok(isProblem(bad));
  assert.equal(bad.problem, 'invalid');
  assert.match(bad.detail, /^task/);
  assert.deepEqual(sizesOf(defaultState()), [2, 4, 2, 1]);
});

test('every data set is deterministic per seed, inside the plane, with a quarter held out for testing', () => {
  for (const task of taskIds.filter((t) => t !== 'custom')) {
    const a = generateData(task, 0.2, 7);
    assert.deepEqual(a, generateData(task, 0.2, 7), task);
    assert.notDeepEqual(a, generateData(task, 0.2, 8), task);
    assert.equal(a.length, N_POINTS);
    assert.equal(a.filter((p) => p.test).length, N_POINTS / 4);
    for (const p of a) {
      assert.ok(p.x1 >= DOMAIN.lo && p.x1 <= DOMAIN.hi && p.x2 >= DOMAIN.lo && p.x2 <= DOMAIN.hi);
      if (taskKind(task) === 'binary') assert.ok(p.y === 0 || p.y === 1);
      if (taskKind(task) === 'multi') assert.ok([0, 1, 2].includes(p.y));
      if (taskKind(task) === 'regression') assert.ok(Number.isFinite(p.y));
    }
  }
  // Without noise the surface's targets are the surface itself.
  for (const p of generateData('surface', 0, 3)) assert.equal(p.y, surface(p.x1, p.x2));
  // Circle: class 1 inside radius 1.3, class 0 outside 1.9 before noise.
  for (const p of generateData('circle', 0, 3)) assert.equal(p.y, Math.hypot(p.x1, p.x2) < 1.6 ? 1 : 0);
  assert.deepEqual(generateData('custom', 0.3, 1, [[1, 2, 1]]), [{ x1: 1, x2: 2, y: 1, test: false }]);
});

test('the link state round-trips for every control', () => {
  roundTrip(defaultState());
  for (const task of taskIds) roundTrip(withShape({ task, points: task === 'custom' ? [[0.5, -1.25, 1], [2, 2, 0]] : [] }));
  for (const noise of [0, 0.35, 1]) roundTrip(withShape({ noise }));
  for (const seed of [0, 42, 2 ** 31 - 1]) roundTrip(withShape({ seed }));
  for (const f of featureIds) roundTrip(withShape({ features: [f] }));
  roundTrip(withShape({ features: [...featureIds] }));
  for (let depth = 0; depth <= MAX_LAYERS; depth++) {
    const layers = Array.from({ length: depth }, (_, k) => ({ units: 1 + ((k * 3) % MAX_UNITS), activation: layerActivations[k % layerActivations.length] }));
    roundTrip(withShape({ layers }));
  }
  for (const activation of layerActivations) roundTrip(withShape({ layers: [{ units: MAX_UNITS, activation }] }));
  for (const init of initNames) roundTrip(withShape({ init }));
  roundTrip(withShape({ initSeed: 123456 }));
  roundTrip(withShape({ hide: [...controlGroups] }));
  roundTrip(withShape({ hide: ['trial'] }));
  // An edited weight and bias travel exactly.
  const s = defaultState();
  s.net.layers[0].W[1][0] = -3.25;
  s.net.layers[1].b[0] = 0.000123456;
  roundTrip(s);
});

test('hostile or malformed link states are refused with a reason, never half-applied', () => {
  assert.equal(decodeState(''), null);
  assert.equal(decodeState('#top'), null);
  const long = decodeState(`#state=${'x'.repeat(MAX_STATE_CHARS + 1)}`);
  assert.ok(long && isProblem(long) && long.problem === 'tooLong');
  for (const text of ['{', '%E0%A4%A', 'NaN', '{"task":"circle",}']) {
    const r = decodeState(`#state=${text}`);
    assert.ok(r && isProblem(r) && r.problem === 'malformed', text);
  }
  const good = JSON.parse(decodeURIComponent(encodeState(defaultState()).slice(6)));
  const mutate = (fn: (o: any) => void) => {
    const o = structuredClone(good);
    fn(o);
    return decodeState(`#state=${encodeURIComponent(JSON.stringify(o))}`);
  };
  const refusals: [string, (o: any) => void][] = [
    ['array', (o) => { for (const k of Object.keys(o)) delete o[k]; Object.assign(o, { length: 0 }); }],
    ['unknown task', (o) => { o.task = 'moon'; }],
    ['noise too big', (o) => { o.noise = 2; }],
    ['noise as text', (o) => { o.noise = '0.1'; }],
    ['fractional seed', (o) => { o.seed = 1.5; }],
    ['negative seed', (o) => { o.seed = -1; }],
    ['no features', (o) => { o.features = []; }],
    ['repeated feature', (o) => { o.features = ['x1', 'x1']; }],
    ['unknown feature', (o) => { o.features = ['x3']; }],
    ['seven layers', (o) => { o.layers = Array.from({ length: MAX_LAYERS + 1 }, () => ({ units: 1, activation: 'tanh' })); }],
    ['nine units', (o) => { o.layers[0].units = MAX_UNITS + 1; }],
    ['zero units', (o) => { o.layers[0].units = 0; }],
    ['unknown activation', (o) => { o.layers[0].activation = 'softplus'; }],
    ['script as activation', (o) => { o.layers[0].activation = '<img src=x onerror=alert(1)>'; }],
    ['unknown init', (o) => { o.init = 'orthogonal'; }],
    ['weight too large', (o) => { o.net.layers[0].W[0][0] = WEIGHT_LIMIT * 10; }],
    ['weight as null (JSON of NaN)', (o) => { o.net.layers[0].W[0][0] = null; }],
    ['overflowing weight', (o) => { o.net.layers[0].W[0][0] = 1e999; }],
    ['missing row', (o) => { o.net.layers[0].W.pop(); }],
    ['missing bias', (o) => { o.net.layers[1].b = []; }],
    ['extra layer', (o) => { o.net.layers.push(o.net.layers[0]); }],
    ['points not a list', (o) => { o.points = 'many'; }],
    ['point outside', (o) => { o.points = [[4, 0, 1]]; }],
    ['point class 2', (o) => { o.points = [[0, 0, 2]]; }],
    ['too many points', (o) => { o.points = Array.from({ length: MAX_CUSTOM + 1 }, () => [0, 0, 1]); }],
    ['unknown group to hide', (o) => { o.hide = ['everything']; }],
    ['prototype in place of net', (o) => { o.net = JSON.parse('{"__proto__": {"layers": []}}'); }],
  ];
  for (const [name, fn] of refusals) {
    const r = mutate(fn);
    assert.ok(r && isProblem(r) && r.problem === 'invalid', `${name}: ${JSON.stringify(r)?.slice(0, 120)}`);
  }
  // Extra keys and __proto__ keys are ignored; nothing leaks into Object.prototype.
  const polluted = decodeState(`#state=${encodeURIComponent(JSON.stringify({ ...good, extra: 1 }).replace(/^\{/, '{"__proto__":{"polluted":true},'))}`);
  assert.ok(polluted && !isProblem(polluted));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal('extra' in polluted, false);
});

test('a trial step never raises the loss, and the loss it reports is the library’s', () => {
  for (const task of ['circle', 'blobs', 'surface', 'xor'] as const) {
    const s = withShape({ task, layers: [{ units: 5, activation: 'tanh' }, { units: 3, activation: 'relu' }] });
    const kind = taskKind(task);
    const train = batchOf(generateData(task, 0.1, 4), false)!;
    const F = featureMatrix(train.X, s.features);
    let net = s.net;
    let loss = networkLoss(net, kind, F, train.y);
    const rng = createRng(11);
    let kept = 0;
    for (let k = 0; k < 150; k++) {
      const trial = trialStep(net, kind, F, train.y, loss, rng, 0.1);
      assert.ok(trial.loss <= loss, `${task} step ${k}: ${trial.loss} > ${loss}`);
      if (trial.kept) kept++;
      net = trial.net;
      loss = trial.loss;
      assert.equal(networkLoss(net, kind, F, train.y), loss);
    }
    assert.ok(kept > 0, `${task}: some change was kept`);
  }
});

test('the loss matches the library’s losses applied sample by sample', () => {
  const s = withShape({ task: 'blobs' });
  const train = batchOf(generateData('blobs', 0.1, 2), false)!;
  const F = featureMatrix(train.X, s.features);
  const probs = Array.from({ length: train.X.rows }, (_, r) => [...softmax(forward(s.net, [train.X.data[2 * r], train.X.data[2 * r + 1]]))]);
  assert.ok(Math.abs(networkLoss(s.net, 'multi', F, train.y) - crossEntropyBatch(probs, train.y)) < 1e-12);
  const c = withShape({ task: 'circle', features: ['x1', 'x1sq', 'sinx2'] });
  const cb = batchOf(generateData('circle', 0.1, 2), false)!;
  const cp = Array.from({ length: cb.X.rows }, (_, r) => {
    const [x1, x2] = [cb.X.data[2 * r], cb.X.data[2 * r + 1]];
    return forward(c.net, [x1, x1 * x1, Math.sin(x2)])[0];
  });
  assert.ok(Math.abs(networkLoss(c.net, 'binary', featureMatrix(cb.X, c.features), cb.y) - binaryCrossEntropy(cp, cb.y)) < 1e-12);
  const r = withShape({ task: 'surface' });
  const rb = batchOf(generateData('surface', 0.1, 2), true)!;
  const rp = Array.from({ length: rb.X.rows }, (_, k) => forward(r.net, [rb.X.data[2 * k], rb.X.data[2 * k + 1]])[0]);
  assert.ok(Math.abs(networkLoss(r.net, 'regression', featureMatrix(rb.X, r.features), rb.y) - mse(rp, rb.y)) < 1e-12);
});

test('a network whose output overflows has no finite loss', () => {
  const s = withShape({ task: 'surface', layers: [{ units: 8, activation: 'identity' }, { units: 8, activation: 'identity' }] });
  const big = { layers: s.net.layers.map((l) => ({ ...l, W: l.W.map((row) => row.map(() => 1e200)) })) };
  const F = new Matrix(1, 2, Float64Array.of(1, 1));
  assert.ok(Number.isNaN(networkLoss(big, 'regression', F, Float64Array.of(0))));
});

test('initialisation is the library’s buildNetwork, quantised', () => {
  const s = withShape({ init: 'he', initSeed: 9, layers: [{ units: 3, activation: 'relu' }] });
  const lib = buildNetwork([2, 3, 1], ['relu', 'sigmoid'], { init: 'he', seed: 9 });
  assert.deepEqual(s.net.layers.map((l) => l.W), lib.layers.map((l) => l.W.map((row) => row.map(quantise))));
});

test('the export holds the network and a cell that rebuilds it', () => {
  const s = withShape({ task: 'blobs', features: ['x1', 'x2', 'x1x2'] });
  const json = JSON.parse(exportJson(s));
  assert.deepEqual(json.network, s.net);
  assert.deepEqual(json.features, ['x1', 'x2', 'x1x2']);
  const code = exportCode(s);
  assert.match(code, /^import \{ forward, softmax, formatVector \} from "forward";/);
  assert.ok(code.includes(JSON.stringify(s.net.layers[0].W)));
  assert.ok(code.includes('[x1, x2, x1 * x2]'));
});
