// setText: a redraw's text goes into the existing text node, and an unchanged text is not written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setText } from '../../../../components/kit/lifecycle.ts';

/** A stand-in for an element: its children and a log of what was written. */
function element(children: Array<{ nodeType: number; data: string }>) {
  const writes: string[] = [];
  const el = {
    get firstChild() { return children[0] ?? null; },
    get lastChild() { return children.at(-1) ?? null; },
    get textContent() { return children.map((c) => c.data).join(''); },
    set textContent(v: string) { writes.push(`textContent=${v}`); children.splice(0, children.length, { nodeType: 3, data: v }); },
  };
  return { el: el as unknown as Node, writes, children };
}

test('setText changes a lone text node in place', () => {
  const { el, writes, children } = element([{ nodeType: 3, data: '0.25' }]);
  const node = children[0];
  setText(el, '0.5');
  assert.equal(node.data, '0.5');
  assert.equal(children[0], node);
  assert.deepEqual(writes, []);
});

test('setText writes nothing when the text is unchanged', () => {
  const { el, writes } = element([{ nodeType: 1, data: '1' }, { nodeType: 3, data: '2' }]);
  setText(el, '12');
  assert.deepEqual(writes, []);
});

test('setText replaces mixed or empty content with one text node', () => {
  const mixed = element([{ nodeType: 1, data: 'a' }, { nodeType: 3, data: 'b' }]);
  setText(mixed.el, 'c');
  assert.deepEqual(mixed.writes, ['textContent=c']);
  const empty = element([]);
  setText(empty.el, 'd');
  assert.deepEqual(empty.writes, ['textContent=d']);
});

test('no widget writes text by replacing its node: every text write in a widget goes through setText', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const root = new URL('../../../../components/', import.meta.url).pathname;
  const offenders: string[] = [];
  let files = 0;
  for (const dir of await readdir(root)) {
    // The kit holds setText itself; the notebook writes whole code listings, never on a slider's step.
    if (dir === 'kit' || dir === 'notebook') continue;
    const entries = await readdir(join(root, dir)).catch(() => [] as string[]);
    for (const name of entries.filter((n) => n.endsWith('.ts'))) {
      files += 1;
      const source = await readFile(join(root, dir, name), 'utf8');
      source.split('\n').forEach((line, i) => {
        if (/\.textContent\s*=(?!=)/.test(line)) offenders.push(`${dir}/${name}:${i + 1}: ${line.trim()}`);
      });
    }
  }
  assert.ok(files > 40, `read ${files} widget sources`);
  assert.deepEqual(offenders, []);
});
