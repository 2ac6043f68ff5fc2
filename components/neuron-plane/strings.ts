/** UI strings of the neuron-plane widget in both locales. */
import { stringsFor } from '../kit/messages.ts';
import type { PlaneActivation } from './model.ts';

const en = {
  title: 'A neuron is a line',
  activation: 'Activation f',
  activations: { step: 'step (hard edge)', sigmoid: 'sigmoid (soft edge)', tanh: 'tanh', relu: 'ReLU', identity: 'identity (no edge)' } as Record<PlaneActivation, string>,
  plotLabel: 'The plane of inputs x₁ and x₂ from −3 to 3, shaded by the neuron’s output a; the line is w·x + b = 0 and the arrow is w',
  lineHandle: 'Boundary line w·x + b = 0: drag it, or press the arrow keys, to move it (changes b)',
  arrowHandle: 'Arrow w, normal to the line: drag its tip, or press the arrow keys (left/right: w₁, up/down: w₂)',
  lineValue: (b: string) => `b = ${b}`,
  arrowValue: (w1: string, w2: string) => `w₁ = ${w1}, w₂ = ${w2}`,
  noLine: 'With w = (0, 0) there is no line: the output is the same everywhere.',
  offPlane: 'The line lies outside the plane shown: move it back with b.',
  pointer: 'At the pointer',
  pointerHelp: 'Move the pointer over the plane (or focus it and use the arrow keys) to see the numbers at that point.',
  plane: 'The plane; arrow keys move the point whose numbers are shown',
  legendLow: 'low a',
  legendHigh: 'high a',
  scale: (lo: string, hi: string) => `Colour scale from ${lo} (orange) to ${hi} (blue).`,
};

const zh: typeof en = {
  title: '一个神经元就是一条直线',
  activation: '激活函数 f',
  activations: { step: '阶跃（硬边界）', sigmoid: 'sigmoid（软边界）', tanh: 'tanh', relu: 'ReLU', identity: '恒等（没有边界）' },
  plotLabel: '输入 x₁ 和 x₂ 从 −3 到 3 的平面，颜色表示神经元的输出 a；直线是 w·x + b = 0，箭头是 w',
  lineHandle: '边界线 w·x + b = 0：拖动它或按方向键即可移动（改变 b）',
  arrowHandle: '箭头 w，垂直于直线：拖动箭头尖端或按方向键（左右改 w₁，上下改 w₂）',
  lineValue: (b: string) => `b = ${b}`,
  arrowValue: (w1: string, w2: string) => `w₁ = ${w1}，w₂ = ${w2}`,
  noLine: 'w = (0, 0) 时没有直线：整个平面的输出都一样。',
  offPlane: '直线落在所示平面之外：调整 b 把它移回来。',
  pointer: '指针所在处',
  pointerHelp: '把指针移到平面上（或让平面获得焦点后按方向键），即可看到该点的具体数值。',
  plane: '平面；按方向键移动要显示数值的点',
  legendLow: 'a 较小',
  legendHigh: 'a 较大',
  scale: (lo: string, hi: string) => `颜色从 ${lo}（橙色）到 ${hi}（蓝色）。`,
};

export const neuronPlaneStrings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
