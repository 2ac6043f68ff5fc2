// The chapters' MDX sources, with helpers that blank out what prose checks must not read (math,
// code, component markup, {expressions}) while keeping line numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Source { file: string; text: string }

/** Every page source of a locale ('en' or 'zh-cn'). */
export function pageSources(locale: string): Source[] {
  const dir = join('content', 'docs', locale);
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

const blank = (m: string) => m.replace(/[^\n]/g, 'x');

/** The prose of an MDX page: frontmatter keys, imports, code, math, tags and expressions blanked. */
export function proseOf(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/^\s*[\w-]+:/gm, blank))
    .replace(/^(import|export) .*$/gm, blank)
    .replace(/^```[\s\S]*?^```/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/\$[^$\n]+\$/g, blank)
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/gs, blank)
    .replace(/\{[^{}\n]*(\{[^{}\n]*\}[^{}\n]*)*\}/g, blank)
    .replace(/\]\([^)\s]*\)/g, (m) => ']' + blank(m.slice(1)))
    .replace(/^\[[^\]\n]+\]: \S+$/gm, blank)
    .replace(/\]\[[^\]\n]+\]/g, (m) => ']' + blank(m.slice(1)));
}

/**
 * The Markdown links of an MDX page as { text, url }, in the order written, whether inline,
 * `[text](url)`, or by reference, `[text][label]` with a `[label]: url` line (how the zh chapters
 * write a link beside Chinese text).
 */
export function markdownLinks(text: string): { text: string; url: string }[] {
  const defined = new Map([...text.matchAll(/^\[([^\]\n]+)\]: (\S+)$/gm)].map((m) => [m[1], m[2]]));
  const links: { at: number; text: string; url: string }[] = [];
  for (const m of text.matchAll(/(?<!!)\[([^\]\n]+)\]\(([^)\s]+)\)/g)) links.push({ at: m.index!, text: m[1], url: m[2] });
  for (const m of text.matchAll(/\[([^\]\n]+)\]\[([^\]\n]+)\]/g)) {
    const url = defined.get(m[2]);
    if (url) links.push({ at: m.index!, text: m[1], url });
  }
  return links.sort((a, b) => a.at - b.at).map(({ text: t, url }) => ({ text: t, url }));
}

/** The math of an MDX page: $…$, $$…$$ and the TeX template strings of <Tex expr={`…`} />. */
export function mathOf(text: string): string[] {
  const out: string[] = [];
  const noCode = text.replace(/^```[\s\S]*?^```/gm, blank);
  for (const m of noCode.matchAll(/\$\$([\s\S]*?)\$\$|\$([^$\n]+)\$/g)) out.push(m[1] ?? m[2]);
  for (const m of noCode.matchAll(/expr=\{`([^`]*)`\}/g)) out.push(withoutInterpolations(m[1]));
  return out;
}

/** 1-based line of an offset. */
export function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** A template string's text with each ${…} (code, not TeX) replaced by "□". */
export function withoutInterpolations(template: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '$' && template[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      for (; j < template.length; j++) {
        if (template[j] === '{') depth += 1;
        else if (template[j] === '}' && --depth === 0) break;
      }
      out += '□';
      i = j;
    } else out += template[i];
  }
  return out;
}
