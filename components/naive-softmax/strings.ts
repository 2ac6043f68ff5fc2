/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  logits: 'Logits',
  naive: 'Without subtracting the max',
  stable: 'With the max subtracted',
  notANumber: '✗ not a number: e to the largest logit overflowed to ∞, and ∞/∞ has no value',
  fine: 'finite, sums to 1',
  cellBad: '✗ not a number',
};

const zh: typeof en = {
  logits: 'logits',
  naive: '不减最大值',
  stable: '先减去最大值',
  notANumber: '✗ 不是数：e 的最大 logit 次方溢出成 ∞，∞/∞ 没有定义',
  fine: '有限值，总和为 1',
  cellBad: '✗ 非数值',
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
