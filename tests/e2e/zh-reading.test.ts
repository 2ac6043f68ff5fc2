// Reading checks over the built site as a reader meets it, with scripts running: every page of both
// locales is loaded, its widgets are started, every number field and exercise is given bad input so
// the error messages show, every widget button is pressed once, and every <details> is opened. Then
// the text on screen (each block's text as the browser lays it out, code line by line, code-cell
// output) and the aria-label, title, alt and placeholder attributes are judged:
//  - zh: the house rules for Chinese (scripts/lint-zh.mjs `zhTextFindings`: full-width punctuation,
//    one space between Chinese and Latin letters or digits, none after full-width punctuation or
//    between Chinese characters), one term per idea (src/chapters/glossary.ts `avoidedTerms`);
//  - en: no Chinese (outside the language picker's own name for Chinese);
//  - both: no message names "NaN" or "Infinity"; no literal Markdown (`**`, a backtick) and no
//    unevaluated MDX expression (`{digitSource.package}`) in the text, whether prose or inline code.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { builtPages } from './site.ts';
import { zhTextFindings } from '../../scripts/lint-zh.mjs';
import { avoidedTerms } from '../../src/chapters/glossary.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const pages = builtPages();

interface Seg { text: string; kind: 'prose' | 'code' | 'output' | 'attr' | 'message'; where: string }

/**
 * Runs in the page: the text a reader meets, in segments. A segment is the inline text of one block
 * (a paragraph, a cell, a button, an SVG text), whitespace collapsed as the browser does; an empty
 * inline-block (a colour key) lets the spaces on both sides stand. Formulas count as one Latin
 * letter ("x"); code is taken line by line. Attributes come as their own segments.
 */
function collect(): Seg[] {
  const segs: Seg[] = [];
  const SVG = 'http://www.w3.org/2000/svg';
  const KEEP = '\u0001';
  let buf = '';
  let kind: Seg['kind'] = 'prose';
  let where = '';
  const name = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''}`;
  const flush = () => {
    let t = buf;
    if (kind === 'prose' || kind === 'output') t = t.replace(/[ \t\n\r\f]+/g, ' ').trim();
    t = t.replace(/\u0001/g, '');
    if (t.trim()) segs.push({ text: t, kind, where });
    buf = '';
  };
  const pageLang = document.documentElement.lang.toLowerCase().slice(0, 2);
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement!;
      // Words in the other language, marked as such (a cited title, "loss" after its Chinese name), are
      // judged like a formula: as one Latin letter among the Chinese.
      const lang = parent.closest('[lang]')?.getAttribute('lang')?.toLowerCase().slice(0, 2);
      if (lang && lang !== pageLang) {
        if ((node as Text).data.trim()) buf += 'x';
        return;
      }
      // In pre-line text a line break is a line break.
      const ws = getComputedStyle(parent).whiteSpace;
      const data = (node as Text).data;
      if (kind !== 'code' && /^pre/.test(ws) && data.includes('\n')) {
        const lines = data.split('\n');
        lines.forEach((line, i) => {
          if (i > 0) flush();
          buf += line;
        });
        return;
      }
      buf += data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName;
    if (['script', 'style', 'template', 'noscript', 'head', 'link', 'meta'].includes(tag)) return;
    if (el.classList.contains('katex-mathml')) return;
    for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext', 'aria-roledescription']) {
      const v = el.getAttribute(a);
      if (v && v.trim()) segs.push({ text: v, kind: 'attr', where: `${name(el)}[${a}]` });
    }
    if (el.classList.contains('katex')) {
      buf += 'x';
      return;
    }
    const style = getComputedStyle(el);
    if (style.display === 'none') return;
    const svgText = el.namespaceURI === SVG && ['text', 'title', 'desc', 'svg', 'g', 'foreignObject'].includes(tag);
    const inline = el.namespaceURI === SVG ? !svgText : style.display === 'inline' || style.display === 'contents';
    if (!inline && el.namespaceURI !== SVG && (style.display === 'inline-block' || style.display === 'inline-flex') && !el.textContent?.trim() && !el.querySelector('img, svg, input')) {
      // An empty swatch between words: the spaces on both sides both show.
      buf += KEEP;
      return;
    }
    if (inline && tag !== 'br') {
      for (const c of el.childNodes) visit(c);
      return;
    }
    const outerKind = kind;
    const outerWhere = where;
    flush();
    if (tag === 'pre' || el.classList.contains('ec-line')) kind = 'code';
    if (el.classList.contains('nb-output')) kind = 'output';
    if (kind === 'prose' || kind === 'output') where = name(el);
    for (const c of el.childNodes) visit(c);
    flush();
    kind = outerKind;
    where = outerWhere;
  };
  visit(document.body);
  flush();
  return segs;
}

/** Starts every widget (each is scrolled into view) and opens every folded part. */
async function wakeUp(page: Page) {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(40);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/** Every message a reader can provoke by typing: bad values into each field and exercise, each button of a widget once. */
async function provoke(page: Page): Promise<Seg[]> {
  const segs: Seg[] = [];
  const add = async (where: string, texts: string[]) => {
    for (const text of texts) if (text.trim()) segs.push({ text: text.trim().replace(/\s+/g, ' '), kind: 'message', where });
  };
  // Widget number fields: each bad value, judged on leaving the field.
  const fields = page.locator('main [data-number-field]');
  for (let i = 0; i < (await fields.count()); i++) {
    const field = fields.nth(i);
    const input = field.locator('[data-text]');
    if (!(await input.isVisible()) || !(await input.isEditable())) continue;
    const before = await input.inputValue();
    const id = (await input.getAttribute('id')) ?? `field ${i}`;
    for (const bad of ['abc', 'NaN', '1e999', '1e308', '1,5']) {
      await input.fill(bad);
      await input.press('Tab');
      await add(`#${id} "${bad}"`, await field.locator('[data-message]').allTextContents());
    }
    await input.fill(before);
    await input.press('Tab');
  }
  // Exercises: each bad answer, checked.
  const exercises = page.locator('main [data-exercise]');
  for (let i = 0; i < (await exercises.count()); i++) {
    const box = exercises.nth(i);
    const input = box.locator('[data-form] input');
    if (!(await input.isVisible())) continue;
    for (const bad of ['abc', 'NaN', 'Infinity', '1e999', '1/0']) {
      await input.fill(bad);
      await input.press('Enter');
      await add(`exercise ${i + 1} "${bad}"`, await box.locator('[data-result]').allTextContents());
    }
    await input.fill('');
  }
  // Other text fields of widgets (the playground's): a bad value, then the widget's live regions.
  const others = page.locator('main input[type=text]:not([data-text]):not([data-exercise] input), main input:not([type]):not([data-text])');
  for (let i = 0; i < (await others.count()); i++) {
    const input = others.nth(i);
    if (!(await input.isVisible()) || !(await input.isEditable())) continue;
    const before = await input.inputValue();
    for (const bad of ['abc', 'NaN', '1e999']) {
      await input.fill(bad);
      await input.press('Tab');
      await add(`input ${i} "${bad}"`, await page.locator('main [aria-live], main [role=alert], main [role=status]').allTextContents());
    }
    await input.fill(before);
    await input.press('Tab');
  }
  // Every button of every widget once (not the code cells' own toolbar, not the copy buttons).
  const buttons = page.locator('main .fw-widget button, main figure button, main [data-playground] button, main [data-rules-vs-neuron] button');
  for (let i = 0; i < (await buttons.count()); i++) {
    const b = buttons.nth(i);
    if (!(await b.isVisible()) || !(await b.isEnabled())) continue;
    if (await b.evaluate((el) => !!el.closest('nb-cell, .expressive-code'))) continue;
    await b.click({ timeout: 2000 }).catch(() => undefined);
  }
  await page.waitForTimeout(500);
  return segs;
}

/** What the reader meets on one page: at rest, while bad input is refused, and after every button was pressed. */
async function readPage(page: Page, path: string): Promise<Seg[]> {
  await page.goto(path);
  await wakeUp(page);
  const atRest = await page.evaluate(collect);
  const messages = await provoke(page);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.waitForTimeout(100);
  const after = await page.evaluate(collect);
  const seen = new Set<string>();
  return [...atRest, ...messages, ...after].filter((s) => {
    const key = `${s.kind} ${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const han = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;


test.describe('what the reader meets, with scripts running', () => {
  test.describe.configure({ timeout: 240_000 });

  for (const path of pages.filter((p) => p.startsWith('zh-cn/'))) {
    test(`${path}: the Chinese follows the house rules and the glossary, and no message names NaN or Infinity`, async ({ page }) => {
      const found: string[] = [];
      for (const seg of await readPage(page, path)) {
        const kind = seg.kind === 'code' ? 'code' : 'prose';
        for (const f of zhTextFindings(seg.text, kind) as { rule: string; excerpt: string }[]) found.push(`${seg.where} (${seg.kind}): ${f.rule}: ${JSON.stringify(f.excerpt)}`);
        if (seg.kind !== 'code') for (const hit of avoidedTerms(seg.text)) found.push(`${seg.where} (${seg.kind}): "${hit.term}" where the glossary says "${hit.use}"`);
        if (seg.kind === 'message' && /\b(NaN|Infinity)\b/.test(seg.text)) found.push(`${seg.where}: a message names NaN or Infinity: "${seg.text}"`);
        if (seg.kind === 'output' && /(?<![\w.])(true|false)(?![\w.])/.test(seg.text) && han.test(seg.text)) found.push(`${seg.where}: an English boolean in Chinese output: "${seg.text}"`);
      }
      expect(found).toEqual([]);
    });
  }

  for (const path of pages.filter((p) => p.startsWith('en/'))) {
    test(`${path}: no Chinese on the English page, and no message names NaN or Infinity`, async ({ page }) => {
      const found: string[] = [];
      const segs = await readPage(page, path);
      // The language picker names the other edition in its own language.
      const picker = new Set(await page.locator('starlight-lang-select option, [lang^="zh"]').allTextContents());
      for (const seg of segs) {
        if (han.test(seg.text) && !picker.has(seg.text.trim())) found.push(`${seg.where} (${seg.kind}): "${seg.text.slice(0, 80)}"`);
        if (seg.kind !== 'code' && /\d[ \u00a0]+%/.test(seg.text)) found.push(`${seg.where}: a space before % (the site writes 60%): "${seg.text.slice(0, 80)}"`);
        if (seg.kind === 'message' && /\b(NaN|Infinity)\b/.test(seg.text)) found.push(`${seg.where}: a message names NaN or Infinity: "${seg.text}"`);
      }
      expect(found).toEqual([]);
    });
  }
});

/** The visible text of a built page (prose and inline code; not code blocks, scripts or KaTeX's MathML copy). */
function visibleTexts(html: string): { text: string; inCode: boolean }[] {
  const out: { text: string; inCode: boolean }[] = [];
  const visit = (node: Nodes, inCode: boolean) => {
    if (node.type === 'text') {
      if (node.value.trim()) out.push({ text: node.value, inCode });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let code = inCode;
    if (node.type === 'element') {
      if (['head', 'script', 'style', 'template', 'pre'].includes(node.tagName)) return;
      const cls = node.properties?.className;
      if (Array.isArray(cls) && cls.map(String).some((c) => c === 'katex-mathml' || c === 'expressive-code')) return;
      for (const attr of ['ariaLabel', 'title', 'alt', 'placeholder']) {
        const v = node.properties?.[attr];
        if (typeof v === 'string') out.push({ text: v, inCode: false });
      }
      if (node.tagName === 'code') code = true;
    }
    for (const c of node.children) visit(c as Nodes, code);
  };
  visit(fromHtml(html), false);
  return out;
}

test('no built page shows literal Markdown (**, a backtick) or an unevaluated {expression}, in prose or inline code', () => {
  expect(pages.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const path of pages) {
    for (const { text, inCode } of visibleTexts(readFileSync(`${outDir}/${path}index.html`, 'utf8'))) {
      // `{digitSource.package}` inside backticks is printed, not evaluated; a `${…}` is code's own.
      const expr = /(?<!\$)\{\s*[A-Za-z_$][\w$]*(?:\.[\w$]+|\([^(){}]*\))*\s*\}/.exec(text);
      if (expr) found.push(`${path}${inCode ? ' (code)' : ''}: "${expr[0]}" in "${text.trim().slice(0, 80)}"`);
      if (!inCode && /\*\*|`/.test(text)) found.push(`${path}: Markdown left in "${text.trim().slice(0, 80)}"`);
    }
  }
  expect(found).toEqual([]);
});
