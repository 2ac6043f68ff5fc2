import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkCells, { isCellFence, parseMeta } from '../../../src/notebook/remark-cells.ts';

const mdx = [
  '# Title',
  '',
  '```ts',
  'const notACell = 1;',
  '```',
  '',
  '```ts cell',
  'import { sigmoid } from "forward";',
  'const z: number = 0;',
  '```',
  '',
  '```ts cell expect-error timeout=5000',
  'sigmoid(z) + missing',
  '```',
].join('\n');

async function transform(source: string, path = '/x/content/docs/en/demo.mdx') {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCells as never, { component: '/c/NotebookCell.astro' });
  const tree = processor.parse(source);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (await processor.run(tree, { path, history: [path] } as any)) as any;
}

test('remarkCells turns ts cell fences into NotebookCell elements with the build output, and imports the component', async () => {
  const tree = await transform(mdx);
  assert.equal(tree.children[0].type, 'mdxjsEsm');
  assert.equal(tree.children[0].data.estree.body[0].source.value, '/c/NotebookCell.astro');
  const cells = tree.children.filter((n: { type: string }) => n.type === 'mdxJsxFlowElement');
  assert.equal(cells.length, 2);
  assert.equal(tree.children.filter((n: { type: string }) => n.type === 'code').length, 1);
  const attrs = (i: number) => Object.fromEntries(cells[i].attributes.map((a: { name: string; value: string }) => [a.name, a.value]));
  assert.equal(attrs(0).code, 'import { sigmoid } from "forward";\nconst z: number = 0;');
  assert.equal(attrs(0).first, 'true');
  assert.equal(attrs(0).output, '');
  assert.equal(JSON.parse(attrs(0).compiled).declared.length, 2);
  assert.equal(attrs(1).expectError, 'true');
  assert.equal(attrs(1).timeout, '5000');
  assert.equal(attrs(1).output, '<div class="nb-error" data-line="1" data-column="14"><span class="nb-msg">ReferenceError: missing is not defined</span><span class="nb-at"> (line 1, column 14)</span></div>');
});

test('remarkCells fails the build naming the file, the cell and the line', async () => {
  await assert.rejects(transform('```ts cell\nconst a = 1;\nnope()\n```'), /content\/docs\/en\/demo\.mdx: cell 1, line 2 of the cell \(line 3 of the file\): ReferenceError: nope is not defined/);
});

test('remarkCells fails when an expect-error cell does not throw, and writes Chinese positions on zh-cn pages', async () => {
  await assert.rejects(transform('```ts cell expect-error\n1\n```'), /marked expect-error but ran without throwing/);
  const tree = await transform('```ts cell expect-error\nnope\n```', '/x/content/docs/zh-cn/demo.mdx');
  const output = tree.children[1].attributes.find((a: { name: string }) => a.name === 'output').value;
  assert.match(output, /（第 1 行，第 1 列）/);
});

test('isCellFence and parseMeta read the fence', () => {
  assert.ok(isCellFence('ts', 'cell'));
  assert.ok(!isCellFence('ts', 'title="x.ts"'));
  assert.ok(!isCellFence('js', 'cell'));
  assert.deepEqual(parseMeta('cell expect-error timeout=5000'), { expectError: true, timeout: 5000 });
  assert.throws(() => parseMeta('cell title="x"'), /unknown word/);
});

test('remarkCells gives the digits scope to the digits chapter only, and marks its cells with it', async () => {
  const cell = '```ts cell\nimport { digitNetwork, argmax } from "forward";\ndigitNetwork().layers.length + argmax([0, 2, 1])\n```';
  await assert.rejects(transform(cell, '/x/content/docs/en/neuron.mdx'), /"forward" has no export named "digitNetwork"/);
  for (const locale of ['en', 'zh-cn']) {
    const tree = await transform(cell, `/x/content/docs/${locale}/digits.mdx`);
    const attrs = Object.fromEntries(tree.children[1].attributes.map((a: { name: string; value: string }) => [a.name, a.value]));
    assert.equal(attrs.scope, 'digits');
    assert.match(attrs.output, />4</);
  }
  const plain = await transform('```ts cell\n1\n```');
  assert.equal(plain.children[1].attributes.some((a: { name: string }) => a.name === 'scope'), false);
});

test('remarkCells writes the runtime\'s own messages in Chinese on zh-cn pages', async () => {
  const tree = await transform('```ts cell expect-error\ndocument.title\n```\n\n```ts cell\nplot({ x: [0, 1], y: [1, 0] })\n```', '/x/content/docs/zh-cn/demo.mdx');
  const output = (i: number) => tree.children[i].attributes.find((a: { name: string }) => a.name === 'output').value;
  assert.match(output(1), /代码单元中不能使用 document：单元与页面隔离运行（没有 DOM，也没有存储）/);
  assert.match(output(2), /aria-label="折线图"/);
});
