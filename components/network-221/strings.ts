/** The 2-2-1 widget's words in both languages. */
import type { StepName } from './model.ts';
import { stringsFor } from '../kit/messages.ts';

const en = {
  diagram: 'The 2-2-1 network: inputs x[1] and x[2] on the left, hidden neurons h1 and h2 in the middle, the output neuron on the right. Every edge carries its weight; every neuron shows its z and a.',
  input: 'Input X',
  layer1: 'Hidden layer: W1 and b1',
  layer2: 'Output layer: W2 and b2',
  counting: 'Rows and columns are counted from 1: W1[2,1] is the weight from input 1 into hidden neuron 2.',
  steps: 'Step through the forward pass',
  stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
  stepTitle: {
    z1: 'Hidden layer, weighted sums: z1 = W1 · X + b1',
    a1: 'Hidden layer, activation: a1 = ReLU(z1)',
    z2: 'Output layer, weighted sum: z2 = W2 · a1 + b2',
    a2: 'Output layer, activation: a2 = σ(z2)',
  } as Record<StepName, string>,
  previous: 'Previous step',
  next: 'Next step',
  reset: 'Reset to the example',
  hover: 'Point at or tab to a number in the formula to see where it sits in the diagram and in the matrices; it works the other way round too.',
  edge: (from: string, to: string, name: string) => `${name}: weight from ${from} to ${to}`,
  hiddenName: (i: number) => `hidden neuron h${i}`,
  outputName: 'the output neuron',
  inputName: (j: number) => `input x[${j}]`,
  bias: 'bias',
  nonFinite: 'A value is too large to show; change a field back.',
};

const zh: typeof en = {
  diagram: '2-2-1 网络：左边是输入 x[1] 和 x[2]，中间是隐藏神经元 h1 和 h2，右边是输出神经元。每条边标着它的权重，每个神经元显示自己的 z 和 a。',
  input: '输入 X',
  layer1: '隐藏层：W1 与 b1',
  layer2: '输出层：W2 与 b2',
  counting: '行号和列号从 1 开始数：W1[2,1] 是从输入 1 连到隐藏神经元 2 的权重。',
  steps: '逐步走一遍前向传播',
  stepOf: (i: number, n: number) => `第 ${i} 步，共 ${n} 步`,
  stepTitle: {
    z1: '隐藏层，加权求和：z1 = W1 · X + b1',
    a1: '隐藏层，激活：a1 = ReLU(z1)',
    z2: '输出层，加权求和：z2 = W2 · a1 + b2',
    a2: '输出层，激活：a2 = σ(z2)',
  },
  previous: '上一步',
  next: '下一步',
  reset: '恢复示例数值',
  hover: '把鼠标移到公式里的某个数上，或用 Tab 键选中它，就能看到它在网络图和矩阵里的位置；反过来也一样。',
  edge: (from: string, to: string, name: string) => `${name}：从${from}到${to}的权重`,
  hiddenName: (i: number) => `隐藏神经元 h${i}`,
  outputName: '输出神经元',
  inputName: (j: number) => `输入 x[${j}]`,
  bias: '偏置',
  nonFinite: '有个值大到无法显示，请把某个输入改回来。',
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
