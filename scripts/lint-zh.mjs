// Lints the Chinese text. Two passes:
//  1. AutoCorrect (autocorrect-node, configured by .autocorrectrc) over the zh edition's pages, the
//     chapter modules and every Chinese string table: full-width punctuation between Chinese
//     characters, one space between Chinese and Latin letters or digits. In MDX, math, JSX tags and
//     {expressions} are masked (replaced by a neutral placeholder of the same length that AutoCorrect
//     leaves alone) so only prose is judged.
//  2. The house rules AutoCorrect does not judge (`zhTextFindings`, below) over the same pages and over
//     every Chinese string literal and template text in components/ and src/notebook: ASCII , : ; ? !
//     or brackets beside Chinese, a space after (or before) full-width punctuation, Chinese next to a
//     Latin letter or digit without a space, a double space, a space between two Chinese characters.
// The same rules judge the built site as a reader meets it, after widgets have run and rejected bad
// input (tests/e2e/zh-reading.test.ts imports `zhTextFindings` from here).
// Prints one line per finding; exits 1 if any.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocorrect from 'autocorrect-node';

const here = fileURLToPath(new URL('..', import.meta.url));
autocorrect.loadConfig(readFileSync(join(here, '.autocorrectrc'), 'utf8'));

/** Chinese characters (CJK unified ideographs, extension A and compatibility ideographs). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const han = `[${HAN}]`;
/** Full-width punctuation that opens (nothing may follow it but text) and that closes. */
const OPENING = '，。：；？！、（“‘《「';
const CLOSING = '，。：；？！、）”’》」';

/**
 * The house rules for Chinese text as a reader sees it (a rendered paragraph, a label, an aria-label,
 * a console line): [rule, pattern]. `code` lines (pseudo-code and code with Chinese comments or
 * strings) are held only to the rules that concern punctuation and spacing beside Chinese.
 */
export const zhRules = [
  ['ASCII , : ; ? ! beside Chinese (use ，：；？！)', new RegExp(`${han}[,:;?!]|[,:;?!](?= ?${han})`, 'g')],
  ['ASCII bracket around or beside Chinese (use （）)', new RegExp(`\\((?= *${han})|(?<=${han} *)\\)|${han}\\(|\\)${han}`, 'g')],
  ['a space after full-width punctuation', new RegExp(`[${OPENING}][ \\u00a0]+(?=\\S)`, 'g')],
  ['a space before full-width punctuation', new RegExp(`(?<=\\S)[ \\u00a0]+[${CLOSING}]`, 'g')],
  ['Chinese next to a Latin letter or digit without a space', new RegExp(`${han}[A-Za-z0-9]|[A-Za-z0-9]${han}`, 'g')],
  ['more than one space beside Chinese', new RegExp(`${han}[ \\u00a0]{2,}(?=\\S)|(?<=\\S)[ \\u00a0]{2,}${han}`, 'g')],
  ['a space between two Chinese characters', new RegExp(`${han}[ \\u00a0]+${han}`, 'g')],
  ['a space before % (write 60%)', /\d[ \u00a0]+%/g],
  ['Markdown left on the page (** or a backtick)', /\*\*|`/g],
];

/** Rules that also hold in a line of code that contains Chinese (in its comments and strings). */
const codeRules = new Set([zhRules[0][0], zhRules[1][0], zhRules[4][0]]);

/**
 * The findings for one piece of Chinese text: `{ rule, at, excerpt }` for each rule broken, plus
 * AutoCorrect's own verdict for prose. `kind`: 'prose' (the default), 'code' (a line of code) or
 * 'source' (a string literal in a component's source).
 */
export function zhTextFindings(text, kind = 'prose') {
  const out = [];
  if (!new RegExp(han).test(text)) return out;
  // In code, a key of an object literal ({ 天气: … }) is syntax, not punctuation.
  if (kind === 'code') text = text.replace(new RegExp(`([{,]\\s*[${HAN}\\w]+\\s*):`, 'g'), '$1 ');
  for (const [rule, re] of zhRules) {
    if (kind === 'code' && !codeRules.has(rule)) continue;
    if (kind === 'source' && /backtick/.test(rule)) continue;
    for (const m of text.matchAll(re)) out.push({ rule, at: m.index, excerpt: text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12) });
  }
  if (kind === 'code') {
    // Pseudo-code in Chinese ends its clause with a full-width colon: "对 l = 1, …, L：".
    if (/:\s*$/.test(text) && new RegExp(`${han}[^"'\`]*$`).test(text.replace(/\/\/.*|#.*/, ''))) out.push({ rule: 'ASCII : ending a Chinese line of pseudo-code', at: text.length - 1, excerpt: text.slice(-24) });
  }
  if (kind === 'prose') {
    const fixed = autocorrect.format(text);
    if (fixed !== text) out.push({ rule: 'AutoCorrect', at: 0, excerpt: `${text.slice(0, 60)} → ${fixed.slice(0, 60)}` });
  }
  return out;
}

function walk(dir, keep, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, keep, out);
    else if (keep(full)) out.push(full);
  }
  return out;
}

const tableNames = /(^|\/)(strings|words|config|messages)\.ts$/;
export const zhFiles = [
  ...walk('content/docs/zh-cn', (f) => f.endsWith('.mdx') || f.endsWith('.md')),
  ...walk('src/chapters', (f) => f.endsWith('.ts')),
  ...walk('components', (f) => tableNames.test(f)),
  'src/notebook/strings.ts',
  'src/content/i18n/zh-CN.json',
].filter((f) => existsSync(f));

/** Source files whose Chinese string literals and template text pass 2 reads. */
export const zhSourceFiles = [
  ...walk('components', (f) => /\.(ts|astro)$/.test(f)),
  ...walk('src/notebook', (f) => f.endsWith('.ts')),
  ...walk('src/chapters', (f) => /\.(ts|astro)$/.test(f)),
].filter((f) => existsSync(f));

/** MDX with math and expressions masked by same-length runs of "x" and tags removed (lines are kept). */
export function maskMdx(text, cellGap = ' ') {
  const blank = (m) => m.replace(/[^\n]/g, 'x');
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/^(\s*\w+:)/gm, (k) => k)) // frontmatter stays (titles are prose)
    .replace(/^(import|export) .*$/gm, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/\$[^$\n]+\$/g, blank)
    // A self-closing component (a <Tex> formula, a value) counts as Latin text like math; other tags
    // vanish, so the text inside a link or a cell is judged with its neighbours.
    .replace(/<[A-Z][^<>]*?\/>/gs, blank)
    .replace(/<\/?(th|td|tr|li|p|div|thead|tbody|table|caption|figcaption)\b[^<>]*>/gs, cellGap)
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/gs, (m) => m.replace(/[^\n]/g, ''))
    .replace(/\{[^{}\n]*(\{[^{}\n]*\}[^{}\n]*)*\}/g, blank);
}

/**
 * The Chinese runs of a source file with their line numbers: each run of text between quotes, tags,
 * braces and `${…}` placeholders that holds a Chinese character (a string literal, a template's text,
 * a line of a comment is left out).
 */
export function chineseRuns(source) {
  const out = [];
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    // A regular expression's brackets and bars are not punctuation.
    const code = line.replace(/([=:(,[!&|?]\s*)\/(?![/*\s])(?:\\.|\[[^\]\n]*\]|[^/\n\\])+\/[dgimsuy]*/g, '$1 ').replace(/^\s*(\/\/|\*|\/\*).*$/, '').replace(/\s\/\/ .*$/, '');
    for (const m of code.matchAll(new RegExp(`[^'"\`<>{}\\n]*${han}[^'"\`<>{}\\n]*`, 'g'))) {
      const run = m[0].replace(/\$$/, '');
      out.push({ line: i + 1, text: run });
    }
  });
  return out;
}

/**
 * The `**` of a Markdown line that CommonMark does not take as a delimiter, so the reader sees two
 * asterisks: pairing them in order, an opening one must be left-flanking and a closing one
 * right-flanking. `**数据。**这些` fails (a closing `**` after punctuation with a letter after it);
 * `**数据**。这些` and `<strong>数据。</strong>这些` do not. Returns the offsets of the failing ones.
 */
export function unclosedStrong(line) {
  const punct = /[\p{P}\p{S}]/u;
  const space = (c) => c === undefined || /\s/.test(c);
  const out = [];
  let open = true;
  for (const m of line.matchAll(/\*\*/g)) {
    const before = line[m.index - 1];
    const after = line[m.index + 2];
    const left = !space(after) && (!punct.test(after) || space(before) || punct.test(before));
    const right = !space(before) && (!punct.test(before) || space(after) || punct.test(after));
    if (open ? !left : !right) out.push(m.index);
    open = !open;
  }
  return out;
}

/**
 * Punctuation written in a shared template right beside a translated string (`{t.samples}:`,
 * `${t.score} (`, `(${t.actually})`): it is ASCII in both editions. The punctuation belongs in the
 * string table, per locale.
 */
export const templatePunctuation = /(?<![\w$])\$?\{(?:t|words|strings|messages|labels|ui)\.[\w.]+(?:\([^(){}]*\))?\}(?:[:;,!?]|\s?\()|\(\$?\{(?:t|words|strings|messages|labels|ui)\.[\w.]+(?:\([^(){}]*\))?\}\)/g;

/** Pass 1 and 2 over the sources; returns the number of findings (printed). */
export function lintSources() {
  let findings = 0;
  for (const file of zhFiles) {
    const raw = readFileSync(file, 'utf8');
    const mdx = file.endsWith('.mdx');
    const text = mdx ? maskMdx(raw) : raw;
    const result = autocorrect.lintFor(text, mdx ? file.replace(/\.mdx$/, '.md') : file);
    if (result.error) {
      console.log(`${file}: ${result.error}`);
      findings += 1;
      continue;
    }
    for (const line of result.lines) {
      findings += 1;
      console.log(`${relative('.', file)}:${line.l}:${line.c}: ${JSON.stringify(line.old.trim()).slice(0, 120)} → ${JSON.stringify(line.new.trim()).slice(0, 120)}`);
    }
    if (mdx) {
      // House rules on the prose, line by line (code fences judged as code; table cells apart; the
      // frontmatter's keys blanked).
      let fence = false;
      const cells = maskMdx(raw, '\u0001').replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/^(\s*-?\s*[\w-]+:)/gm, (k) => k.replace(/./g, ' ')));
      cells.split('\n').forEach((line, i) => {
        if (/^\s*```/.test(line)) { fence = !fence; return; }
        let prose = fence ? line : line.replace(/`[^`\n]*`/g, (m) => m.replace(/./g, 'x')).replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1').replace(/\]\([^)\s]*\)/g, ']');
        if (!fence) {
          for (const at of unclosedStrong(prose)) {
            findings += 1;
            console.log(`${relative('.', file)}:${i + 1}: a ** CommonMark will not close or open (full-width punctuation on its inner side, text on its outer side; put the punctuation outside or use <strong>): ${JSON.stringify(prose.slice(Math.max(0, at - 12), at + 14))}`);
          }
          // What the reader sees: the emphasis marks are gone, the text around them meets.
          prose = prose.replace(/\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g, '').replace(/^#+ /, '');
        }
        for (const f of zhTextFindings(prose, fence ? 'code' : 'source')) {
          findings += 1;
          console.log(`${relative('.', file)}:${i + 1}: ${f.rule}: ${JSON.stringify(f.excerpt)}`);
        }
      });
    }
  }
  for (const file of zhSourceFiles) {
    const source = readFileSync(file, 'utf8');
    source.split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
      for (const m of line.matchAll(templatePunctuation)) {
        findings += 1;
        console.log(`${relative('.', file)}:${i + 1}: punctuation beside a translated string in a shared template (move it into the string table): ${JSON.stringify(m[0])}`);
      }
    });
    for (const { line, text } of chineseRuns(source)) {
      for (const f of zhTextFindings(text, 'source')) {
        findings += 1;
        console.log(`${relative('.', file)}:${line}: ${f.rule}: ${JSON.stringify(f.excerpt)}`);
      }
    }
  }
  console.log(`zh lint: ${zhFiles.length + zhSourceFiles.length} files, ${findings} finding(s)`);
  return findings;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(lintSources() === 0 ? 0 : 1);
}
