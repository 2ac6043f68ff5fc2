/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  probeZ: 'Logit z (label y = 1)',
  p: 'p = σ(z)',
  mseGrad: 'MSE gradient (p − y)·p·(1 − p)',
  ceGrad: 'Cross-entropy gradient p − y',
  gradLabel: 'The two gradients plotted against the logit z from −10 to 10 for label 1; a vertical line marks the probe',
  mseName: 'MSE',
  ceName: 'cross-entropy',
  confidentlyWrong: 'confidently wrong',
};

const zh: typeof en = {
  probeZ: 'logit z（标签 y = 1）',
  p: 'p = σ(z)',
  mseGrad: 'MSE 的梯度 (p − y)·p·(1 − p)',
  ceGrad: '交叉熵的梯度 p − y',
  gradLabel: '标签为 1 时，两种梯度随 logit z（−10 到 10）变化的曲线；竖线标出探针位置',
  mseName: 'MSE',
  ceName: '交叉熵',
  confidentlyWrong: '自信地犯错',
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
