import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCellError, isCompiledCell, isReply, isRequest } from '../../../src/notebook/protocol.ts';

const compiled = { js: '1', declared: [{ name: 'a', kind: 'const' }], hasResult: true, shifts: [{ line: 1, column: 0, delta: 9 }] };

test('isRequest(message) accepts boot, run and reset with ids', () => {
  assert.ok(isRequest({ type: 'boot', id: 1, workerSource: 'x', locale: 'zh-cn' }));
  assert.ok(!isRequest({ type: 'boot', id: 1, workerSource: 'x' }));
  assert.ok(isRequest({ type: 'run', id: 2, cell: 0, compiled, timeout: 3000 }));
  assert.ok(isRequest({ type: 'reset', id: 3 }));
});

test('isRequest(message) rejects unknown types, missing ids and malformed cells', () => {
  assert.ok(!isRequest({ type: 'eval', id: 1 }));
  assert.ok(!isRequest({ type: 'reset' }));
  assert.ok(!isRequest({ type: 'run', id: 2, cell: 0, compiled: { js: 1 }, timeout: 3000 }));
  assert.ok(!isRequest({ type: 'run', id: 2, cell: 0, compiled, timeout: 0 }));
  assert.ok(!isRequest(null));
  assert.ok(!isRequest('run'));
});

test('isReply(message) accepts every reply and checks result data', () => {
  assert.ok(isReply({ type: 'booted', id: 1 }));
  assert.ok(isReply({ type: 'result', id: 2, cell: 0, result: { entries: [], cut: 0, error: null } }));
  assert.ok(isReply({ type: 'result', id: 2, cell: 0, result: { entries: [], cut: 0, error: { message: 'x', line: 1, column: 2 } } }));
  assert.ok(isReply({ type: 'stopped', id: 3, cell: 1, reason: 'timeout', ms: 3000 }));
  assert.ok(isReply({ type: 'stopped', id: 0, cell: 1, reason: 'busy', ms: 0 }));
  assert.ok(isReply({ type: 'async', id: 0, cell: 2, error: { message: 'late', line: 1, column: 1 } }));
  assert.ok(isReply({ type: 'reset-done', id: 4 }));
  assert.ok(!isReply({ type: 'result', id: 2, cell: 0, result: { entries: [], cut: 0, error: { message: 'x' } } }));
  assert.ok(!isReply({ type: 'stopped', id: 3, cell: 1, reason: 'bored', ms: 1 }));
  assert.ok(!isReply({ type: 'async', id: 5, cell: 2, error: { message: 'late', line: 1, column: 1 } }));
  assert.ok(!isReply({ type: 'ready', id: 0 }));
  assert.ok(!isReply({ type: 'failed', id: 4, message: 'no' }));
});

test('isCellError and isCompiledCell check every field', () => {
  assert.ok(isCellError({ message: 'm', line: 0, column: 0 }));
  assert.ok(!isCellError({ message: 'm', line: 1.5, column: 0 }));
  assert.ok(isCompiledCell(compiled));
  assert.ok(!isCompiledCell({ ...compiled, declared: [{ name: 'a', kind: 'var' }] }));
});
