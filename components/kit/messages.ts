/**
 * The widgets' own UI strings in both locales. Widgets call `ui(locale)` once and read fields;
 * a missing translation is a type error, not a blank on the page.
 */
export type Locale = 'en' | 'zh-cn';

const en = {
  empty: 'Enter a number.',
  notNumber: (text: string) => `“${text}” is not a number. Use digits, e.g. 0.5, -2, 1/3, 2.5e-4 or 84%.`,
  ambiguousComma: (text: string) => `“${text}” is ambiguous: write the decimal mark as a point, e.g. 1.5.`,
  zeroDenominator: 'A fraction cannot have 0 below the bar.',
  notFinite: 'Enter an ordinary number, such as 0.5 or -2.',
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
  /** Sentences one after another (a space between them in English, none after a Chinese 。). */
  sentences: (...parts: string[]) => parts.filter(Boolean).join(' '),
  /** A label before its value: "Seed: " (the value follows directly). */
  labelOf: (label: string) => `${label}: `,
  /** A note in brackets after a value: " (largest logit)". */
  aside: (note: string) => ` (${note})`,
};

const zh: typeof en = {
  empty: '请输入一个数。',
  notNumber: (text: string) => `“${text}”不是数字。请用数字书写，例如 0.5、-2、1/3、2.5e-4 或 84%。`,
  ambiguousComma: (text: string) => `“${text}”有歧义：小数点请写成“.”，例如 1.5。`,
  zeroDenominator: '分数的分母不能为 0。',
  notFinite: '请输入一个普通的数，例如 0.5 或 -2。',
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
  sentences: (...parts: string[]) => parts.filter(Boolean).join(''),
  labelOf: (label: string) => `${label}：`,
  aside: (note: string) => `（${note}）`,
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

const hanChar = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * A tagged template for Chinese text built from values: where a Chinese character meets a Latin
 * letter, a digit or a bracketed index across a `${…}` boundary, one space goes between them, as
 * the zh edition writes (a value "x[1]" between two Chinese words gets a space on each side). Other
 * joins are kept.
 */
export function spaced(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  const join = (next: string) => {
    const a = out.slice(-1);
    const b = next.slice(0, 1);
    const gap = (hanChar.test(a) && /[A-Za-z0-9([]/.test(b)) || (/[A-Za-z0-9)\]%]/.test(a) && hanChar.test(b));
    out += (gap ? ' ' : '') + next;
  };
  values.forEach((v, i) => {
    join(String(v));
    join(strings[i + 1]);
  });
  return out;
}
