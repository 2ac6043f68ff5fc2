import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OFFLINE_PAGE_SCRIPT, SW_PAGES_SCRIPT, pagesToRefresh, savedPageLinks, writePageScripts } from '../../../src/build/sw-pages.ts';
import { registerServiceWorkerScript } from '../../../src/build/service-worker.ts';

const scope = 'https://example.org/forward-step-by-step/';

test('pagesToRefresh: saved pages, then open tabs, then the root, each once, inside the scope only', () => {
  assert.deepEqual(
    pagesToRefresh(
      [`${scope}en/neuron/`, `${scope}zh-cn/`],
      [`${scope}en/neuron/#weights`, `${scope}en/loss/?x=1`, 'https://example.org/other/', `${scope}sw.js`, `${scope}en/loss`],
      scope,
    ),
    [`${scope}en/neuron/`, `${scope}zh-cn/`, `${scope}en/loss/?x=1`, scope],
  );
  // The first install: no page saved, one tab open.
  assert.deepEqual(pagesToRefresh([], [`${scope}zh-cn/neuron/`], scope), [`${scope}zh-cn/neuron/`, scope]);
});

test('savedPageLinks: this edition first, its home page first, then by title; no root, offline or 404 page', () => {
  const pages = [
    { url: scope, title: 'Forward, Step by Step · 一步步理解前向传播' },
    { url: `${scope}en/offline/`, title: 'You are offline | Forward, Step by Step' },
    { url: `${scope}en/404/`, title: 'Page not found | Forward, Step by Step' },
    { url: `${scope}en/neuron/`, title: 'The neuron | Forward, Step by Step' },
    { url: `${scope}zh-cn/neuron/`, title: '神经元 | 一步步理解前向传播' },
    { url: `${scope}en/loss/`, title: 'Loss | Forward, Step by Step' },
    { url: `${scope}en/`, title: 'Forward, Step by Step' },
    { url: 'https://elsewhere.org/en/x/', title: 'Elsewhere' },
  ];
  const en = savedPageLinks(pages, scope, 'en');
  assert.deepEqual(en.map((p) => [p.url.slice(scope.length), p.title, p.edition]), [
    ['en/', 'Forward, Step by Step', 'en'],
    ['en/loss/', 'Loss', 'en'],
    ['en/neuron/', 'The neuron', 'en'],
    ['zh-cn/neuron/', '神经元', 'zh-cn'],
  ]);
  assert.deepEqual(savedPageLinks(pages, scope, 'zh-cn').map((p) => p.url.slice(scope.length)), ['zh-cn/neuron/', 'en/', 'en/loss/', 'en/neuron/']);
  assert.deepEqual(savedPageLinks([{ url: `${scope}en/x/`, title: '' }], scope, 'en')[0].title, `${scope}en/x/`);
  assert.deepEqual(savedPageLinks([], scope, 'en'), []);
});

test('writePageScripts writes both scripts as plain JavaScript, and its import URL changes with the script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-sw-'));
  try {
    const url = writePageScripts(dir, '/forward-step-by-step/', 'fw-pages');
    assert.match(url, /^\/forward-step-by-step\/sw-pages\.js\?v=[0-9a-f]{12}$/);
    for (const file of [SW_PAGES_SCRIPT, OFFLINE_PAGE_SCRIPT]) {
      const text = readFileSync(join(dir, file), 'utf8');
      assert.doesNotThrow(() => new Function(text), file); // parses as a classic script
      assert.ok(text.includes('"fw-pages"'), file);
      assert.ok(!/\bimport\b|\bas unknown\b/.test(text), file);
    }
    assert.equal(writePageScripts(dir, '/forward-step-by-step/', 'fw-pages'), url);
    assert.notEqual(writePageScripts(dir, '/forward-step-by-step/', 'other'), url);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the registration script parses, in both editions, and carries its notice', () => {
  for (const [locale, text] of [['en', 'This site was updated'], ['zh-cn', '本站已更新']] as const) {
    const script = registerServiceWorkerScript('/forward-step-by-step/', locale);
    assert.doesNotThrow(() => new Function(script));
    assert.ok(script.includes(text));
    assert.ok(script.includes('"/forward-step-by-step/sw.js"'));
  }
});
