/** The stability lab's own words in both locales (rendered at build time; the page's script only fills in numbers). */

import { stringsFor } from '../kit/messages.ts';
const en = {
  logit: (i: number) => `z${['₁', '₂', '₃'][i]}`,
  push: 'Add 100 to every logit',
  preset: (v: string) => `Try ${v}`,
  reset: 'Reset',
  naive: 'Textbook softmax: e^z / Σ e^z',
  stable: 'Stable softmax: subtract the max first',
  naiveTable: 'Textbook softmax, step by step',
  stableTable: 'Stable softmax, step by step',
  sum: 'Σ',
  ok: 'all finite, sums to 1',
  overflow: (z: string) => `overflow: e^${z} = ∞ → ∞ / ∞ = NaN`,
  underflow: (z: string) => `underflow: every e^z is 0, even e^${z} → 0 / 0 = NaN`,
  fine: 'no overflow: the textbook formula still works here',
  stableOk: 'finite probabilities that sum to 1',
  shiftNote: 'Subtracting m multiplies every numerator and the denominator by the same factor e^(−m), so it cancels: the probabilities are unchanged, but the largest exponential is now e^0 = 1.',
};
const zh: typeof en = {
  logit: (i: number) => `z${['₁', '₂', '₃'][i]}`,
  push: '所有 logit 加 100',
  preset: (v: string) => `试试 ${v}`,
  reset: '重置',
  naive: '教科书公式：e^z / Σ e^z',
  stable: '稳定写法：先减去最大值',
  naiveTable: '教科书公式的逐步计算',
  stableTable: '稳定写法的逐步计算',
  sum: 'Σ',
  ok: '全部有限，和为 1',
  overflow: (z: string) => `上溢：e^${z} = ∞ → ∞ / ∞ = NaN`,
  underflow: (z: string) => `下溢：每个 e^z 都变成 0（连 e^${z} 也是）→ 0 / 0 = NaN`,
  fine: '没有溢出：此时教科书公式还能用',
  stableOk: '概率全部有限，和为 1',
  shiftNote: '减去 m，相当于分子和分母同乘一个因子 e^(−m)，一约就掉：概率不变，而最大的那个指数变成了 e^0 = 1。',
};
export type LabStrings = typeof en;
export const strings: (locale: string | undefined) => LabStrings = stringsFor({ en, 'zh-cn': zh });
