// The parts of the library the neuron explorer uses, loaded together when it starts. Importing
// names (not the whole of src/forward/index.ts) keeps the rest of the library off the page.
export { formatNumber, getActivation, isActivationName, neuron } from '../../src/forward/index.ts';
