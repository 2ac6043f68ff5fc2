import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { localiseAnchorLabels } from '../../../src/build/anchor-labels.ts';

const heading = (label: string) => `<div class="sl-heading-wrapper level-h2"><h2 id="层">层</h2><a class="sl-anchor-link" href="#层"><span aria-hidden="true" class="sl-anchor-icon"><svg></svg></span><span class="sr-only" data-pagefind-ignore>${label}</span></a></div>`;

test('localiseAnchorLabels: the doc comment example, with the site\'s Chinese template', () => {
  const template = JSON.parse(readFileSync('src/content/i18n/zh-CN.json', 'utf8'))['heading.anchorLabel'];
  assert.equal(template, '本节链接：{{title}}');
  const page = `${heading('Section titled “层”')}<p>Section titled “kept”: prose is not a label.</p>${heading('Section titled “激活函数 ReLU”')}`;
  assert.equal(localiseAnchorLabels(page, template), `${heading('本节链接：层')}<p>Section titled “kept”: prose is not a label.</p>${heading('本节链接：激活函数 ReLU')}`);
});
