// The parts of the library the activation gallery uses, loaded when it starts. Importing names
// (not the whole of src/forward/index.ts) keeps the rest of the library off the page.
export { formatNumber, getActivation, isActivationName } from '../../src/forward/index.ts';
