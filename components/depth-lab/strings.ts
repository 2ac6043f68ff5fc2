/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  figureLabel: 'Spread of the activations layer by layer in a deep network',
  init: 'Initialisation',
  activation: 'Activation function',
  inits: { zeros: 'All zeros', small: 'Small random, 0.01·N(0, 1)', xavier: 'Xavier (uniform)', he: 'He (normal)', large: 'Large random, N(0, 1)' } as Record<string, string>,
  activations: { tanh: 'tanh', sigmoid: 'sigmoid', relu: 'ReLU' } as Record<string, string>,
  input: 'x',
  layerAxis: 'layer',
  stdHead: 'std',
  chartTitle: (init: string, act: string) => `Activations of 10 layers, ${init}, ${act}`,
  rowLabel: (l: number) => (l === 0 ? 'input' : `layer ${l}`),
  rowDesc: (label: string, p5: string, p95: string, median: string, std: string) => `${label}: 90% of values between ${p5} and ${p95}, median ${median}, standard deviation ${std}`,
  legend: 'Thin band: the middle 90% of a layer’s activations over the batch; thick box: the middle 50%; tick: the median; right: the standard deviation.',
  verdict: {
    dead: 'The signal dies: after a few layers every sample gives (almost) the same activations.',
    shrinking: 'The signal shrinks layer after layer: deeper layers see ever smaller differences between samples.',
    steady: 'The spread stays roughly the same from layer to layer: the signal survives the depth.',
    growing: 'The signal explodes: it grows layer after layer, by orders of magnitude.',
    saturated: 'The neurons saturate: most activations sit at the flat ends of the curve, where the slope is almost zero.',
  } as Record<string, string>,
  summary: (first: string, last: string) => `Standard deviation: ${first} after layer 1, ${last} after layer 10.`,
  /** The rows' descriptions as one text. */
  rows: (descs: string[]) => descs.join('; '),
};

const zh: typeof en = {
  figureLabel: '深层网络中逐层激活值的分布范围',
  init: '初始化',
  activation: '激活函数',
  inits: { zeros: '全零', small: '小随机数 0.01·N(0, 1)', xavier: 'Xavier（均匀分布）', he: 'He（正态分布）', large: '大随机数 N(0, 1)' },
  activations: { tanh: 'tanh', sigmoid: 'sigmoid', relu: 'ReLU' },
  input: 'x',
  layerAxis: '层',
  stdHead: '标准差',
  chartTitle: (init: string, act: string) => `10 层网络的激活值，${init}，${act}`,
  rowLabel: (l: number) => (l === 0 ? '输入' : `第 ${l} 层`),
  rowDesc: (label: string, p5: string, p95: string, median: string, std: string) => `${label}：90% 的值在 ${p5} 到 ${p95} 之间，中位数 ${median}，标准差 ${std}`,
  legend: '细带：一层激活值在整个批量上居中的 90%；粗框：居中的 50%；竖线：中位数；右侧：标准差。',
  verdict: {
    dead: '信号消失了：几层之后，每个样本得到的激活值（几乎）一模一样。',
    shrinking: '信号一层比一层小：越深的层，看到的样本之间的差别越小。',
    steady: '分布范围逐层大致不变：信号穿过了整个深度。',
    growing: '信号爆炸了：它一层比一层大，涨了好几个数量级。',
    saturated: '神经元饱和了：大多数激活值落在曲线平坦的两端，那里的斜率几乎为零。',
  },
  summary: (first: string, last: string) => `标准差：第 1 层之后是 ${first}，第 10 层之后是 ${last}。`,
  rows: (descs: string[]) => descs.join('；'),
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
