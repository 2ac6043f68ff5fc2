/**
 * What the activation gallery shows: the five activations, each with its formula (TeX), its
 * derivative, the plot's ranges, and the gallery's words in both languages.
 */
import { leakyReluPrime, formatNumber } from '../../src/forward/index.ts';
import type { ActivationName } from '../../src/forward/index.ts';
import type { PlotBox } from './plot.ts';
import { stringsFor } from '../kit/messages.ts';
import type { Locale } from '../kit/messages.ts';

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

export const galleryText = {
  en: {
    probe: 'Probe position x',
    legendF: 'f(x), the function',
    legendDf: 'f′(x), its slope (dashed)',
    plotLabel: (title: string) => `Plot of ${title} (solid) and its derivative (dashed) for x from −4 to 4, with a marker at the probe position.`,
    offChart: 'The probe is outside the plotted range; the markers sit at the edge.',
    phi: 'Φ is the standard normal cumulative distribution function and φ its density.',
  },
  'zh-cn': {
    probe: '探针位置 x',
    legendF: 'f(x):函数本身',
    legendDf: 'f′(x):它的斜率(虚线)',
    plotLabel: (title: string) => `${title} 的函数图像(实线)与导数图像(虚线),x 取 −4 到 4,探针处有标记点。`,
    offChart: '探针超出了图的范围,标记点停在边缘。',
    phi: 'Φ 是标准正态分布的累积分布函数,φ 是它的密度函数。',
  },
} as const;

/** The gallery's words for a locale ('zh-cn', 'zh-CN' or anything else for English). */
export const galleryWords = stringsFor<(typeof galleryText)[Locale]>(galleryText);
