/** UI strings of the approximation widget in both locales. */
import { stringsFor } from '../kit/messages.ts';
const en = {
  target: 'Target function',
  targets: { sin: 'sin x', abs: '|x|', step: 'step', points: 'your points' },
  units: 'Hidden ReLU units N',
  wholeUnits: (n: string) => `N counts whole units; using ${n}.`,
  plotLabel: 'The target function and the constructed network drawn over x from −3 to 3; ticks along the bottom mark where each hidden unit switches on',
  targetKey: 'target',
  networkKey: 'network',
  knotKey: 'hidden unit switches on',
  maxError: 'Largest error',
  meanError: 'Mean error',
  pointX: 'New point x',
  pointY: 'New point y',
  addPoint: 'Add point',
  clearPoints: 'Clear points',
  resetPoints: 'Starting points',
  pointsHelp: 'Click or tap in the plot to add a point there, or type x and y and press “Add point”.',
  pointCount: (n: number) => `${n} point${n === 1 ? '' : 's'} placed.`,
  needTwo: 'Place at least two points with different x to get a target.',
  full: 'That is enough points: clear some first.',
  sameX: 'A point with this x is already there: a function has one value per x.',
  outside: 'That point lies outside the plot.',
  tableLabel: 'Errors of the constructed network for several numbers of hidden units',
  tableN: 'N',
  none: '—',
};

const zh: typeof en = {
  target: '目标函数',
  targets: { sin: 'sin x', abs: '|x|', step: '阶跃', points: '你放的点' },
  units: '隐藏层 ReLU 单元数 N',
  wholeUnits: (n: string) => `N 只能取整数，这里按 ${n} 计算。`,
  plotLabel: '目标函数与构造出的网络，x 从 −3 到 3；底部的刻度标出每个隐藏单元开始起作用的位置',
  targetKey: '目标',
  networkKey: '网络',
  knotKey: '隐藏单元开始起作用',
  maxError: '最大误差',
  meanError: '平均误差',
  pointX: '新点的 x',
  pointY: '新点的 y',
  addPoint: '添加点',
  clearPoints: '清除所有点',
  resetPoints: '初始的点',
  pointsHelp: '在图里点击或轻触即可在那里加一个点；也可以输入 x 和 y，再按“添加点”。',
  pointCount: (n: number) => `已放置 ${n} 个点。`,
  needTwo: '至少放两个 x 不同的点，才能构成目标函数。',
  full: '点已经够多了，先清除一些吧。',
  sameX: '这个 x 上已经有一个点了：函数在每个 x 上只有一个值。',
  outside: '这个点落在图的范围之外。',
  tableLabel: '隐藏单元数不同时，构造出的网络的误差',
  tableN: 'N',
  none: '—',
};

export type ApproximationStrings = typeof en;

export const strings: (locale: string | undefined) => ApproximationStrings = stringsFor({ en, 'zh-cn': zh });
