/** The 2-2-1 widget's words in both languages. */
import type { StepName } from './model.ts';
import { spaced, stringsFor } from '../kit/messages.ts';

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
  pictures: 'Each neuron as a picture over the input plane',
  picturesNote: (lo: string, hi: string, mid: string) => `Each square is the plane of inputs, x[1] from ${lo} (left) to ${hi} (right) and x[2] from ${lo} (bottom) to ${hi} (top), coloured by what one neuron outputs there: white where a hidden neuron is silent (a = 0) and bluer the more it fires; the output is orange below ${mid} and blue above. The dot is the input X. Edges are blue for a positive weight, orange for a negative one, thicker for a larger one.`,
  unitName: (u: 'h0' | 'h1' | 'out') => (u === 'out' ? 'out' : `h${Number(u[1]) + 1}`),
  range: (lo: string, hi: string) => `${lo} to ${hi}`,
  hiddenPicture: (name: string, range: string, hi: string, x: string, a: string, inside: boolean) =>
    `${name}: its activation a over the input plane, x[1] and x[2] from ${range}; white where a = 0, blue up to a = ${hi}. The dot is the input X = ${x}${inside ? '' : ' (outside the plane, drawn at its edge)'}, where a = ${a}.`,
  outputPicture: (range: string, mid: string, x: string, a: string, inside: boolean) =>
    `out: the network's output a2 over the input plane, x[1] and x[2] from ${range}; orange below ${mid}, white at ${mid}, blue above. The dot is the input X = ${x}${inside ? '' : ' (outside the plane, drawn at its edge)'}, where a2 = ${a}.`,
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
  edge: (from: string, to: string, name: string) => spaced`${name}：从${from}到${to}的权重`,
  hiddenName: (i: number) => `隐藏神经元 h${i}`,
  outputName: '输出神经元',
  inputName: (j: number) => `输入 x[${j}]`,
  bias: '偏置',
  nonFinite: '有个值大到无法显示，请把某个输入改回来。',
  pictures: '把每个神经元画成输入平面上的一幅图',
  picturesNote: (lo: string, hi: string, mid: string) => `每个方块都是输入平面：x[1] 从左边的 ${lo} 到右边的 ${hi}，x[2] 从下边的 ${lo} 到上边的 ${hi}，颜色表示某个神经元在该点的输出。隐藏神经元沉默（a = 0）处为白色，激活得越强越蓝；输出低于 ${mid} 为橙色，高于 ${mid} 为蓝色。圆点是输入 X。边的颜色表示权重的符号（蓝为正，橙为负），越粗表示权重的绝对值越大。`,
  unitName: (u: 'h0' | 'h1' | 'out') => (u === 'out' ? '输出' : `h${Number(u[1]) + 1}`),
  range: (lo: string, hi: string) => `${lo} 到 ${hi}`,
  hiddenPicture: (name: string, range: string, hi: string, x: string, a: string, inside: boolean) =>
    `${name}：它的激活值 a 在输入平面上的分布，x[1] 和 x[2] 的范围都是 ${range}；a = 0 处为白色，越大越蓝，最蓝处 a = ${hi}。圆点是输入 X = ${x}${inside ? '' : '（在平面之外，画在边上）'}，该点 a = ${a}。`,
  outputPicture: (range: string, mid: string, x: string, a: string, inside: boolean) =>
    `输出：网络的输出 a2 在输入平面上的分布，x[1] 和 x[2] 的范围都是 ${range}；低于 ${mid} 为橙色，等于 ${mid} 为白色，高于 ${mid} 为蓝色。圆点是输入 X = ${x}${inside ? '' : '（在平面之外，画在边上）'}，该点 a2 = ${a}。`,
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
