import { test } from 'node:test';
import { neuron } from '../../../src/forward/neuron.ts';
import { weatherNeuron } from '../../../src/chapters/examples.ts';
import { assertClose, assertThrowsWith } from './close.ts';

test('neuron(weights, bias, inputs) is z = Σ wᵢxᵢ + b with identity activation by default', () => {
  const r = neuron(weatherNeuron.weights, weatherNeuron.bias, [0.9, 0.4, 0.1]);
  assertClose(r.z, 0.7 * 0.9 + 0.1 * 0.4 - 0.3 * 0.1 + 0.2, 1e-15);
  assertClose(r.a, r.z, 0);
});

test('neuron(…, "sigmoid") applies the activation to z', () => {
  const r = neuron([0.7, 0.6], 0.05, [0.5, 0], 'sigmoid');
  assertClose(r.z, 0.4, 1e-15);
  assertClose(r.a, 1 / (1 + Math.exp(-0.4)), 1e-15);
});

test('with all inputs zero only the bias is left', () => {
  const r = neuron(weatherNeuron.weights, weatherNeuron.bias, [0, 0, 0]);
  assertClose(r.z, 0.2, 0);
});

test('neuron rejects mismatched lengths and unknown activations', () => {
  assertThrowsWith(() => neuron([1, 2], 0, [1]), 'neuron:', 'weights has length 2', 'inputs has length 1', 'expected equal');
  assertThrowsWith(() => neuron([1], 0, [1], 'step' as never), 'getActivation:', 'name', '"step"');
  assertThrowsWith(() => neuron([1], NaN, [1]), 'neuron:', 'bias', 'finite', 'NaN');
});
