// Reading checks over the built site, every page of both locales: what a reader meets must be
// finished text. Each test keeps one kind of fault out (template leaks, exercises that give their
// answer away, English in the zh edition, "the article" without a link to About).
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { activationNames } from '../../src/forward/index.ts';
import type { Nodes } from 'hast';
import { withinTolerance } from '../../components/kit/grade.ts';
import { builtPages, classes, elements, pieces, textOf, type Page } from './dist.ts';

const pages: Page[] = builtPages();

/** Every name the library and the chapter modules export. */
function libraryNames(): string[] {
  const files = [join('src', 'forward', 'index.ts'), ...readdirSync(join('src', 'chapters')).filter((f) => f.endsWith('.ts')).map((f) => join('src', 'chapters', f))];
  const names = new Set<string>();
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/export\s+(?:const|function|class|interface|type|let)\s+(\w+)/g)) names.add(m[1]);
    for (const m of src.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) for (const n of m[1].split(',')) names.add(n.trim().split(/\s+as\s+/).pop()!);
  }
  // The activation names are the values cells print when they list them.
  for (const n of activationNames) names.add(n);
  return [...names].filter(Boolean);
}

/** Names that only code has: camelCase, digits or underscores (plain words such as "softmax" are prose too). */
function codeNames(): string[] {
  return libraryNames().filter((n) => /[a-z][A-Z]/.test(n) || /\d/.test(n) || n.includes('_'));
}

test('no page shows template code, library names or unevaluated values in its prose or formulas', () => {
  expect(pages.length).toBeGreaterThan(20);
  const names = codeNames();
  expect(names).toContain('formatVector');
  expect(names).toContain('example221');
  const name = new RegExp(`\\b(${names.join('|')})\\b`);
  // "undefined" and "NaN" as printed values (the words themselves are prose: "∞ / ∞ is undefined").
  const leftovers = /\$\{|=>|(?<!\b(?:is|an|be|stays|remains) )\bundefined\b|\[object |\bch\.\w|\[\s*NaN\b|\bNaN\s*\]|\bNaN,\s*NaN\b|\bnull\b|[A-Za-z]‘[a-z]/;
  const found: string[] = [];
  for (const page of pages) {
    for (const p of pieces(page, false)) {
      if (p.where === 'code' || p.where === 'output') continue;
      const hit = name.exec(p.text) ?? leftovers.exec(p.text);
      if (hit) found.push(`${page.path} (${p.where}): "${hit[0]}" in "${p.text.trim().slice(0, 80)}"`);
    }
    for (const el of elements(page)) {
      for (const attr of ['ariaLabel', 'title', 'alt', 'placeholder'] as const) {
        const v = el.properties?.[attr];
        if (typeof v !== 'string') continue;
        const hit = name.exec(v) ?? leftovers.exec(v);
        if (hit) found.push(`${page.path} [${attr}]: "${hit[0]}" in "${v.slice(0, 80)}"`);
      }
    }
  }
  expect(found).toEqual([]);
});

test('every exercise shows only its question, with a hint and a solution folded away', () => {
  let count = 0;
  const found: string[] = [];
  for (const page of pages) {
    for (const box of elements(page).filter((el) => el.properties?.dataExercise !== undefined)) {
      count += 1;
      const parts = box.children.filter((c) => c.type === 'element');
      const question = parts.find((c) => classes(c).includes('fw-exercise-q'));
      const folded = parts.filter((c) => c.tagName === 'details');
      const id = String(question?.properties?.id ?? '?');
      const q = question ? textOf(question).trim() : '';
      if (!q) found.push(`${page.path} ${id}: no question`);
      if (folded.length !== 2) found.push(`${page.path} ${id}: ${folded.length} folded parts (expected hint and solution)`);
      for (const d of folded) {
        const body = d.children.filter((c) => c.type === 'element' && c.tagName !== 'summary').map((c) => textOf(c)).join('').trim();
        if (!body) found.push(`${page.path} ${id}: an empty ${textOf(d.children.find((c) => c.type === 'element' && c.tagName === 'summary')!)}`);
        else if (q.includes(body.slice(0, 24))) found.push(`${page.path} ${id}: the question contains "${body.slice(0, 24)}"`);
        if (d.properties?.open !== undefined) found.push(`${page.path} ${id}: opened by default`);
      }
    }
  }
  expect(count).toBeGreaterThanOrEqual(20);
  expect(found).toEqual([]);
});

/**
 * Every number written on a page before an exercise, in document order: prose, formulas, tables,
 * build-time cell outputs and code, and earlier exercises' hints and solutions (a reader may open them).
 * The exercise's own hint counts too. Left out: the exercise boxes' tolerance lines ("answers within
 * ±0.01") and the exercise's own solution.
 */
function numbersBeforeEachExercise(page: Page): { id: string; answer: number; tolerance: number; shown: string; before: string[] }[] {
  const out: { id: string; answer: number; tolerance: number; shown: string; before: string[] }[] = [];
  const visit = (node: Nodes, seen: string[]) => {
    if (node.type === 'text') {
      for (const m of node.value.replace(/\u2212/g, '-').matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)) seen.push(m[0]);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (['head', 'script', 'style', 'template'].includes(node.tagName)) return;
      if (classes(node).includes('fw-exercise-tol')) return;
      if (node.properties?.dataExercise !== undefined) {
        // The exercise's own hint counts as shown before it: a hint must not give the answer either.
        const hint = elements({ ...page, tree: { type: 'root', children: [node] } }).find((el) => el.properties?.dataHint !== undefined);
        const hinted: string[] = [];
        if (hint) visit(hint, hinted);
        out.push({ id: String(node.properties.ariaLabelledBy), answer: Number(node.properties.dataAnswer), tolerance: Number(node.properties.dataTolerance), shown: String(node.properties.dataShown), before: [...seen, ...hinted] });
      }
    }
    for (const child of node.children) visit(child as Nodes, seen);
  };
  visit(page.tree, []);
  return out;
}

/** Decimal places of a number as written ("0.01" → 2, "5e-4" → 4, "12" → 0). */
const places = (s: string): number => {
  const [mant, exp] = s.toLowerCase().split('e');
  return Math.max(0, (mant.split('.')[1]?.length ?? 0) - Number(exp ?? 0));
};

test('no exercise asks for a number the page has already shown above it or in its hint', () => {
  // A written number gives the answer away when it is the answer, rounded to the places it is written
  // with, and a reader typing it would be marked right (it lies within the tolerance), and it is
  // written at least as finely as the page's own answer or its tolerance. So "0.62" gives away
  // 0.615 ± 0.01, and "2.44e-4" gives away 2.441e-4 ± 1e-6; "1.2" (a data point) does not give away
  // 1.204 ± 0.01, nor a plot's axis end 3.35e-4 an answer of 0. Whole numbers count from two digits on
  // ("4 layers" is context; a printed "32" parameters is the answer).
  let count = 0;
  const found: string[] = [];
  for (const page of pages) {
    for (const ex of numbersBeforeEachExercise(page)) {
      count += 1;
      const given = ex.before.filter((s) => {
        const v = Number(s), d = Math.abs(v - ex.answer), p = places(s);
        if (!withinTolerance(v, ex.answer, ex.tolerance) || d > 0.5 * 10 ** -p * (1 + 1e-9)) return false;
        if (p === 0 && Math.abs(v) < 10) return false;
        return p >= Math.min(places(ex.shown), places(String(ex.tolerance)));
      });
      if (given.length) found.push(`${page.path} ${ex.id} (answer ${ex.answer} ± ${ex.tolerance}): shown above as ${[...new Set(given)].join(', ')}`);
    }
  }
  expect(count).toBeGreaterThanOrEqual(20);
  expect(found).toEqual([]);
});

test('every fraction a formula works out, a/b = c or a/b ≈ c, agrees with its own digits', () => {
  // A denominator rounded for show can make the written quotient disagree with the written result
  // (1/1.185 is 0.8439, not the 0.8438 that 1/1.18512 gives): the reader checks, and stops trusting.
  const found: string[] = [];
  let count = 0;
  for (const page of pages) {
    for (const el of elements(page).filter((e) => e.tagName === 'annotation')) {
      for (const m of textOf(el).matchAll(/\\frac\{(-?\d+(?:\.\d+)?)\}\{(-?\d+(?:\.\d+)?)\}\s*(?:=|\\approx)\s*(-?\d+(?:\.\d+)?)(?![\d.])/g)) {
        count += 1;
        const [, a, b, c] = m;
        const places = c.split('.')[1]?.length ?? 0;
        if (Math.abs(Number(a) / Number(b) - Number(c)) > 0.5 * 10 ** -places * (1 + 1e-9)) found.push(`${page.path}: ${m[0]} (the quotient is ${(Number(a) / Number(b)).toPrecision(8)})`);
      }
    }
  }
  expect(count).toBeGreaterThan(0);
  expect(found).toEqual([]);
});

// Names the zh edition writes in Latin letters on purpose: the field's standard terms, code and units.
const latinInZh = new Set([
  'relu', 'leaky', 'gelu', 'softmax', 'sigmoid', 'tanh', 'logit', 'logits', 'nan', 'mse', 'bce', 'ce', 'one-hot',
  'typescript', 'javascript', 'katex', 'simd', 'cpu', 'gpu', 'api', 'id', 'ctrl', 'tab', 'enter', 'esc', 'shift',
  'english', 'max', 'min', 'log', 'exp', 'ln', 'sin', 'cos', 'px', 'ms', 'kb', 'mb', 'mit', 'cc', 'by', 'a', 'x', 'y', 'z', 'w', 'b', 'e', 'f', 'l', 'k', 'm', 'n', 'p', 'i', 'j', 'd', 'xor', 'ok', 'url', 'github', 'css', 'html', 'svg', 'pdf',
  // Names of people, data sets and tools, written as their owners write them.
  'mnist', 'xavier', 'glorot', 'he', 'bengio', 'lecun', 'yann', 'corinna', 'cortes', 'christopher', 'c', 'burges',
  // JavaScript's Math object (cells share it) and the Home key, named as the keyboard prints it.
  'math', 'home', 'adam', 'tensorflow', 'tensorflow.js', 'js', 'npm', 'json', 'float32', 'uint8', 'wasm', 'webassembly', 'workbox',
]);

test('the zh edition speaks Chinese: no English words outside code, formulas and standard technical names', () => {
  const found = new Map<string, Set<string>>();
  // A cell's output may show what the code computed (names of the library, JavaScript's values and
  // types); the words it prints itself must be Chinese.
  const codeWords = new Set([...libraryNames(), 'true', 'false', 'null', 'Infinity', 'Float64Array', 'Float32Array', 'Array', 'Object', 'Matrix']);
  const note = (page: Page, where: string, text: string) => {
    // Addresses are names, not words: e-mail senders and links are left out.
    const words = text.replace(/[\w.+-]+@[\w.-]+|https?:\/\/\S+/g, ' ');
    for (const m of words.matchAll(/(?<![\w.])[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|(?<![\w.])[A-Za-z](?![\w])/g)) {
      const w = m[0].toLowerCase();
      // A symbol with its index (W1, h2, z1) is notation, not a word.
      if (/^[a-z]\d+$/i.test(m[0])) continue;
      if (latinInZh.has(w) || latinInZh.has(w.replace(/s$/, ''))) continue;
      if (where === 'output' && codeWords.has(m[0])) continue;
      const key = `${page.path} ${where}`;
      if (!found.has(key)) found.set(key, new Set());
      found.get(key)!.add(m[0]);
    }
  };
  for (const page of pages.filter((p) => p.locale === 'zh-cn')) {
    for (const p of pieces(page, false)) {
      if (p.where === 'code' || p.where === 'math' || p.lang === 'en') continue;
      note(page, p.where, p.text);
    }
    for (const el of elements(page)) {
      for (const attr of ['ariaLabel', 'title', 'alt', 'placeholder'] as const) {
        const v = el.properties?.[attr];
        if (typeof v === 'string') note(page, `[${attr}]`, v);
      }
    }
  }
  expect([...found].map(([k, v]) => `${k}: ${[...v].join(' ')}`)).toEqual([]);
});

test('"the article" is never mentioned without a link to the About page', () => {
  const mention = /source article|the article|原文|那篇文章/i;
  const found: string[] = [];
  for (const page of pages.filter((p) => !/\/about\/$/.test(p.path))) {
    for (const el of elements(page).filter((e) => ['p', 'li', 'td', 'dd', 'figcaption', 'summary', 'h2', 'h3'].includes(e.tagName))) {
      const own = el.children.filter((c) => c.type === 'text').map((c) => textOf(c)).join('') + el.children.filter((c) => c.type === 'element' && !['p', 'li', 'ul', 'ol'].includes(c.tagName)).map((c) => textOf(c)).join('');
      if (!mention.test(own)) continue;
      const linked = elements({ ...page, tree: { type: 'root', children: [el] } }).some((a) => a.tagName === 'a' && /\/about\/?$/.test(String(a.properties?.href ?? '')));
      if (!linked) found.push(`${page.path}: "${own.trim().slice(0, 100)}"`);
    }
  }
  expect(found).toEqual([]);
});
