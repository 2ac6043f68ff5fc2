// TypeScript → JavaScript for cells, keeping every token on its original line and column.
// Sucrase removes types and keeps lines; we then find each remaining token on its line of the
// reader's code and pad with spaces so it sits at its original column again
// (types become spaces, no new lines), so an error points at the reader's own line and column.
import { tokenizer, type Token } from 'acorn';
import { transform } from 'sucrase';

/** A compile error with a 1-based line and column in the reader's code. */
export class CompileError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'SyntaxError';
    this.line = line;
    this.column = column;
  }
}

/** Type-strips TypeScript, keeping lines and columns, e.g. `stripTypes('let x: number = 1')` → 'let x         = 1'. */
export function stripTypes(ts: string): string {
  return stripTypesWithShifts(ts).js;
}

/** A column shift: on `line`, text at or after `column` moved right by `delta`. */
interface Shift { line: number; column: number; delta: number }

// What TypeScript-only syntax adds to JavaScript: constructor parameter properties become
// `;this.x = x;` right after the constructor's `{`.
const added = /\{(;(?:this\.[\w$]+ = [\w$]+;)+)/g;

/**
 * Same as stripTypes, and the shifts of code TypeScript syntax added (parameter properties), so
 * columns after it on its line map back, e.g. for `constructor(public x: number) {}` one shift of 12.
 */
export function stripTypesWithShifts(ts: string): { js: string; shifts: Shift[] } {
  let result: ReturnType<typeof transform>;
  try {
    result = transform(ts, {
      transforms: ['typescript'],
      disableESTransforms: true,
      keepUnusedImports: true,
      filePath: 'cell.ts',
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /\((\d+):(\d+)\)\s*$/.exec(message);
    const text = message.replace(/^Error transforming \S+: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
    throw new CompileError(text, at ? Number(at[1]) : 0, at ? Number(at[2]) : 0);
  }
  // Take the added code out, align what is left, then put it back and record how far it moved the rest.
  const lines = result.code.split('\n');
  const moved: { line: number; braces: number; text: string }[] = [];
  const bare = lines.map((text, line) => text.replace(added, (_all, run: string, at: number) => {
    moved.push({ line, braces: (text.slice(0, at + 1).match(/\{/g) ?? []).length, text: run });
    return '{';
  }));
  const aligned = realign(bare.join('\n'), ts).split('\n');
  const shifts: Shift[] = [];
  for (const m of moved.reverse()) {
    const text = aligned[m.line];
    let at = -1;
    for (let k = 0; k < m.braces; k++) at = text.indexOf('{', at + 1);
    if (at < 0) continue;
    aligned[m.line] = text.slice(0, at + 1) + m.text + text.slice(at + 1);
    shifts.push({ line: m.line + 1, column: at + 1, delta: m.text.length });
  }
  return { js: aligned.join('\n'), shifts };
}

/**
 * Places every token of `js` at the column the same token had in `ts` (lines already match):
 * tokens are found in order on their line, identifiers only at word boundaries, and spaces are
 * added in front of a token where types were removed. Template text is never padded.
 */
function realign(js: string, ts: string): string {
  const input = ts.split('\n');
  if (js.split('\n').length !== input.length) return js;
  let tokens: Token[];
  try {
    tokens = [...tokenizer(js, { ecmaVersion: 'latest', sourceType: 'module' })];
  } catch {
    return js; // invalid JavaScript: the parser reports it next, at its own position
  }
  let out = '';
  let lineStart = 0; // index in `out` where the current line begins
  let inLine = 0;
  let inCol = 0; // search cursor in input[inLine]
  let pos = 0;
  let prev: Token | null = null;
  const append = (text: string) => {
    const nl = text.lastIndexOf('\n');
    if (nl >= 0) {
      inLine += text.split('\n').length - 1;
      inCol = 0;
      lineStart = out.length + nl + 1;
    }
    out += text;
  };
  for (const tok of tokens) {
    append(js.slice(pos, tok.start));
    const text = js.slice(tok.start, tok.end);
    const first = text.split('\n')[0];
    const col = out.length - lineStart;
    const found = find(input[inLine] ?? '', first, Math.max(inCol, 0));
    if (found > col && mayPad(tok, prev)) out += ' '.repeat(found - col);
    const multiline = text.includes('\n');
    append(text);
    if (!multiline) inCol = found >= 0 ? Math.max(found, col) + first.length : out.length - lineStart;
    else inCol = out.length - lineStart;
    pos = tok.end;
    prev = tok;
  }
  out += js.slice(pos);
  return out;
}

function mayPad(tok: Token, prev: Token | null): boolean {
  const t = tok.type.label;
  if (t === 'template' || t === 'invalidTemplate' || t === '${') return false;
  if (t === '`' && prev && (prev.type.label === 'template' || prev.type.label === 'invalidTemplate')) return false;
  return true;
}

const word = /[\w$]/;

function find(line: string, text: string, from: number): number {
  const isWord = word.test(text[0] ?? '') && word.test(text[text.length - 1] ?? '');
  let i = line.indexOf(text, from);
  while (i >= 0 && isWord && (word.test(line[i - 1] ?? '') || word.test(line[i + text.length] ?? ''))) {
    i = line.indexOf(text, i + 1);
  }
  return i;
}
