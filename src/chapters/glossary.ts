// The tutorial's terms, one English term and one Chinese term each, so both editions use one name
// for one idea. The notation page shows this table; a test checks the zh pages against `avoid`.

export interface GlossaryEntry {
  /** The English term as the en edition writes it. */
  en: string;
  /** The Chinese term as the zh edition writes it. */
  zh: string;
  /**
   * Other Chinese names for the same idea that the zh edition must not use: a string, or a pattern
   * when the other name is a part of the term itself (预激活 without 值).
   */
  avoid?: readonly (string | RegExp)[];
  /** false: not listed on the notation page (the pages never print "NaN"; the entry still fixes the term). */
  listed?: false;
  /** A one-line explanation, when the term needs one. */
  note?: { en: string; zh: string };
}

export const glossary: readonly GlossaryEntry[] = [
  { en: 'neuron', zh: '神经元' },
  { en: 'weight', zh: '权重' },
  { en: 'bias', zh: '偏置' },
  { en: 'pre-activation', zh: '预激活值', avoid: [/预激活(?!值)/] },
  { en: 'activation function', zh: '激活函数' },
  { en: 'activation gallery', zh: '激活函数图库', avoid: ['激活函数一览'] },
  { en: 'layer', zh: '层' },
  { en: 'hidden layer', zh: '隐藏层' },
  { en: 'forward pass', zh: '前向传播' },
  { en: 'backpropagation', zh: '反向传播' },
  { en: 'loss function', zh: '损失函数' },
  { en: 'mean squared error (MSE)', zh: '均方误差（MSE）' },
  { en: 'cross-entropy', zh: '交叉熵' },
  { en: 'binary cross-entropy', zh: '二元交叉熵' },
  { en: 'one-hot vector', zh: '独热向量' },
  { en: 'logits', zh: 'logits' },
  { en: 'softmax', zh: 'softmax' },
  { en: 'textbook formula', zh: '教科书公式', avoid: ['教科书写法', '课本公式'] },
  { en: 'stable formula', zh: '稳定写法', avoid: ['稳定公式', '稳定做法', '稳定版本'] },
  { en: 'collapse', zh: '塌缩', avoid: ['坍缩'] },
  { en: 'pitfall', zh: '坑', avoid: ['陷阱'] },
  { en: 'batch', zh: '批量' },
  { en: 'broadcast', zh: '广播' },
  {
    en: 'NaN',
    zh: 'NaN',
    listed: false,
    avoid: ['非数”', '"非数"', /不是数(?!字)/],
    note: {
      en: 'JavaScript’s “not a number” value, the result of an undefined operation such as ∞ / ∞.',
      zh: 'JavaScript 的“非数值”，∞ / ∞ 这类没有定义的运算会得到它。',
    },
  },
];

/** Where a text uses a name the glossary avoids: the name found and the term to use instead. */
export function avoidedTerms(text: string): { term: string; use: string; at: number }[] {
  const out: { term: string; use: string; at: number }[] = [];
  for (const entry of glossary) {
    for (const other of entry.avoid ?? []) {
      const re = typeof other === 'string' ? new RegExp(other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(other.source, 'g');
      for (const m of text.matchAll(re)) out.push({ term: m[0], use: entry.zh, at: m.index });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
