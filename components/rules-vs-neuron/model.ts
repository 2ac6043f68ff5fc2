/**
 * The e-mails, rules and features of the "rules versus a neuron" widget. Features are computed from
 * the text by small pure functions; the neuron's score comes from the library's neuron() with a
 * sigmoid. The weights here are given, not learned: finding them is what training is for.
 */
import { neuron } from '../../src/forward/index.ts';
import type { Locale } from '../kit/messages.ts';


export interface Mail {
  from: string;
  text: string;
  /** The truth: is this message junk? */
  spam: boolean;
}

export interface MailSet {
  contacts: string[];
  suspicious: string[];
  money: RegExp;
  mails: Mail[];
}

const en: MailSet = {
  contacts: ['notices@mybank.example', 'maria@ourteam.example', 'news@cityreads.example', 'sam@friends.example'],
  suspicious: ['congratulations', 'prize', 'won', 'winner', 'claim', 'urgent', 'lottery', 'transfer'],
  money: /\b(pay|fee|payment|gift card)\b/i,
  mails: [
    { from: 'lottery-desk@win-big.example', text: 'Congratulations! You have won a PRIZE of $5,000. Claim it now at http://win-big.example/claim (a small processing fee applies).', spam: true },
    { from: 'notices@mybank.example', text: 'Your wire transfer of $1,200 to J. Smith was completed on 3 March. No action is needed.', spam: false },
    { from: 'delivery@parcel-help.example', text: 'Hello, a parcel addressed to you is waiting at our depot. To release it, please pay the customs charge of $2.99 here: http://parcel-help.example/release', spam: true },
    { from: 'maria@ourteam.example', text: 'Lunch on Friday? The new noodle place near the office is open.', spam: false },
    { from: 'news@cityreads.example', text: "This week's reading list is out: https://cityreads.example/list", spam: false },
    { from: 'sam@friends.example', text: 'Guess what, I won first prize in the photo contest! Drinks are on me tonight.', spam: false },
    { from: 'security@secure-login.example', text: 'URGENT: your account will be closed today. Sign in at http://secure-login.example and pay the overdue balance.', spam: true },
    { from: 'lee@newclient.example', text: 'Hi, we met at the trade fair last week. Could you send me your price list for next month?', spam: false },
  ],
};

const zh: MailSet = {
  contacts: ['notices@mybank.example', 'maria@ourteam.example', 'news@cityreads.example', 'sam@friends.example'],
  suspicious: ['恭喜', '中奖', '领取', '紧急', '彩票', '转账', '大奖'],
  money: /(支付|付款|手续费|汇款|礼品卡)/,
  mails: [
    { from: 'lottery-desk@win-big.example', text: '恭喜您中奖了！5000 元奖金请马上点击 http://win-big.example/claim 领取，领奖前需先交一笔手续费。', spam: true },
    { from: 'notices@mybank.example', text: '您给张先生的 1200 元转账已于 3 月 3 日完成，无需任何操作。', spam: false },
    { from: 'delivery@parcel-help.example', text: '您好，有一个寄给您的包裹滞留在我们仓库。请在 http://parcel-help.example/release 支付 2.99 元关税，即可放行。', spam: true },
    { from: 'maria@ourteam.example', text: '周五中午一起吃饭吗？公司旁边那家面馆开张了。', spam: false },
    { from: 'news@cityreads.example', text: '本周书单出炉：https://cityreads.example/list', spam: false },
    { from: 'sam@friends.example', text: '好消息！我在摄影比赛里中奖了，今晚我请大家喝一杯。', spam: false },
    { from: 'security@secure-login.example', text: '紧急：您的账户今天将被关闭。请登录 http://secure-login.example 付款补缴欠费。', spam: true },
    { from: 'lee@newclient.example', text: '您好，上周我们在展会上见过。能把下个月的价目表发我一份吗？', spam: false },
  ],
};

export const mailSets: Record<Locale, MailSet> = { en, 'zh-cn': zh };

/**
 * The neuron's inputs for a message: [number of distinct suspicious words, sender is a known contact
 * (1/0), contains a link (1/0), asks for money (1/0)].
 */
export function features(mail: Mail, set: MailSet): number[] {
  const text = mail.text.toLowerCase();
  const suspicious = set.suspicious.filter((word) => text.includes(word.toLowerCase())).length;
  const known = set.contacts.includes(mail.from) ? 1 : 0;
  const link = /https?:\/\/|www\./i.test(mail.text) ? 1 : 0;
  const money = set.money.test(mail.text) ? 1 : 0;
  return [suspicious, known, link, money];
}

/** The hand-written rules a reader can switch on. */
export const ruleIds = ['prize', 'transfer', 'link', 'stranger'] as const;
export type RuleId = (typeof ruleIds)[number];

/** The words the two keyword rules look for, per language. */
export const ruleWords: Record<Locale, { prize: string; transfer: string }> = {
  en: { prize: 'prize', transfer: 'transfer' },
  'zh-cn': { prize: '中奖', transfer: '转账' },
};

/** Whether one rule flags a message. */
export function ruleFires(rule: RuleId, mail: Mail, set: MailSet, locale: Locale): boolean {
  const text = mail.text.toLowerCase();
  switch (rule) {
    case 'prize': return text.includes(ruleWords[locale].prize);
    case 'transfer': return text.includes(ruleWords[locale].transfer);
    case 'link': return /https?:\/\/|www\./i.test(mail.text);
    case 'stranger': return !set.contacts.includes(mail.from);
  }
}

/** The rule filter's verdict: junk if any switched-on rule fires. */
export function rulesSaySpam(active: readonly RuleId[], mail: Mail, set: MailSet, locale: Locale): boolean {
  return active.some((rule) => ruleFires(rule, mail, set, locale));
}

/** The given (not learned) weights of the four features, and the bias. */
export const givenWeights = { weights: [1, -2, 0.8, 1.6], bias: -1.2 } as const;

/** The rules switched on at first: the two keyword rules from the chapter's code. */
export const defaultRules: readonly RuleId[] = ['prize', 'transfer'];

/** The neuron's spam score in (0, 1): sigmoid(w · features + b), from the library's neuron(). */
export function neuronScore(weights: readonly number[], bias: number, mail: Mail, set: MailSet): number {
  return neuron(weights, bias, features(mail, set), 'sigmoid').a;
}

/** The score at or above which the neuron calls a message junk. */
export const threshold = 0.5;
