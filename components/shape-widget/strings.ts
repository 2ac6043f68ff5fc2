/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  figureLabel: 'Shapes of a batch going through a network',
  batch: 'Batch size n (rows of X)',
  features: 'Features d (columns of X)',
  size: (l: number) => (l === 0 ? 'Network inputs n[0]' : `Layer ${l} size n[${l}]`),
  layer: 'Layer',
  params: 'Parameters',
  total: 'Total',
  tableLabel: 'The shape of every matrix, layer by layer',
  xShape: 'X (the batch): ',
  ok: (n: number, out: number) => `The whole batch goes through: ${n} rows in, ${n} rows of ${out} outputs out, one row per sample.`,
  mismatch: (d: number, n0: number) =>
    `Each row of X has ${d} numbers, but the first weight matrix W[1] has ${n0} columns, one per input it expects. The product X·W[1]ᵀ pairs every number of a row with one column, so the two counts must be equal; the library stops before computing anything. Make d and n[0] the same.`,
  libraryError: 'The library’s message:',
  notWhole: (label: string) => `${label}: a size must be a whole number. The widget keeps the last whole value.`,
  outOfRange: (label: string, max: number) => `${label}: choose a whole number from 1 to ${max}. The widget keeps the last valid value.`,
};

const zh: typeof en = {
  figureLabel: '一个批量在网络中流动时各矩阵的形状',
  batch: '批量大小 n（X 的行数）',
  features: '特征数 d（X 的列数）',
  size: (l: number) => (l === 0 ? '网络输入个数 n[0]' : `第 ${l} 层大小 n[${l}]`),
  layer: '层',
  params: '参数个数',
  total: '合计',
  tableLabel: '逐层列出每个矩阵的形状',
  xShape: 'X（整个批量）：',
  ok: (n: number, out: number) => `整个批量顺利通过：输入 ${n} 行，输出 ${n} 行，每行 ${out} 个数，一行对应一个样本。`,
  mismatch: (d: number, n0: number) =>
    `X 的每一行有 ${d} 个数，而第一个权重矩阵 W[1] 有 ${n0} 列，每列对应它期待的一个输入。乘积 X·W[1]ᵀ 要把一行中的每个数和一列配对，所以两个个数必须相等；库在计算之前就停下了。请把 d 和 n[0] 设成一样。`,
  libraryError: '库给出的报错：',
  notWhole: (label: string) => `${label}：大小必须是整数。组件保留上一个整数值。`,
  outOfRange: (label: string, max: number) => `${label}：请选 1 到 ${max} 之间的整数。组件保留上一个有效值。`,
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
