/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  depth: 'Depth (sigmoid layers)',
  zEach: 'Pre-activation z in every layer',
  factor: 'Factor per layer σ′(z)',
  product: 'Product over all layers',
  belowMillionth: 'less than one millionth',
  wholeDepth: (d: string) => `Depth counts whole layers; using ${d}.`,
  barsLabel: 'Bars on a logarithmic scale: the product of sigmoid derivatives for depths 1 to 20; the chosen depth is highlighted',
  depthAxis: 'depth',
};

const zh: typeof en = {
  depth: '深度（sigmoid 层数）',
  zEach: '每层的预激活值 z',
  factor: '每层的因子 σ′(z)',
  product: '所有层的乘积',
  belowMillionth: '不到百万分之一',
  wholeDepth: (d: string) => `层数只能是整数，这里按 ${d} 层计算。`,
  barsLabel: '对数刻度的柱状图：深度 1 到 20 时 sigmoid 导数的乘积，当前深度高亮',
  depthAxis: '深度',
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
