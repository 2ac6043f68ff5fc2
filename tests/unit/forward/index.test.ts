import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as forwardLib from '../../../src/forward/index.ts';

// The names other parts of the site code against: removing or renaming one must fail here.
const contract = [
  'vector', 'zeros', 'dot', 'add', 'sub', 'scale', 'Matrix', 'matrix', 'zerosMatrix', 'matVec', 'matMul', 'addBias',
  'sigmoid', 'tanh', 'relu', 'leakyRelu', 'gelu', 'geluTanh',
  'sigmoidPrime', 'tanhPrime', 'reluPrime', 'leakyReluPrime', 'geluPrime', 'geluTanhPrime',
  'erf', 'activationNames', 'getActivation', 'applyActivation',
  'softmax', 'softmaxNaive', 'logSoftmax', 'softmaxSteps',
  'mse', 'crossEntropy', 'crossEntropyFromLogits', 'binaryCrossEntropy', 'CE_EPSILON',
  'createRng', 'randn', 'initZeros', 'initSmallRandom', 'initXavier', 'initHe',
  'buildNetwork', 'forward', 'forwardBatch', 'forwardTrace', 'compileNetwork',
  'collapseLinear', 'sigmoidChainProduct', 'logitGradients', 'fitReluInterpolant', 'maxError', 'meanAbsError',
  'formatNumber', 'formatVector', 'formatError', 'neuron',
];

test('index.ts exports every name of the agreed API', () => {
  const exported = new Set(Object.keys(forwardLib));
  const missing = contract.filter((name) => !exported.has(name));
  assert.deepEqual(missing, []);
});

test('activationNames lists the seven agreed names', () => {
  assert.deepEqual([...forwardLib.activationNames], ['identity', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'gelu', 'geluTanh']);
});
