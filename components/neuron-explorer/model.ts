/** The neuron explorer's plot ranges (one per activation); the numbers themselves come from the library. */
import type { ActivationName } from '../../src/forward/index.ts';
import type { PlotBox } from '../kit/plot.ts';

/** The plot range used to draw each activation in the explorer. */
export function plotBoxFor(name: ActivationName): PlotBox {
  const base = { x0: -4, x1: 4, width: 240, height: 120 };
  switch (name) {
    case 'sigmoid': return { ...base, y0: -0.25, y1: 1.25 };
    case 'tanh': return { ...base, y0: -1.25, y1: 1.25 };
    case 'identity': return { ...base, y0: -4, y1: 4 };
    default: return { ...base, y0: -1, y1: 4 };
  }
}
