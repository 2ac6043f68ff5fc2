/** The neuron explorer's words in both languages. */
import type { ActivationName } from '../../src/forward/index.ts';
import { stringsFor } from '../kit/messages.ts';

const en = {
  inputs: 'Inputs (scaled to 0…1)',
  weights: 'Weights and bias',
  features: ['temperature x₁', 'humidity x₂', 'wind speed x₃'],
  weightLabels: ['weight w₁', 'weight w₂', 'weight w₃'],
  bias: 'bias b',
  activation: 'Activation f',
  samples: 'Example days',
  sampleNames: ['hot, calm afternoon', 'mild, breezy morning', 'cold, stormy night', 'all inputs zero'],
  reset: 'Reset',
  formula: 'The neuron with these numbers',
  plot: 'The chosen activation with the current z marked on it.',
  offChart: 'z is outside the plotted range (−4 to 4); the marker sits at the edge.',
  names: {
    identity: 'identity (no activation)', sigmoid: 'sigmoid σ', tanh: 'tanh', relu: 'ReLU',
    leakyRelu: 'Leaky ReLU', gelu: 'GELU', geluTanh: 'GELU (tanh approximation)',
  } as Record<ActivationName, string>,
};

const zh: typeof en = {
  inputs: '输入（已缩放到 0…1）',
  weights: '权重与偏置',
  features: ['温度 x₁', '湿度 x₂', '风速 x₃'],
  weightLabels: ['权重 w₁', '权重 w₂', '权重 w₃'],
  bias: '偏置 b',
  activation: '激活函数 f',
  samples: '示例天气',
  sampleNames: ['炎热无风的下午', '温和有风的早晨', '寒冷的暴风雨夜', '输入全为零'],
  reset: '重置',
  formula: '代入这些数之后的神经元',
  plot: '所选激活函数的图像，当前的 z 标在曲线上。',
  offChart: 'z 超出了图的范围（−4 到 4），标记点停在边缘。',
  names: {
    identity: '恒等（不做变换）', sigmoid: 'sigmoid σ', tanh: 'tanh', relu: 'ReLU',
    leakyRelu: 'Leaky ReLU', gelu: 'GELU', geluTanh: 'GELU（tanh 近似）',
  },
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
