/** The cross-entropy widget's own words in both locales. */
import { stringsFor } from '../kit/messages.ts';
const en = {
  trueClass: 'True class',
  className: (k: number) => `class ${k}`,
  prob: (k: number) => `p${['₁', '₂', '₃'][k]} (probability of class ${k + 1})`,
  good: 'good prediction',
  bad: 'bad prediction',
  presets: 'The article’s predictions',
  label: 'One-hot label y',
  sum: 'Sum of the probabilities',
  loss: 'Loss',
  plot: 'The curve −log p for p from 0 to 1, with the current probability of the true class marked',
  axisP: 'p (probability of the true class)',
  clipped: (eps: string) => `p is below ${eps}: clipped before the log`,
};
const zh: typeof en = {
  trueClass: '真实类别',
  className: (k: number) => `第 ${k} 类`,
  prob: (k: number) => `p${['₁', '₂', '₃'][k]}（第 ${k + 1} 类的概率）`,
  good: '较好的预测',
  bad: '较差的预测',
  presets: '原文中的两个预测',
  label: '独热标签 y',
  sum: '概率之和',
  loss: '损失',
  plot: '曲线 −log p（p 从 0 到 1），并标出真实类别当前的概率',
  axisP: 'p（真实类别的概率）',
  clipped: (eps: string) => `p 小于 ${eps}：取对数前先截断`,
};
export type CeStrings = typeof en;
export const strings: (locale: string | undefined) => CeStrings = stringsFor({ en, 'zh-cn': zh });
