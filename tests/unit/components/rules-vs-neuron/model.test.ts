import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultRules, features, givenWeights, mailSets, neuronScore, ruleIds, rulesSaySpam, threshold,
} from '../../../../components/rules-vs-neuron/model.ts';
import type { Locale } from '../../../../components/kit/messages.ts';
import { neuron } from '../../../../src/forward/index.ts';

const langs: Locale[] = ['en', 'zh-cn'];

test('features(mail) counts suspicious words and reads sender, link and money requests from the text', () => {
  const set = mailSets.en;
  assert.deepEqual(features({ from: set.contacts[0], text: 'You won a prize, see http://x.example', spam: false }, set), [2, 1, 1, 0]);
  assert.deepEqual(features({ from: 'nobody@x.example', text: 'Please pay the fee', spam: true }, set), [0, 0, 0, 1]);
});

test('neuronScore(w, b, mail) is the library neuron with a sigmoid on the features', () => {
  const set = mailSets.en;
  const mail = set.mails[0];
  const { weights, bias } = givenWeights;
  assert.equal(neuronScore(weights, bias, mail, set), neuron(weights, bias, features(mail, set), 'sigmoid').a);
});

for (const lang of langs) {
  test(`in ${lang}, the default keyword rules flag a real notice and miss a reworded scam`, () => {
    const set = mailSets[lang];
    const verdicts = set.mails.map((m) => rulesSaySpam(defaultRules, m, set, lang));
    assert.ok(set.mails.some((m, i) => !m.spam && verdicts[i]), 'a false alarm');
    assert.ok(set.mails.some((m, i) => m.spam && !verdicts[i]), 'a missed scam');
  });

  test(`in ${lang}, the neuron with the given weights sorts every message correctly`, () => {
    const set = mailSets[lang];
    const { weights, bias } = givenWeights;
    for (const m of set.mails) assert.equal(neuronScore(weights, bias, m, set) >= threshold, m.spam, m.text);
  });

  test(`in ${lang}, every single rule is wrong about at least one message`, () => {
    const set = mailSets[lang];
    for (const rule of ruleIds) {
      assert.ok(set.mails.some((m) => rulesSaySpam([rule], m, set, lang) !== m.spam), rule);
    }
  });
}
