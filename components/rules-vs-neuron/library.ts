// The parts of the library the rules-versus-neuron widget uses, loaded when it starts. Importing
// names (not the whole of src/forward/index.ts) keeps the rest of the library off the page.
export { formatNumber } from '../../src/forward/index.ts';
