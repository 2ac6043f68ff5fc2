/** The activation gallery's words in both languages. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  probe: 'Probe position x',
  legendF: 'f(x), the function',
  legendDf: 'f′(x), its slope (dashed)',
  plotLabel: (title: string) => `Plot of ${title} (solid) and its derivative (dashed) for x from −4 to 4, with a marker at the probe position.`,
  offChart: 'The probe is outside the plotted range; the markers sit at the edge.',
  phi: 'Φ is the standard normal cumulative distribution function and φ its density.',
};

const zh: typeof en = {
  probe: '探针位置 x',
  legendF: 'f(x)：函数本身',
  legendDf: 'f′(x)：它的斜率（虚线）',
  plotLabel: (title: string) => `${title} 的函数图像（实线）与导数图像（虚线），x 取 −4 到 4，探针处有标记点。`,
  offChart: '探针超出了图的范围，标记点停在边缘。',
  phi: 'Φ 是标准正态分布的累积分布函数，φ 是它的密度函数。',
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
