/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  figureLabel: 'The 2-2-1 network as a graph of operations',
  back: 'Back',
  step: 'Step',
  reset: 'Reset',
  kept: 'kept by the trace',
  notKept: 'not kept',
  pending: 'not yet computed',
  kind: { input: 'input', multiply: 'multiply', add: 'add', activation: 'activation' } as Record<string, string>,
  status: (step: number, total: number, what: string, value: string) => `Step ${step} of ${total}: ${what} = ${value}`,
  keys: 'With a button focused: → steps forward, ← steps back, Home resets.',
};

const zh: typeof en = {
  figureLabel: '把 2-2-1 网络画成运算的计算图',
  back: '后退',
  step: '前进一步',
  reset: '重置',
  kept: '前向追踪保留',
  notKept: '不保留',
  pending: '尚未计算',
  kind: { input: '输入', multiply: '乘法', add: '加法', activation: '激活函数' },
  status: (step: number, total: number, what: string, value: string) => `第 ${step} 步，共 ${total} 步：${what} = ${value}`,
  keys: '焦点在按钮上时：→ 前进一步，← 后退，Home 重置。',
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
