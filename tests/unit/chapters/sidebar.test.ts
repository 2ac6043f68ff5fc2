import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterOfHref, chapterNumber, numberedLabel } from '../../../src/chapters/index.ts';

test('sidebar numbers come from the reading order', () => {
  assert.equal(chapterOfHref('/base/en/neuron/'), 2);
  assert.equal(chapterOfHref('/forward-step-by-step/zh-cn/loss/'), chapterNumber('loss'));
  assert.equal(chapterOfHref('/base/en/notation/'), 0);
  assert.equal(chapterOfHref('/base/en/'), 0);
  assert.equal(numberedLabel('2. The neuron', 2), '2. The neuron');
  assert.equal(numberedLabel('Loss', 4), '4. Loss');
  assert.equal(numberedLabel('7. Old number', 8), '8. Old number');
});
