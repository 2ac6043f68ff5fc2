/**
 * The widgets' own UI strings in both locales. Widgets call `ui(locale)` once and read fields;
 * a missing translation is a type error, not a blank on the page.
 */
export type Locale = 'en' | 'zh-cn';

const en = {
  empty: 'Enter a number.',
  notNumber: (text: string) => `“${text}” is not a number. Use digits, e.g. 0.5, -2 or 1/3.`,
  ambiguousComma: (text: string) => `“${text}” is ambiguous: write the decimal mark as a point, e.g. 1.5.`,
  zeroDenominator: 'A fraction cannot have 0 below the bar.',
  notFinite: 'Infinity and NaN are not allowed here: enter a finite number.',
  outOfRange: (min: string, max: string) => `Enter a number between ${min} and ${max}.`,
  keptLast: 'The widget keeps the last valid value.',
  check: 'Check',
  hint: 'Hint',
  solution: 'Show solution',
  correct: (value: string) => `Correct: ${value}.`,
  incorrect: 'Not quite. Try again, or open the hint.',
  tolerance: (tol: string) => `Answers within ±${tol} count as correct.`,
  yourAnswer: 'Your answer',
  reset: 'Reset',
  slider: (label: string) => `${label} (slider)`,
};

const zh: typeof en = {
  empty: '请输入一个数。',
  notNumber: (text: string) => `“${text}”不是数字。请用数字书写，例如 0.5、-2 或 1/3。`,
  ambiguousComma: (text: string) => `“${text}”有歧义：小数点请写成“.”，例如 1.5。`,
  zeroDenominator: '分数的分母不能为 0。',
  notFinite: '这里不接受 Infinity 或 NaN，请输入一个有限的数。',
  outOfRange: (min: string, max: string) => `请输入 ${min} 到 ${max} 之间的数。`,
  keptLast: '组件保留上一个有效值。',
  check: '核对',
  hint: '提示',
  solution: '查看解答',
  correct: (value: string) => `正确：${value}。`,
  incorrect: '还不对。再试一次，或者打开提示。',
  tolerance: (tol: string) => `与答案相差不超过 ±${tol} 即算正确。`,
  yourAnswer: '你的答案',
  reset: '重置',
  slider: (label: string) => `${label}（滑块）`,
};

export type Messages = typeof en;

/** The site locale for a locale or lang tag: 'zh-cn' for any zh-* ('zh-CN', 'zh-cn'), else 'en'. */
export function localeOf(lang: string | undefined): Locale {
  return lang && lang.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/**
 * A string table's lookup: the table for a locale or lang tag, English for anything but zh-*;
 * e.g. `const words = stringsFor({ en, 'zh-cn': zh }); words('zh-CN')` → zh.
 */
export function stringsFor<T>(tables: Readonly<Record<Locale, T>>): (locale: string | undefined) => T {
  return (locale) => tables[localeOf(locale)];
}

/** The UI strings for a locale; anything but 'zh-cn' (or a zh-* lang tag) reads English. */
export const ui: (locale: string | undefined) => Messages = stringsFor({ en, 'zh-cn': zh });
