// The digit reader's shipped files read from disk, for build time (chapter prose, code cells run
// in Node) and tests. The browser fetches the same files (the widget) or inlines them (the cells' worker).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeNetwork, decodeTestDigits, digitCellScope, DIGIT_SIZES, digitSource, scoreDigits } from './digits.ts';
import type { DigitScore, TestDigits } from './digits.ts';
import type { NetworkSpec } from '../forward/index.ts';

// Resolved from the project root (builds and tests run there), as in index.ts.
const dir = join(process.cwd(), 'src', 'chapters', 'digits');

/** The bytes of network.bin (float32 weights) and test-digits.bin (uint8 labels and pixels). */
export const networkBytes = (): Uint8Array => new Uint8Array(readFileSync(join(dir, 'network.bin')));
export const testDigitBytes = (): Uint8Array => new Uint8Array(readFileSync(join(dir, 'test-digits.bin')));

/** The shipped network and test digits, decoded. */
export function shippedDigits(): { net: NetworkSpec; tests: TestDigits } {
  return { net: decodeNetwork(networkBytes()), tests: decodeTestDigits(testDigitBytes()) };
}

let score: DigitScore | null = null;
/** The shipped network's score on the shipped test digits (forwardBatch), computed once per build. */
export function shippedScore(): DigitScore {
  if (!score) {
    const { net, tests } = shippedDigits();
    score = scoreDigits(net, tests);
  }
  return score;
}

/** The facts the chapter states, all computed: sizes, parameter count, set sizes, accuracy in per cent. */
export function digitFacts() {
  const s = shippedScore();
  const params = DIGIT_SIZES.slice(1).reduce((sum, out, l) => sum + out * DIGIT_SIZES[l] + out, 0);
  return {
    sizes: DIGIT_SIZES.join('-'),
    params,
    train: digitSource.train,
    test: s.count,
    correct: s.correct,
    percent: (100 * s.accuracy).toFixed(1),
    networkKB: (networkBytes().length / 1000).toFixed(0),
  };
}

/** The cell scope of the digits chapter, reading the files from disk. */
export const nodeDigitCellScope = () => digitCellScope(networkBytes, testDigitBytes);
