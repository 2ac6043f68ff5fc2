/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  linearTitle: 'Without activations',
  reluTitle: 'With ReLU on the hidden layers',
  planeLabel: (title: string) => `${title}: the input plane from −2 to 2 on both axes, coloured by the sign of the network's output`,
  positive: 'output > 0',
  negative: 'output ≤ 0',
  newWeights: 'New random weights',
  seed: 'Seed',
  input: 'Input x',
  stackOut: 'Stack of three layers',
  collapsedOut: 'One collapsed layer',
  tableLabel: 'Outputs of the stack and of the collapsed layer for three inputs',
  parameters: (n: string) => `The stack has ${n} weights and biases; the collapsed layer has 3.`,
};

const zh: typeof en = {
  linearTitle: '没有激活函数',
  reluTitle: '隐藏层用 ReLU',
  planeLabel: (title: string) => `${title}：横纵坐标都从 −2 到 2 的输入平面，按网络输出的正负着色`,
  positive: '输出 > 0',
  negative: '输出 ≤ 0',
  newWeights: '换一组随机权重',
  seed: '种子',
  input: '输入 x',
  stackOut: '三层堆叠',
  collapsedOut: '合并后的一层',
  tableLabel: '三个输入下，堆叠网络与合并后单层的输出',
  parameters: (n: string) => `这个堆叠共有 ${n} 个权重和偏置；合并后只剩 3 个。`,
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
