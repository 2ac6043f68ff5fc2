// The forward library has one public door, src/forward/index.ts, and depends on nothing outside itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const library = join(root, 'src', 'forward');
const door = join(library, 'index.ts');
const sourceFile = /\.(ts|tsx|mts|js|mjs|cjs|jsx|astro|md|mdx|svelte|vue)$/;
// import … from '…', export … from '…', import '…', import('…'), require('…'), new URL('…', import.meta.url)
const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|new\s+URL\s*\(\s*)(['"`])([^'"`\n]+)\1/g;

function walk(dir: string, skip: string[], out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (skip.includes(path)) continue;
    if (statSync(path).isDirectory()) walk(path, skip, out);
    else if (sourceFile.test(name)) out.push(path);
  }
  return out;
}

function imports(file: string): { spec: string; target: string | null; line: number }[] {
  const text = readFileSync(file, 'utf8');
  const found: { spec: string; target: string | null; line: number }[] = [];
  for (const m of text.matchAll(specifier)) {
    const spec = m[2].split('?')[0];
    const line = text.slice(0, m.index).split('\n').length;
    const target = spec.startsWith('.') ? resolve(dirname(file), spec)
      : spec.startsWith('/') ? join(root, spec)
      : null; // bare package name or alias
    found.push({ spec: m[2], target, line });
  }
  return found;
}

const inLibrary = (path: string) => path === library || path.startsWith(library + sep);

test('outside src/forward, code imports the library only through src/forward/index.ts', () => {
  const files = [
    ...walk(join(root, 'components'), []),
    ...walk(join(root, 'content'), []),
    ...walk(join(root, 'src'), [library]),
    ...walk(join(root, 'tests'), [join(root, 'tests', 'unit', 'forward')]),
    ...walk(join(root, 'scripts'), []),
  ];
  const offenders: string[] = [];
  for (const file of files) {
    for (const { spec, target, line } of imports(file)) {
      const deep = target !== null
        ? inLibrary(target) && target !== door && target !== library && target + '.ts' !== door
        : /(^|\/)src\/forward\/(?!index(\.ts)?$)/.test(spec);
      if (deep) offenders.push(`${relative(root, file)}:${line} imports '${spec}'`);
    }
  }
  assert.deepEqual(offenders, [], `import from 'src/forward/index.ts' instead:\n${offenders.join('\n')}`);
});

test('files in src/forward import nothing from outside src/forward', () => {
  const offenders: string[] = [];
  for (const file of walk(library, [])) {
    for (const { spec, target, line } of imports(file)) {
      if (target === null || !inLibrary(target)) offenders.push(`${relative(root, file)}:${line} imports '${spec}'`);
    }
  }
  assert.deepEqual(offenders, [], `src/forward must stay self-contained:\n${offenders.join('\n')}`);
});

// Each widget lives in one folder under components/ and imports only its own files, the kit
// (components/kit), the library's door and the chapters' data; what two widgets share goes into the kit.
const components = join(root, 'components');
const kit = join(components, 'kit');
const folderOf = (path: string) => relative(components, path).split(sep)[0];

test('widget folders import nothing from one another, only from the kit', () => {
  const offenders: string[] = [];
  for (const file of walk(components, [])) {
    const own = folderOf(file);
    for (const { spec, target, line } of imports(file)) {
      if (target === null || !target.startsWith(components + sep)) continue;
      const other = folderOf(target);
      if (other !== own && target !== kit && !target.startsWith(kit + sep)) offenders.push(`${relative(root, file)}:${line} imports '${spec}'`);
    }
  }
  assert.deepEqual(offenders, [], `move what widgets share into components/kit:\n${offenders.join('\n')}`);
});

test('the kit imports no widget folder', () => {
  const offenders: string[] = [];
  for (const file of walk(kit, [])) {
    for (const { spec, target, line } of imports(file)) {
      if (target !== null && target.startsWith(components + sep) && !target.startsWith(kit + sep)) offenders.push(`${relative(root, file)}:${line} imports '${spec}'`);
    }
  }
  assert.deepEqual(offenders, [], `the kit must not depend on a widget:\n${offenders.join('\n')}`);
});

test('every file under components/ sits in a folder with a kebab-case name, every .ts file has a kebab-case name', () => {
  const offenders = walk(components, [])
    .map((file) => relative(components, file))
    .filter((rel) => !rel.includes(sep) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rel.split(sep)[0]) || (rel.endsWith('.ts') && !/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(rel.split(sep).at(-1)!)));
  assert.deepEqual(offenders, []);
});
