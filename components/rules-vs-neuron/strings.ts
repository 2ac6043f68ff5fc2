/** The rules-versus-neuron widget's words in both languages. */
import type { RuleId } from './model.ts';
import { stringsFor } from '../kit/messages.ts';

const en = {
  rules: 'Rule filter: flag a message if any checked rule fires',
  rule: {
    prize: 'it contains “prize”',
    transfer: 'it contains “transfer”',
    link: 'it contains a link',
    stranger: 'the sender is not in my contacts',
  } as Record<RuleId, string>,
  neuron: 'One neuron: junk if σ(w · features + b) ≥ 0.5',
  featureLabels: ['w: suspicious words (count)', 'w: known sender (1/0)', 'w: has a link (1/0)', 'w: asks for money (1/0)'],
  bias: 'bias b',
  reset: 'Reset',
  inbox: 'The inbox',
  from: 'From',
  truth: (spam: boolean): string => (spam ? 'actually junk' : 'actually fine'),
  features: 'features',
  rulesSay: 'Rules',
  /** The neuron's verdict around its score: "Neuron (score 0.985): junk". */
  scoreOpen: 'Neuron (score ',
  scoreClose: '): ',
  junk: 'junk',
  fine: 'fine',
  right: '✓ right',
  wrong: '✗ wrong',
  summary: (rules: number, neuron: number, n: number) => `Rules: ${rules} of ${n} right. Neuron: ${neuron} of ${n} right.`,
};

const zh: typeof en = {
  rules: '规则过滤器：只要有一条勾选的规则命中，就标为垃圾邮件',
  rule: {
    prize: '含有“中奖”',
    transfer: '含有“转账”',
    link: '含有链接',
    stranger: '发件人不在通讯录里',
  },
  neuron: '一个神经元：σ(w · 特征 + b) ≥ 0.5 即判为垃圾邮件',
  featureLabels: ['w：可疑词个数', 'w：熟人发件（1/0）', 'w：含链接（1/0）', 'w：要求付钱（1/0）'],
  bias: '偏置 b',
  reset: '重置',
  inbox: '收件箱',
  from: '发件人',
  truth: (spam: boolean) => (spam ? '实际是垃圾邮件' : '实际是正常邮件'),
  features: '特征',
  rulesSay: '规则',
  scoreOpen: '神经元（分数 ',
  scoreClose: '）：',
  junk: '垃圾',
  fine: '正常',
  right: '✓ 判对',
  wrong: '✗ 判错',
  summary: (rules: number, neuron: number, n: number) => `规则判对 ${rules}/${n} 封，神经元判对 ${neuron}/${n} 封。`,
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
