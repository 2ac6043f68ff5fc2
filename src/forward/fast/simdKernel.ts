// The batched product on WebAssembly SIMD: the same sums as gemmNT in kernel.ts, two columns per
// instruction. V8 turns f64x2 multiply and add into SSE2 mulpd/addpd, so a 6×4 register tile runs
// about four times faster than the best typed-array loop. No FMA is used and every output still adds
// its products in order p = 0 … k−1 and then its bias, so results are bit-identical to gemmNT.
//
// The module is under a kilobyte (913 bytes), written out below by a tiny assembler instead of being shipped
// as a binary: readable, and small enough for a synchronous compile on a browser's main thread.

/** Rows of A per register tile: 6 rows × 4 columns = 12 two-lane accumulators + 2 weights + 1 input = 15 of the 16 vector registers. */
export const SIMD_TILE_ROWS = 6;
const R = SIMD_TILE_ROWS;

function uleb(n: number, out: number[]): void {
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
}

function sleb(n: number, out: number[]): void {
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return;
    }
    out.push(byte | 0x80);
  }
}

function name(s: string, out: number[]): void {
  uleb(s.length, out);
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
}

function section(id: number, body: number[], out: number[]): void {
  out.push(id);
  uleb(body.length, out);
  for (const byte of body) out.push(byte);
}

/**
 * The module's bytes: one export `gemm(a, strips, k, bp, panels, c, bias, cStride)` over an imported
 * memory `env.mem` (all addresses in bytes). A is packed in strips of R rows, [strip][p][R]; B in
 * panels of 4 output columns, [panel][p][4]; C gets row-major rows of `cStride` bytes; bias holds
 * panels·4 values. It writes C[i][j] = bias[j] + Σₚ A[i][p]·B[j][p] for every row of every strip.
 */
export function simdKernelBytes(): Uint8Array<ArrayBuffer> {
  const I32 = 0x7f;
  const V128 = 0x7b;
  const nParams = 8;
  const [A, STRIPS, K, BP, PANELS, C, BIAS, CSTRIDE] = [0, 1, 2, 3, 4, 5, 6, 7];
  // i32 locals
  const a = 8, aEnd = 9, bq = 10, cp = 11, panel = 12, bi = 13, strip = 14, rowA = 15;
  // v128 locals
  const w0 = 16, w1 = 17, x = 18;
  const acc = Array.from({ length: 2 * R }, (_, i) => 19 + i); // acc[2r], acc[2r+1]: row r, columns 0-1 and 2-3
  const nI32 = 8;
  const nV128 = 3 + 2 * R;

  const code: number[] = [];
  const get = (i: number) => code.push(0x20, i);
  const set = (i: number) => code.push(0x21, i);
  const tee = (i: number) => code.push(0x22, i);
  const i32 = (v: number) => { code.push(0x41); sleb(v, code); };
  const addI = () => code.push(0x6a);
  const mulI = () => code.push(0x6c);
  const loopStart = () => code.push(0x03, 0x40);
  const end = () => code.push(0x0b);
  const continueIfNe = () => code.push(0x47, 0x0d, 0); // i32.ne; br_if 0
  const simd = (op: number) => { code.push(0xfd); uleb(op, code); };
  const memarg = (offset: number) => { uleb(3, code); uleb(offset, code); }; // 8-byte alignment hint
  const load = (offset: number) => { simd(0x00); memarg(offset); }; // v128.load
  const loadSplat = (offset: number) => { simd(0x0a); memarg(offset); }; // v128.load64_splat
  const store = (offset: number) => { simd(0x0b); memarg(offset); }; // v128.store
  const addF = () => simd(0xf0); // f64x2.add
  const mulF = () => simd(0xf2); // f64x2.mul
  const zero = () => { simd(0x0c); for (let i = 0; i < 16; i++) code.push(0); }; // v128.const 0

  get(A); set(rowA);
  i32(0); set(strip);
  loopStart(); // strips
  get(BP); set(bq);
  get(BIAS); set(bi);
  get(C); get(strip); i32(R); mulI(); get(CSTRIDE); mulI(); addI(); set(cp);
  i32(0); set(panel);
  loopStart(); // panels
  for (const s of acc) { zero(); set(s); }
  get(rowA); tee(a); get(K); i32(R * 8); mulI(); addI(); set(aEnd);
  loopStart(); // p
  get(bq); load(0); set(w0);
  get(bq); load(16); set(w1);
  for (let r = 0; r < R; r++) {
    get(a); loadSplat(r * 8); set(x);
    get(acc[2 * r]); get(x); get(w0); mulF(); addF(); set(acc[2 * r]);
    get(acc[2 * r + 1]); get(x); get(w1); mulF(); addF(); set(acc[2 * r + 1]);
  }
  get(bq); i32(32); addI(); set(bq);
  get(a); i32(R * 8); addI(); tee(a); get(aEnd); continueIfNe();
  end(); // p
  for (let r = 0; r < R; r++) {
    for (let half = 0; half < 2; half++) {
      get(cp);
      if (r > 0) { get(CSTRIDE); i32(r); mulI(); addI(); }
      get(acc[2 * r + half]); get(bi); load(16 * half); addF(); store(16 * half);
    }
  }
  get(bi); i32(32); addI(); set(bi);
  get(cp); i32(32); addI(); set(cp);
  get(panel); i32(1); addI(); tee(panel); get(PANELS); continueIfNe();
  end(); // panels
  get(aEnd); set(rowA); // the next strip starts where this one ended
  get(strip); i32(1); addI(); tee(strip); get(STRIPS); continueIfNe();
  end(); // strips
  end(); // function

  const body: number[] = [];
  uleb(2, body);
  uleb(nI32, body); body.push(I32);
  uleb(nV128, body); body.push(V128);
  for (const byte of code) body.push(byte);

  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const type = [1, 0x60, nParams, ...new Array<number>(nParams).fill(I32), 0];
  section(1, type, out);
  const imports: number[] = [1];
  name('env', imports); name('mem', imports); imports.push(0x02, 0x00, 1); // memory, min 1 page
  section(2, imports, out);
  section(3, [1, 0], out);
  const exports: number[] = [1];
  name('gemm', exports); exports.push(0x00, 0);
  section(7, exports, out);
  const codeSection: number[] = [1];
  uleb(body.length, codeSection);
  for (const byte of body) codeSection.push(byte);
  section(10, codeSection, out);
  return new Uint8Array(out);
}

let compiled: WebAssembly.Module | null | undefined;

function simdModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(simdKernelBytes()) : null;
    } catch {
      compiled = null; // no SIMD support, or a Content-Security-Policy without 'wasm-unsafe-eval'
    }
  }
  return compiled;
}

type GemmExport = (
  a: number, strips: number, k: number, bp: number, panels: number, c: number, bias: number, cStride: number,
) => void;

/** A network's layers packed into WebAssembly memory for batched products; see simdLayers. */
export interface SimdLayers {
  /**
   * dst [rows][out] = src [rows][in] · Wᵀ + b for layer l, bit-identical to gemmNT; false (dst untouched)
   * when the memory for this batch cannot be had, so the caller falls back to gemmNT.
   */
  product(l: number, src: Float64Array, rows: number, dst: Float64Array): boolean;
}

const PAGE = 65536;

/**
 * Packs the layers' W [out][in] and b [out] once into WebAssembly memory, or returns null where
 * WebAssembly SIMD is unavailable (callers then use gemmNT), e.g. `simdLayers([W.data], [b], [2], [2])`.
 */
export function simdLayers(
  Ws: readonly Float64Array[], bs: readonly Float64Array[], ins: ArrayLike<number>, outs: ArrayLike<number>,
): SimdLayers | null {
  const module = simdModule();
  if (module === null) return null;
  const L = Ws.length;
  const panels: number[] = [];
  const wAt: number[] = []; // byte address of layer l's packed W
  const bAt: number[] = []; // … and of its bias, padded to whole panels
  let top = 0;
  for (let l = 0; l < L; l++) {
    panels.push(Math.ceil(outs[l] / 4));
    wAt.push(top);
    top += panels[l] * 4 * ins[l] * 8;
    bAt.push(top);
    top += panels[l] * 32;
  }
  const weightBytes = top;
  let memory: WebAssembly.Memory;
  let gemm: GemmExport;
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil(weightBytes / PAGE) + 1 });
    gemm = new WebAssembly.Instance(module, { env: { mem: memory } }).exports.gemm as GemmExport;
  } catch {
    return null;
  }
  let heap = new Float64Array(memory.buffer);
  for (let l = 0; l < L; l++) {
    const k = ins[l];
    const m = outs[l];
    const W = Ws[l];
    let o = wAt[l] / 8;
    for (let j = 0; j < m; j += 4) {
      for (let p = 0; p < k; p++) {
        for (let t = 0; t < 4; t++) heap[o++] = j + t < m ? W[(j + t) * k + p] : 0;
      }
    }
    heap.set(bs[l], bAt[l] / 8);
  }

  function product(l: number, src: Float64Array, rows: number, dst: Float64Array): boolean {
    const k = ins[l];
    const m = outs[l];
    if (rows === 0) return true;
    const strips = Math.ceil(rows / R);
    const cStride = panels[l] * 32;
    const aAt = weightBytes;
    const cAt = aAt + strips * R * k * 8;
    const need = cAt + strips * R * cStride;
    if (need > memory.buffer.byteLength) {
      try {
        memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
      } catch {
        return false; // past the engine's memory limit
      }
      heap = new Float64Array(memory.buffer);
    }
    let o = aAt / 8;
    for (let i = 0; i < strips * R; i += R) {
      for (let p = 0; p < k; p++) {
        for (let r = 0; r < R; r++) heap[o++] = i + r < rows ? src[(i + r) * k + p] : 0;
      }
    }
    gemm(aAt, strips, k, wAt[l], panels[l], cAt, bAt[l], cStride);
    const stride = cStride / 8;
    for (let i = 0; i < rows; i++) dst.set(heap.subarray(cAt / 8 + i * stride, cAt / 8 + i * stride + m), i * m);
    return true;
  }

  return { product };
}
