import { test } from 'node:test';
import assert from 'node:assert/strict';
import { example221, example221Network, weatherNeuron, crossEntropyExamples, stabilityLogits } from '../../../src/chapters/examples.ts';
import { networkSizes } from '../../../src/forward/index.ts';

test('example221 holds the article\'s data with W stored [out][in]', () => {
  assert.deepEqual(example221.X, [1.0, 0.5]);
  assert.deepEqual(example221.W1, [[0.2, 0.4], [0.3, -0.5]]);
  assert.deepEqual(example221.b1, [0.1, -0.2]);
  assert.deepEqual(example221.W2, [[0.7, 0.6]]);
  assert.deepEqual(example221.b2, [0.05]);
  assert.equal(example221.hidden, 'relu');
  assert.equal(example221.output, 'sigmoid');
});

test('example221Network() is a valid 2-2-1 spec and an independent copy', () => {
  const net = example221Network();
  assert.deepEqual(networkSizes(net), [2, 2, 1]);
  net.layers[0].W[0][0] = 99;
  assert.equal(example221.W1[0][0], 0.2);
  assert.equal(example221Network().layers[0].W[0][0], 0.2);
});

test('weatherNeuron, crossEntropyExamples and stabilityLogits hold the article\'s numbers', () => {
  assert.deepEqual(weatherNeuron.weights, [0.7, 0.1, -0.3]);
  assert.equal(weatherNeuron.bias, 0.2);
  assert.deepEqual(weatherNeuron.features, ['temperature', 'humidity', 'windSpeed']);
  assert.ok(weatherNeuron.samples.every((s) => s.x.length === 3 && s.x.every((v) => v >= 0 && v <= 1)));
  assert.deepEqual(crossEntropyExamples, { label: [1, 0, 0], good: [0.7, 0.2, 0.1], bad: [0.4, 0.3, 0.3] });
  assert.deepEqual(stabilityLogits, [1000, 1001, 1002]);
});

test('chapterNumber counts published chapters from 1 in reading order', async () => {
  const { chapterNumber, chapterSlugs } = await import('../../../src/chapters/index.ts');
  assert.equal(chapterNumber('neuron'), 2);
  assert.equal(chapterNumber(chapterSlugs[chapterSlugs.length - 1]), chapterSlugs.length);
  assert.throws(() => chapterNumber('nope' as never), /not a published chapter/);
});
