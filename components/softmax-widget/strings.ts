/** The softmax widget's own words in both locales. */
import { stringsFor } from '../kit/messages.ts';
const en = {
  logit: (i: number) => `z${['₁', '₂', '₃'][i]} (logit of class ${i + 1})`,
  bars: 'The probabilities softmax gives the three classes, as bars',
  className: (i: number) => `class ${i + 1}`,
  steps: 'The computation, step by step',
  max: 'largest logit',
  sum: 'denominator',
  probs: 'probabilities',
  reset: 'Reset the logits',
};
const zh: typeof en = {
  logit: (i: number) => `z${['₁', '₂', '₃'][i]}（第 ${i + 1} 类的 logit）`,
  bars: 'softmax 给三个类别的概率（条形图）',
  className: (i: number) => `第 ${i + 1} 类`,
  steps: '逐步计算',
  max: '最大的 logit',
  sum: '分母',
  probs: '概率',
  reset: '恢复初始 logits',
};
export type SoftmaxStrings = typeof en;
export const strings: (locale: string | undefined) => SoftmaxStrings = stringsFor({ en, 'zh-cn': zh });
