/**
 * What the activation gallery shows: the five activations, each with its formula (TeX), its
 * derivative and the plot's ranges.
 */
import { leakyReluPrime, formatNumber } from '../../src/forward/index.ts';
import type { ActivationName } from '../../src/forward/index.ts';
import type { PlotBox } from '../kit/plot.ts';

/** Leaky ReLU's slope for negative inputs, read from the library's derivative. */
export const leakySlope = leakyReluPrime(-1);

export interface GalleryCard {
  name: ActivationName;
  title: string;
  f: string;
  df: string;
  box: PlotBox;
}

const size = { x0: -4, x1: 4, width: 240, height: 140 };

export const galleryCards: GalleryCard[] = [
  {
    name: 'sigmoid',
    title: 'Sigmoid',
    f: String.raw`\sigma(x) = \dfrac{1}{1 + e^{-x}}`,
    df: String.raw`\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)`,
    box: { ...size, y0: -0.25, y1: 1.25 },
  },
  {
    name: 'tanh',
    title: 'Tanh',
    f: String.raw`\tanh(x) = \dfrac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
    df: String.raw`\tanh'(x) = 1 - \tanh^2(x)`,
    box: { ...size, y0: -1.25, y1: 1.25 },
  },
  {
    name: 'relu',
    title: 'ReLU',
    f: String.raw`\operatorname{ReLU}(x) = \max(0,\, x)`,
    df: String.raw`\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`,
    box: { ...size, y0: -1, y1: 4 },
  },
  {
    name: 'leakyRelu',
    title: 'Leaky ReLU',
    f: String.raw`\operatorname{LReLU}(x) = \begin{cases} x & x > 0 \\ ${formatNumber(leakySlope)}\,x & x \le 0 \end{cases}`,
    df: String.raw`\operatorname{LReLU}'(x) = \begin{cases} 1 & x > 0 \\ ${formatNumber(leakySlope)} & x \le 0 \end{cases}`,
    box: { ...size, y0: -1, y1: 4 },
  },
  {
    name: 'gelu',
    title: 'GELU',
    f: String.raw`\operatorname{GELU}(x) = x\,\Phi(x)`,
    df: String.raw`\operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x)`,
    box: { ...size, y0: -1, y1: 4 },
  },
];
