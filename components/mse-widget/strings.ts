/** The MSE widget's own words in both locales. */
import { stringsFor } from '../kit/messages.ts';
const en = {
  figure: 'Five data points, the line ŷ = w·x + b, and each point’s squared error drawn as a square',
  table: 'Each point’s prediction and squared error',
  point: 'Point',
  prediction: 'ŷ = w·x + b',
  squared: '(ŷ − y)²',
  mean: 'Mean squared error',
  reset: 'Reset the line',
  notFinite: 'too large to show',
};
const zh: typeof en = {
  figure: '五个数据点、直线 ŷ = w·x + b，以及每个点的平方误差（画成正方形）',
  table: '每个点的预测值与平方误差',
  point: '数据点',
  prediction: 'ŷ = w·x + b',
  squared: '(ŷ − y)²',
  mean: '均方误差',
  reset: '恢复初始直线',
  notFinite: '数值过大，无法显示',
};
export type MseStrings = typeof en;
export const strings: (locale: string | undefined) => MseStrings = stringsFor({ en, 'zh-cn': zh });
