// The digits chapter's prose values, computed once when the pages are built. They live apart from
// digits.ts because the digit reader and the code cells' worker load that module, and neither should
// score the test digits on load.
import { digitFacts, digitSource } from './digits.ts';

/** The chapter's facts (digitFacts: sizes, parameter count, set sizes, score), computed once. */
export const facts = digitFacts();

/** Counts as English prose writes them, with thousands separators, e.g. "10,000". */
export const factsEn = {
  total: digitSource.total.toLocaleString('en'),
  train: facts.train.toLocaleString('en'),
  params: facts.params.toLocaleString('en'),
};
