// The zh lint (scripts/lint-zh.mjs) sees each kind of fault a reader reported, and passes the forms the
// site writes instead; the sources themselves lint clean, and the shared string helpers produce text
// the lint accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintSources, templatePunctuation, unclosedStrong, zhTextFindings } from '../../../scripts/lint-zh.mjs';
import { spaced, ui } from '../../../components/kit/messages.ts';

const rules = (text: string, kind = 'prose') => (zhTextFindings(text, kind) as { rule: string }[]).map((f) => f.rule);

test('zhTextFindings flags each kind of fault the reading review found', () => {
  const faulty: [string, string?][] = [
    ['请输入 0 到 1 之间的数。 组件保留上一个有效值。'], // a space after 。
    ['示例天气:'], // ASCII colon after Chinese
    ['种子: 7'],
    ['神经元 (分数 0.985): 垃圾'], // ASCII brackets around Chinese
    ['lottery-desk@win-big.example (实际是垃圾邮件)'],
    ['(不到百万分之一)'],
    ['= 2 (最大的 logit)'],
    ['W1[1,1]：从输入 x[1]到隐藏神经元 h1的权重'], // no space between Chinese and Latin
    ['第 7 章的坑 1用真实数值'],
    ['代码单元：点 运行，改它'], // a space between Chinese characters
    ['本节链接： 稳定性实验室'],
    ['形状： (4, 2)'],
    ['前向追踪保留  不保留'], // a double space
    ['准确率 93.3 %'], // a space before %
    ['**数据。**这些数字来自 MNIST'], // Markdown on the page
    ['# 最后一层的输出:logits', 'code'],
    ['    对 l = 1 … L:', 'code'],
  ];
  for (const [text, kind] of faulty) assert.ok(rules(text, kind).length > 0, text);
});

test('zhTextFindings passes the forms the site writes', () => {
  const fine: [string, string?][] = [
    ['请输入 0 到 1 之间的数。组件保留上一个有效值。'],
    ['示例天气：'],
    ['种子：7'],
    ['神经元（分数 0.985）：垃圾 · ✓ 判对'],
    ['lottery-desk@win-big.example（实际是垃圾邮件）'],
    ['W1[1,1]：从输入 x[1] 到隐藏神经元 h1 的权重'],
    ['准确率 93.3%'],
    ['形状：(4, 2)'],
    ['The English edition is not judged: Seed: 7 (a note).'],
    ['  return { 天气: days[i], z: formatNumber(z) };', 'code'],
    ['    对 l = 1 … L：', 'code'],
  ];
  for (const [text, kind] of fine) assert.deepEqual(rules(text, kind), [], text);
});

test('unclosedStrong finds the ** that CommonMark prints, and only those', () => {
  assert.equal(unclosedStrong('**数据。**这些数字').length, 1);
  assert.equal(unclosedStrong('- **数据：**选一个数据集').length, 1);
  assert.deepEqual(unclosedStrong('**数据**。这些数字'), []);
  assert.deepEqual(unclosedStrong('**可以动手。** 每个概念'), []); // it closes (the space after 。 is another rule's)
  assert.deepEqual(unclosedStrong('答案**偏了多少**，而且'), []);
  assert.deepEqual(unclosedStrong('称为 **logits**，可以是任意实数。**Softmax** 把它们'), []);
});

test('templatePunctuation finds punctuation written beside a translated string in a shared template', () => {
  for (const bad of ['<span>{t.seed}: <output>', '{words.samples}:', '<span>({t.max})</span>', '`${words.rulesSay}: ${x}`', '{words.neuronSays} ({words.score}']) {
    assert.ok(bad.match(templatePunctuation), bad);
  }
  for (const ok of ['{m.labelOf(t.seed)}<output>', '{m.aside(t.max)}', '(${s.W.join(", ")})']) {
    assert.equal(ok.match(templatePunctuation), null, ok);
  }
});

test('the shared helpers write each locale’s punctuation, and the zh results lint clean', () => {
  const zh = ui('zh-CN');
  const en = ui('en');
  assert.equal(zh.sentences('请输入一个数。', zh.keptLast), '请输入一个数。组件保留上一个有效值。');
  assert.equal(en.sentences('Enter a number.', en.keptLast), 'Enter a number. The widget keeps the last valid value.');
  assert.equal(zh.labelOf('种子') + '7', '种子：7');
  assert.equal(en.labelOf('Seed') + '7', 'Seed: 7');
  assert.equal('2' + zh.aside('最大的 logit'), '2（最大的 logit）');
  assert.equal('2' + en.aside('largest logit'), '2 (largest logit)');
  assert.equal(spaced`${'W1[1,1]'}：从${'输入 x[1]'}到${'隐藏神经元 h1'}的权重`, 'W1[1,1]：从输入 x[1] 到隐藏神经元 h1 的权重');
  for (const text of [
    zh.sentences(zh.outOfRange('-3', '3'), zh.keptLast),
    zh.sentences(zh.notFinite, zh.keptLast),
    zh.sentences(zh.notNumber('abc'), zh.keptLast),
  ]) assert.deepEqual(rules(text), [], text);
});

test('no field message names NaN or Infinity, in either language', () => {
  for (const m of [ui('en'), ui('zh-CN')]) {
    for (const text of [m.notFinite, m.empty, m.notNumber('NaN'), m.outOfRange('0', '1'), m.zeroDenominator]) {
      assert.doesNotMatch(text.replace(/“NaN”|"NaN"/, ''), /\b(NaN|Infinity)\b/, text);
    }
  }
});

test('the zh sources lint clean (pages, string tables, component templates)', () => {
  const log = console.log;
  const lines: string[] = [];
  console.log = (...args: unknown[]) => { lines.push(args.join(' ')); };
  let findings: number;
  try {
    findings = lintSources();
  } finally {
    console.log = log;
  }
  assert.equal(findings, 0, lines.join('\n'));
});
