import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageScope, scopeOf } from '../../../src/notebook/scopes.ts';

test('scopeOf(path) gives the digits scope to the digits chapter in both locales and the base scope elsewhere', () => {
  assert.equal(scopeOf('content/docs/zh-cn/digits.mdx'), 'digits');
  assert.equal(scopeOf('/w/content/docs/en/digits.mdx'), 'digits');
  assert.equal(scopeOf('content/docs/en/neuron.mdx'), 'base');
  assert.equal(scopeOf('content/docs/en/constructor.mdx'), 'base'); // a name on Object.prototype is no chapter
  assert.equal(scopeOf('elsewhere/digits.mdx'), 'base');
});

test('pageScope(value) reads the data-scope attribute, anything unknown being the base scope', () => {
  assert.equal(pageScope('digits'), 'digits');
  assert.equal(pageScope(undefined), 'base');
  assert.equal(pageScope('everything'), 'base');
});
