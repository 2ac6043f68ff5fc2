import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineBodyStylesheets, linkedStylesheets } from '../../../src/build/head-stylesheets.ts';

test('inlineBodyStylesheets: the docstring example', () => {
  assert.equal(inlineBodyStylesheets('<head></head><body><link rel="stylesheet" href="/a.css"></body>', () => 'p{}'), '<head><style>p{}</style></head><body></body>');
});

test('inlineBodyStylesheets inlines each body stylesheet once, last in the head, and leaves the head and print sheets alone', () => {
  const html = '<head><link rel="stylesheet" href="/s/_astro/print.css" media="print"><style>a{}</style></head><body><p>x</p>'
    + '<div><link rel="stylesheet" href="/s/_astro/ec.css"><pre>1</pre></div><link rel="stylesheet" href="/s/_astro/ec.css"/><pre>2</pre></body>';
  const read = (href: string) => ({ '/s/_astro/ec.css': '.expressive-code{color:red}', '/s/_astro/print.css': 'x{}' } as Record<string, string>)[href];
  const out = inlineBodyStylesheets(html, read);
  assert.equal(out, '<head><link rel="stylesheet" href="/s/_astro/print.css" media="print"><style>a{}</style><style>.expressive-code{color:red}</style></head><body><p>x</p><div><pre>1</pre></div><pre>2</pre></body>');
  assert.deepEqual(linkedStylesheets(out), ['/s/_astro/print.css']);
});

test('inlineBodyStylesheets leaves a link it cannot read, and a page without a head, as they are', () => {
  const html = '<head></head><body><link rel="stylesheet" href="/elsewhere.css"></body>';
  assert.equal(inlineBodyStylesheets(html, () => undefined), html);
  assert.equal(inlineBodyStylesheets('<body><link rel="stylesheet" href="/a.css"></body>', () => 'p{}'), '<body><link rel="stylesheet" href="/a.css"></body>');
});
