import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromB64url, keptKey, linkHash, MAX_KEPT, readLink, toB64url, tooBig } from '../../../src/notebook/keep.ts';

test('links round-trip any code, Chinese included, and read back as the cell they name', () => {
  assert.equal(toB64url('1 + 1'), 'MSArIDE');
  assert.equal(fromB64url('MSArIDE'), '1 + 1');
  assert.equal(linkHash(1, '1 + 1'), '#cell-2=MSArIDE');
  assert.deepEqual(readLink('#cell-2=MSArIDE'), { index: 1, code: '1 + 1' });
  const code = 'const 权重 = [0.5, -1];\n权重';
  assert.deepEqual(readLink(linkHash(0, code)), { index: 0, code });
  assert.equal(keptKey('/en/neuron/', 0), 'nb:/en/neuron/:0');
});

test('links and kept edits over MAX_KEPT characters are refused, damaged links too', () => {
  assert.equal(MAX_KEPT, 65_536);
  assert.equal(tooBig('x'.repeat(MAX_KEPT)), false);
  assert.equal(tooBig('x'.repeat(70_000)), true);
  assert.deepEqual(readLink(linkHash(2, 'x'.repeat(MAX_KEPT + 1))), { index: 2, refused: 'too-big' });
  assert.deepEqual(readLink(`#cell-1=${'A'.repeat(4 * MAX_KEPT + 4)}`), { index: 0, refused: 'too-big' });
  assert.deepEqual(readLink('#cell-1=%%%'), { index: 0, refused: 'damaged' });
  assert.deepEqual(readLink('#cell-1=_w'), { index: 0, refused: 'damaged' }); // not UTF-8
  assert.equal(readLink('#intro'), null);
});

test('a huge link is refused by its size before anything is decoded', () => {
  // Characters base64url never uses: decoding would call it damaged, so "too-big" shows the size came first.
  assert.deepEqual(readLink(`#cell-1=${'%'.repeat(5_000_000)}`), { index: 0, refused: 'too-big' });
});
