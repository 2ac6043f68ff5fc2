// Lints the Chinese text with AutoCorrect (autocorrect-node, configured by .autocorrectrc): full-width
// punctuation between Chinese characters, one space between Chinese and Latin letters or digits.
// Files: the zh edition's pages, the chapter modules and every Chinese string table. In MDX, math,
// JSX tags and {expressions} are masked (replaced by a neutral placeholder of the same length that
// AutoCorrect leaves alone) so only prose is judged. Prints one line per finding; exits 1 if any.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import autocorrect from 'autocorrect-node';

autocorrect.loadConfig(readFileSync('.autocorrectrc', 'utf8'));

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

/** MDX with math and expressions masked by same-length runs of "x" and tags removed (lines are kept). */
export function maskMdx(text) {
  const blank = (m) => m.replace(/[^\n]/g, 'x');
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/^(\s*\w+:)/gm, (k) => k)) // frontmatter stays (titles are prose)
    .replace(/^(import|export) .*$/gm, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/\$[^$\n]+\$/g, blank)
    // A self-closing component (a <Tex> formula, a value) counts as Latin text like math; other tags
    // vanish, so the text inside a link or a cell is judged with its neighbours.
    .replace(/<[A-Z][^<>]*?\/>/gs, blank)
    .replace(/<\/?(th|td|tr|li|p|div|thead|tbody|table|caption|figcaption)\b[^<>]*>/gs, ' ')
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/gs, (m) => m.replace(/[^\n]/g, ''))
    .replace(/\{[^{}\n]*(\{[^{}\n]*\}[^{}\n]*)*\}/g, blank);
}

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
}
console.log(`zh lint: ${zhFiles.length} files, ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
