import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeAll, defaultInputs, inputKeys, nodeOf, opText, outputKeys, specFrom, stepText, valueText } from '../../../../components/network-221/model.ts';
import { formatNumber, forwardTrace } from '../../../../src/forward/index.ts';
import { example221, example221Network } from '../../../../src/chapters/examples.ts';

test('defaultInputs() holds exactly the article example: X, W1, b1, W2, b2', () => {
  const v = defaultInputs();
  assert.deepEqual(Object.keys(v).sort(), [...inputKeys].sort());
  assert.deepEqual(specFrom(v), example221Network());
  assert.deepEqual([v.x_0, v.x_1], [...example221.X]);
});

test('computeAll(inputs) returns every z and a of forwardTrace on the same network', () => {
  const v = computeAll(defaultInputs());
  const trace = forwardTrace(example221Network(), example221.X);
  for (const key of outputKeys) {
    const [, L, i] = /^[za](\d)_(\d)$/.exec(key)!;
    const expected = trace[key[0] as 'z' | 'a'][Number(L)][Number(i)];
    assert.equal(v[key], expected, key);
  }
});

test('stepText(step, values) writes each step with the numbers formatted by the library', () => {
  const v = computeAll(defaultInputs());
  const f = (x: number) => formatNumber(x);
  assert.equal(stepText('a2', v, 'ReLU', 'σ'), `a2 = σ(${f(v.z2_0)}) = ${f(v.a2_0)} ≈ ${formatNumber(v.a2_0, 3)}`);
  assert.equal(stepText('z1', v, 'ReLU', 'σ').split('\n')[1],
    `z1[2] = ${f(v.W1_1_0)} × ${f(v.x_0)} − ${f(-v.W1_1_1)} × ${f(v.x_1)} − ${f(-v.b1_1)} = ${f(v.z1_1)}`);
});

test('valueText(v) shows a flag instead of NaN or Infinity', () => {
  assert.equal(valueText(NaN, 'plain'), '⚠');
  assert.equal(valueText(Infinity, 'abs'), '⚠');
  assert.equal(valueText(-2, 'factor'), '(-2)');
  assert.equal(opText(-0.5), '−');
  assert.equal(opText(0.5), '+');
});

test('nodeOf(key) finds the neuron of a value and none for a weight', () => {
  assert.equal(nodeOf('x_1'), 'in1');
  assert.equal(nodeOf('z1_0'), 'h0');
  assert.equal(nodeOf('b1_1'), 'h1');
  assert.equal(nodeOf('a2_0'), 'out');
  assert.equal(nodeOf('W1_0_1'), null);
});

test('pictures(v) holds each unit’s activation at every grid input, equal to forwardTrace there', async () => {
  const { PICTURE_GRID, PLANE, pictures } = await import('../../../../components/network-221/model.ts');
  const { gridPoint } = await import('../../../../components/kit/heatmap.ts');
  const v = defaultInputs();
  v.W1_1_1 = 0.8;
  const p = pictures(v);
  assert.equal(p.hidden.length, 2 * PICTURE_GRID * PICTURE_GRID);
  assert.equal(p.output.length, PICTURE_GRID * PICTURE_GRID);
  for (const [i, j] of [[0, 0], [17, 42], [59, 59], [30, 3]]) {
    const t = forwardTrace(specFrom(v), gridPoint(i, j, PICTURE_GRID, PLANE));
    const r = j * PICTURE_GRID + i;
    assert.equal(p.hidden[2 * r], t.a[1][0]);
    assert.equal(p.hidden[2 * r + 1], t.a[1][1]);
    assert.equal(p.output[r], t.a[2][0]);
  }
  assert.deepEqual(p.scale.out, [0, 1]);
  assert.equal(p.scale.h0[0], -p.scale.h0[1]);
  assert.ok(p.scale.h0[1] >= Math.max(...p.hidden));
});

test('hiddenScale(values) rounds the largest |a| up to a half, at least 1, e.g. [0, 0.7, 1.26] → 1.5, [0, 0] → 1', async () => {
  const { hiddenScale } = await import('../../../../components/network-221/model.ts');
  assert.equal(hiddenScale([0, 0.7, 1.26]), 1.5);
  assert.equal(hiddenScale([0, 0]), 1);
  assert.equal(hiddenScale([2]), 2);
});

test('pictureText names the unit, the scale and the value at X in both locales', async () => {
  const { pictureText } = await import('../../../../components/network-221/model.ts');
  const { strings } = await import('../../../../components/network-221/strings.ts');
  const v = computeAll(defaultInputs());
  const f = (x: number) => formatNumber(x);
  const en = pictureText(strings('en'), 'h0', v, [-1.5, 1.5], true);
  assert.ok(en.startsWith('h1: '), en);
  assert.ok(en.includes(`a = ${f(v.a1_0)}.`), en);
  assert.ok(en.includes(`X = (${f(v.x_0)}, ${f(v.x_1)})`), en);
  const zh = pictureText(strings('zh-cn'), 'out', v, [0, 1], false);
  assert.ok(zh.startsWith('输出：'), zh);
  assert.ok(zh.includes(`a2 = ${f(v.a2_0)}。`), zh);
  assert.ok(zh.includes('在平面之外'), zh);
});
