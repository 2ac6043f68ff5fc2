// Compiles a cell: TypeScript → JavaScript with positions kept (strip.ts), then reads its top-level
// names with acorn and rewrites, in place, what a module can do but a function body cannot:
//   import { a, b as c } from "forward"   →   const  { a, b :  c } =    __forward
//   export const x = 1                    →          const x = 1
//   lastExpression                        →   __nb$.v=(lastExpression)   (a recorded column shift)
// Lines never change; the only column shifts are recorded so errors map back exactly.
import { parse, type Node } from 'acorn';
import type { CompiledCell, Declared, RunResult, Shift } from './protocol.ts';
export { mapColumn } from './positions.ts';
import { CompileError, stripTypesWithShifts } from './strip.ts';
import { runtimeStrings, type RuntimeStrings } from './strings.ts';

export { CompileError } from './strip.ts';

/** The one module a cell may import. */
export const MODULE_NAME = 'forward';

interface Edit { start: number; end: number; text: string }

/**
 * Compiles a cell's TypeScript, e.g. `compileCell('const z = 1;\nz + 1').declared` → [{ name: 'z', kind: 'const' }].
 * Throws CompileError; `s` gives the language of the compiler's own messages (default English).
 */
export function compileCell(ts: string, s?: RuntimeStrings): CompiledCell {
  const { js, shifts } = stripTypesWithShifts(ts);
  const compiled = compileJs(js, s);
  return shifts.length > 0 ? { ...compiled, typeShifts: shifts } : compiled;
}

/** Same as compileCell for code that is already JavaScript (positions as written). */
export function compileJs(js: string, s: RuntimeStrings = runtimeStrings('en')): CompiledCell {
  let program: Node & { body: AnyNode[] };
  try {
    program = parse(js, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as Node & { body: AnyNode[] };
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    throw new CompileError(err.message.replace(/\s*\(\d+:\d+\)$/, ''), err.loc?.line ?? 0, (err.loc?.column ?? -1) + 1);
  }
  const declared: Declared[] = [];
  const edits: Edit[] = [];
  const declare = (name: string, kind: Declared['kind']) => {
    const i = declared.findIndex((d) => d.name === name);
    if (i >= 0) declared.splice(i, 1);
    declared.push({ name, kind });
  };
  const fail = (node: AnyNode, message: string): never => {
    throw new CompileError(message, node.loc.start.line, node.loc.start.column + 1);
  };

  for (let statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' || statement.type === 'ExportAllDeclaration') {
      if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) {
        fail(statement, 'Cells do not export: their top-level names are visible to later cells on the page already');
      }
      edits.push({ start: statement.start, end: statement.start + 6, text: '      ' });
      statement = statement.declaration!;
    }
    switch (statement.type) {
      case 'ImportDeclaration':
        rewriteImport(js, statement, edits, fail).forEach((name) => declare(name, 'const'));
        break;
      case 'VariableDeclaration':
        for (const d of statement.declarations) {
          for (const name of patternNames(d.id)) declare(name, statement.kind === 'const' ? 'const' : 'let');
        }
        break;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
        if (statement.id) declare(statement.id.name, 'let');
        break;
    }
  }

  walk(program, false, (node, inFunction) => {
    if (!inFunction && (node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await))) {
      fail(node, s.topLevelAwait);
    }
    if (node.type === 'ThrowStatement') {
      // `throw x` → `throw __nb$.e(x)`: keeps the position of a thrown value that is not an Error.
      edits.push({ start: node.argument.start, end: node.argument.start, text: '__nb$.e(' });
      edits.push({ start: node.argument.end, end: node.argument.end, text: ')' });
    }
  });

  const last = program.body[program.body.length - 1];
  const hasResult = last?.type === 'ExpressionStatement';
  if (hasResult) {
    edits.push({ start: last.expression.start, end: last.expression.start, text: '__nb$.v=(' });
    edits.push({ start: last.expression.end, end: last.expression.end, text: ')' });
  }
  const { code, shifts } = applyEdits(js, edits);
  return { js: code, declared, hasResult, shifts };
}

/** Compiles a cell, or gives the run result that shows its SyntaxError at the reader's line and column (messages in `locale`). */
export function compileOrError(ts: string, locale = 'en'): { compiled: CompiledCell; result: null } | { compiled: null; result: RunResult } {
  try {
    return { compiled: compileCell(ts, runtimeStrings(locale)), result: null };
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return { compiled: null, result: { entries: [], cut: 0, error: { message: `SyntaxError: ${e.message}`, line: e.line, column: e.column } } };
  }
}

const functions = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Visits every node once, telling whether it sits inside a function. */
function walk(node: AnyNode, inFunction: boolean, visit: (node: AnyNode, inFunction: boolean) => void): void {
  visit(node, inFunction);
  const inner = inFunction || functions.has(node.type);
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const child = node[key];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c.type === 'string') walk(c, inner, visit);
    } else if (child && typeof child.type === 'string') walk(child, inner, visit);
  }
}

function rewriteImport(js: string, node: AnyNode, edits: Edit[], fail: (n: AnyNode, m: string) => never): string[] {
  const source = node.source;
  if (source.value !== MODULE_NAME) {
    fail(source, `Cannot import "${String(source.value)}": a cell can import only from "${MODULE_NAME}", e.g. import { sigmoid } from "${MODULE_NAME}"`);
  }
  const names: string[] = [];
  const specifiers: AnyNode[] = node.specifiers;
  if (specifiers.length === 0) {
    edits.push({ start: node.start, end: node.end, text: ' '.repeat(node.end - node.start) });
    return names;
  }
  edits.push({ start: node.start, end: node.start + 6, text: 'const ' });
  for (const s of specifiers) {
    if (s.type === 'ImportDefaultSpecifier' || (s.type === 'ImportSpecifier' && importedName(s) === 'default')) {
      fail(s, `"${MODULE_NAME}" has no default export: write import { name } from "${MODULE_NAME}"`);
    }
    if (s.type === 'ImportNamespaceSpecifier') {
      // `* as F` → spaces, leaving `const       F = __forward`
      edits.push({ start: s.start, end: s.local.start, text: ' '.repeat(s.local.start - s.start) });
    } else if (s.imported.start !== s.local.start) {
      const between = js.slice(s.imported.end, s.local.start);
      const at = s.imported.end + between.indexOf('as');
      edits.push({ start: at, end: at + 2, text: ': ' });
    }
    names.push(s.local.name);
  }
  const lastSpec = specifiers[specifiers.length - 1];
  const tail = js.slice(lastSpec.end, source.start);
  const fromAt = lastSpec.end + tail.lastIndexOf('from');
  edits.push({ start: fromAt, end: fromAt + 4, text: '=   ' });
  const raw = js.slice(source.start, source.end);
  edits.push({ start: source.start, end: source.end, text: '__forward'.padEnd(raw.length) });
  return names;
}

function importedName(s: AnyNode): string {
  return s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
}

/** Identifiers bound by a declaration pattern, e.g. `const { a, b: [c] } = …` → a, c. */
function patternNames(p: AnyNode | null): string[] {
  if (!p) return [];
  switch (p.type) {
    case 'Identifier': return [p.name];
    case 'ObjectPattern': return p.properties.flatMap((prop: AnyNode) => patternNames(prop.type === 'RestElement' ? prop.argument : prop.value));
    case 'ArrayPattern': return p.elements.flatMap((e: AnyNode | null) => patternNames(e));
    case 'RestElement': return patternNames(p.argument);
    case 'AssignmentPattern': return patternNames(p.left);
    default: return [];
  }
}

function applyEdits(js: string, edits: Edit[]): { code: string; shifts: Shift[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const shifts: Shift[] = [];
  const lineStarts = [0];
  for (let i = 0; i < js.length; i++) if (js[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= pos) line++;
    return line;
  };
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += js.slice(pos, e.start) + e.text;
    pos = e.end;
    const delta = e.text.length - (e.end - e.start);
    if (delta !== 0) {
      const line = lineOf(e.start);
      shifts.push({ line: line + 1, column: e.start - lineStarts[line], delta });
    }
  }
  return { code: out + js.slice(pos), shifts };
}

// acorn's ESTree nodes, read loosely: only the fields used above.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyNode = any;
