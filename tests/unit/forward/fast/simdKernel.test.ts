import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gemmNT } from '../../../../src/forward/fast/kernel.ts';
import { simdKernelBytes, simdLayers, SIMD_TILE_ROWS } from '../../../../src/forward/fast/simdKernel.ts';
import { buildNetwork } from '../../../../src/forward/network.ts';
import { compileNetwork } from '../../../../src/forward/fast/compile.ts';
import { createRng } from '../../../../src/forward/random.ts';
import { Matrix } from '../../../../src/forward/matrix.ts';

function randomArray(length: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length }, () => 2 * rng() - 1);
}

test('simdKernelBytes() is a valid module small enough to compile synchronously on a browser main thread', () => {
  const bytes = simdKernelBytes();
  assert.ok(WebAssembly.validate(bytes));
  assert.ok(bytes.length < 4096, `${bytes.length} bytes`);
});

test('simdLayers(...).product equals gemmNT bit for bit, with remainders of the 6×4 tile in every dimension', () => {
  let seed = 1;
  for (const [n, k, m] of [[1, 1, 1], [2, 3, 5], [6, 4, 4], [7, 9, 5], [13, 2, 9], [12, 17, 8], [64, 31, 10]]) {
    const W = randomArray(m * k, seed++);
    const b = randomArray(m, seed++);
    const X = randomArray(n * k, seed++);
    const layers = simdLayers([W], [b], [k], [m]);
    assert.ok(layers, 'WebAssembly SIMD is available in Node');
    const ours = new Float64Array(n * m);
    assert.equal(layers.product(0, X, n, ours), true);
    const reference = new Float64Array(n * m);
    gemmNT(X, n, k, W, m, reference, b);
    assert.deepEqual(ours, reference, `${n}×${k}·(${m}×${k})ᵀ`);
  }
});

test('simdLayers(...).product keeps every layer apart and grows its memory for a larger batch', () => {
  const sizes = [5, 7, 3];
  const Ws = [randomArray(7 * 5, 11), randomArray(3 * 7, 12)];
  const bs = [randomArray(7, 13), randomArray(3, 14)];
  const layers = simdLayers(Ws, bs, [5, 7], [7, 3]);
  assert.ok(layers);
  for (const rows of [2, 3000, 5]) {
    for (let l = 0; l < 2; l++) {
      const X = randomArray(rows * sizes[l], rows + l);
      const ours = new Float64Array(rows * sizes[l + 1]);
      assert.equal(layers.product(l, X, rows, ours), true);
      const reference = new Float64Array(rows * sizes[l + 1]);
      gemmNT(X, rows, sizes[l], Ws[l], sizes[l + 1], reference, bs[l]);
      assert.deepEqual(ours, reference, `layer ${l}, ${rows} rows`);
    }
  }
  assert.equal(SIMD_TILE_ROWS, 6);
});

test('compileNetwork(net).forwardBatch gives identical results with and without the SIMD kernel, for every activation', () => {
  const acts = ['relu', 'sigmoid', 'tanh', 'leakyRelu', 'gelu', 'geluTanh', 'identity'] as const;
  const net = buildNetwork([40, 30, 30, 30, 30, 30, 30, 3], [...acts], { init: 'xavier', seed: 5 });
  const X = new Matrix(101, 40, randomArray(101 * 40, 6)); // 101 × 5,490 multiply-adds: over SIMD_MIN_WORK
  const withSimd = compileNetwork(net).forwardBatch(X);
  const without = compileNetwork(net, { simd: false }).forwardBatch(X);
  assert.deepEqual(withSimd.data, without.data);
});

test('compileNetwork(net).forwardBatch falls back to the typed-array kernel where WebAssembly is missing', () => {
  const network = fileURLToPath(new URL('../../../../src/forward/index.ts', import.meta.url));
  const script = `
    const { buildNetwork, compileNetwork } = await import(${JSON.stringify(network)});
    delete globalThis.WebAssembly; // after the import: Node's type stripping itself runs on WebAssembly
    const net = buildNetwork([64, 64, 2], ['relu', 'identity'], { init: 'he', seed: 3 });
    const X = Array.from({ length: 40 }, (_, i) => Array.from({ length: 64 }, (_, j) => Math.sin(i + j)));
    const Y = compileNetwork(net).forwardBatch(X);
    console.log(typeof WebAssembly, JSON.stringify(Array.from(Y.data)));`;
  const out = execFileSync(process.execPath, ['--experimental-strip-types', '--input-type=module', '-e', script], { encoding: 'utf8' });
  const [kind, json] = out.trim().split(' ');
  assert.equal(kind, 'undefined');
  const net = buildNetwork([64, 64, 2], ['relu', 'identity'], { init: 'he', seed: 3 });
  const X = Array.from({ length: 40 }, (_, i) => Array.from({ length: 64 }, (_, j) => Math.sin(i + j)));
  assert.deepEqual(JSON.parse(json), Array.from(compileNetwork(net).forwardBatch(X).data));
});
