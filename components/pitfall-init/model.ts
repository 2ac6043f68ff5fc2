/**
 * Pitfall 5 (all-zero initialisation): the data behind the widget, all computed by the forward library. The build renders
 * the default state with these functions and the widget's client calls them again on every change.
 */
import { buildNetwork, forwardTrace } from '../../src/forward/index.ts';
import { weatherNeuron } from '../../src/chapters/examples.ts';

/** Layer sizes of the pitfall 5 network: the three weather features, four hidden neurons, one output. */
export const INIT_SIZES = [3, 4, 1] as const;
export const INIT_SEED = 7;

/** The inputs of pitfall 5: the first three weather samples. */
export function initInputs(): number[][] {
  return weatherNeuron.samples.slice(0, 3).map((s) => [...s.x]);
}

/** Hidden activations a[1] for each input, with zero or small random initialisation. */
export function hiddenTable(init: 'zeros' | 'small', seed: number): { rows: number[][]; allSame: boolean } {
  const net = buildNetwork([...INIT_SIZES], ['sigmoid', 'sigmoid'], { init, seed });
  const rows = initInputs().map((x) => Array.from(forwardTrace(net, x).a[1]));
  const allSame = rows.every((row) => row.every((v) => v === row[0]));
  return { rows, allSame };
}
