// The public door of the forward-propagation library: everything outside src/forward imports from here.
export type { Vector } from './vector.ts';
export { vector, zeros, dot, add, sub, scale } from './vector.ts';
export { Matrix, matrix, zerosMatrix, toMatrix, transpose, matVec, matMul, matMulTransB, addBias } from './matrix.ts';
export { erf, erfc } from './erf.ts';
export type { ActivationName, Activation } from './activations.ts';
export {
  sigmoid, tanh, relu, leakyRelu, gelu, geluTanh,
  sigmoidPrime, tanhPrime, reluPrime, leakyReluPrime, geluPrime, geluTanhPrime,
  activationNames, isActivationName, getActivation, applyActivation,
} from './activations.ts';
export type { SoftmaxSteps } from './softmax.ts';
export { softmax, softmaxNaive, logSoftmax, softmaxSteps, softmaxRows } from './softmax.ts';
export { CE_EPSILON, mse, crossEntropy, crossEntropyFromLogits, binaryCrossEntropy, crossEntropyBatch } from './losses.ts';
export { createRng, randn } from './random.ts';
export { initZeros, initSmallRandom, initXavier, initHe, xavierVariance } from './init.ts';
export type { LayerSpec, NetworkSpec, InitName, BuildOptions, ForwardTrace } from './network.ts';
export { buildNetwork, networkSizes, forward, forwardTrace } from './network.ts';
export type { CompiledNetwork, CompileOptions } from './fast/compile.ts';
export { forwardBatch, compileNetwork } from './fast/compile.ts';
// The WebAssembly kernel's bytes, for the notebook's sandbox (it admits this one module and no other).
export { simdKernelBytes } from './fast/simdKernel.ts';
export { collapseLinear } from './collapse.ts';
export { sigmoidChainProduct, sigmoidChainSteps } from './saturation.ts';
export type { LogitGradients } from './logitGradient.ts';
export { logitGradients } from './logitGradient.ts';
export type { Target } from './approximate.ts';
export { fitReluInterpolant, maxError, meanAbsError } from './approximate.ts';
export type { FormatOptions } from './format.ts';
export { formatNumber, formatVector, formatMatrix, formatError } from './format.ts';
export { neuron } from './neuron.ts';
export { argmax } from './argmax.ts';
