/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

type Label = (title: string, lo: string, hi: string) => string;

const en = {
  linearTitle: 'Stack of three linear layers',
  collapsedTitle: 'The one collapsed layer',
  reluTitle: 'Same stack, ReLU on the hidden layers',
  linearLabel: ((title, lo, hi) =>
    `${title}: the input plane from ${lo} to ${hi} on both axes, coloured by the network's output, orange below 0, white at 0, blue above 0. The white boundary is one straight line.`) as Label,
  collapsedLabel: ((title, lo, hi) =>
    `${title}: the same plane from ${lo} to ${hi} on the same colour scale; the picture is identical to the stack's, with the same straight boundary.`) as Label,
  reluLabel: ((title, lo, hi) =>
    `${title}: the input plane from ${lo} to ${hi} on both axes, coloured by the output, orange below 0, white at 0, blue above 0. The white boundary bends.`) as Label,
  positive: 'output above 0',
  negative: 'output below 0',
  scaleNote: 'Each picture runs from orange (negative) through white (0) to blue (positive), both colours at full strength; the stack and the collapsed layer share one scale.',
  newWeights: 'New random weights',
  seed: 'Seed',
  input: 'Input x',
  stackOut: 'Stack of three layers',
  collapsedOut: 'One collapsed layer',
  tableLabel: 'Outputs of the stack and of the collapsed layer for three inputs',
  parameters: (n: string) => `The stack has ${n} weights and biases; the collapsed layer has 3.`,
};

const zh: typeof en = {
  linearTitle: '三个线性层的堆叠',
  collapsedTitle: '合并后的一层',
  reluTitle: '同一堆叠，隐藏层用 ReLU',
  linearLabel: (title, lo, hi) =>
    `${title}：横纵坐标都从 ${lo} 到 ${hi} 的输入平面，按网络输出着色，小于 0 为橙色，等于 0 为白色，大于 0 为蓝色。白色分界是一条直线。`,
  collapsedLabel: (title, lo, hi) =>
    `${title}：同一个从 ${lo} 到 ${hi} 的平面，用同一色标；图与堆叠的完全相同，分界是同一条直线。`,
  reluLabel: (title, lo, hi) =>
    `${title}：横纵坐标都从 ${lo} 到 ${hi} 的输入平面，按输出着色，小于 0 为橙色，等于 0 为白色，大于 0 为蓝色。白色分界是弯折的。`,
  positive: '输出大于 0',
  negative: '输出小于 0',
  scaleNote: '每幅图从橙色（负）经白色（0）到蓝色（正），两种颜色都画到最深；堆叠与合并后的一层共用一个色标。',
  newWeights: '换一组随机权重',
  seed: '种子',
  input: '输入 x',
  stackOut: '三层堆叠',
  collapsedOut: '合并后的一层',
  tableLabel: '三个输入下，堆叠网络与合并后单层的输出',
  parameters: (n: string) => `这个堆叠共有 ${n} 个权重和偏置；合并后只剩 3 个。`,
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
