// The worker that runs cells in the browser, shared by its bundles (worker.ts for every page,
// worker-digits.ts for the digits chapter; they differ only in the scope of "forward"). The page
// fetches a bundle as text and the sandboxed iframe starts it from a Blob URL, so it runs with an
// opaque origin: no DOM, no storage of the site. When this module loads, before any cell runs, it
// captures the native methods it needs, removes network and nested workers from the global scope and
// wraps timers so their errors and their time are put down to the cell that set them; its first
// message brings its private port (the only channel the iframe listens to for replies) and the page's
// locale, the language of the worker's own messages.
import { isRequest, type WorkerReply } from './protocol.ts';
import { Notebook } from './runtime.ts';
import { meterMemory } from './memory.ts';
import { pristine } from './pristine.ts';
import { simdKernelBytes } from '../forward/index.ts';
import { runtimeStrings, type RuntimeStrings } from './strings.ts';

type NativeTimer = (handler: () => void, ms?: number) => number;
const apply = Reflect.apply;
const portPost = MessagePort.prototype.postMessage;
const dataOf = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!.get!;
const portsOf = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'ports')!.get!;
const reasonOf = Object.getOwnPropertyDescriptor(PromiseRejectionEvent.prototype, 'reason')!.get!;
const preventDefault = Event.prototype.preventDefault;
const listen = EventTarget.prototype.addEventListener;
const removeListen = EventTarget.prototype.removeEventListener;
const nativeSetTimeout = setTimeout as unknown as NativeTimer;
const nativeSetInterval = setInterval as unknown as NativeTimer;
const nativeClearInterval = clearInterval;
const global = self as unknown as Record<string, unknown>;

const indirectEval = eval;
let scope: Record<string, unknown> = {};
let s: RuntimeStrings = runtimeStrings('en');
let notebook = new Notebook({ forward: scope, evaluate: () => () => undefined });
// Set once the cells' built-ins are locked down (below), before any cell can run.
let guard: <T>(f: () => T) => T = (f) => f();

let port: MessagePort | null = null;
const post = (reply: WorkerReply) => { if (port) apply(portPost, port, [reply]); };

// The cell whose code runs now (a run, or a timer it set); the iframe hears of each change.
let owner = -1;
function own(cell: number): void {
  if (cell === owner) return;
  owner = cell;
  post({ type: 'owner', cell });
}

// A cell's errors after its run: the first MAX_ASYNC_ERRORS of each run are shown in that cell, the rest dropped.
const MAX_ASYNC_ERRORS = 3;
const reported = new Map<number, number>();
function asyncError(cell: number, e: unknown): void {
  const count = reported.get(cell) ?? 0;
  if (cell < 0 || count >= MAX_ASYNC_ERRORS) return;
  reported.set(cell, count + 1);
  post({ type: 'async', cell, error: notebook.describe(e, cell) });
}
const asyncErrorGuarded = (cell: number, e: unknown) => { guard(() => asyncError(cell, e)); };

function wrapTimer(native: NativeTimer, repeat: boolean) {
  return function timer(fn: unknown, ms?: number, ...args: unknown[]): number {
    if (typeof fn !== 'function') throw new TypeError(s.timerFunction(repeat ? 'setInterval' : 'setTimeout', typeof fn));
    const cell = owner;
    const id: number = apply(native, self, [() => {
      own(cell);
      try {
        apply(fn, undefined, args);
      } catch (e) {
        if (repeat) apply(nativeClearInterval, self, [id]); // an interval that throws is stopped
        asyncErrorGuarded(cell, e);
      }
    }, ms]);
    return id;
  };
}
global.setTimeout = wrapTimer(nativeSetTimeout, false);
global.setInterval = wrapTimer(nativeSetInterval, true);

// No cell needs the network or more threads: remove them (the iframe's CSP blocks the network too).
// A name may live on the global object or on its prototypes: delete it everywhere, then shadow it.
for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'Worker', 'SharedWorker',
  'importScripts', 'BroadcastChannel']) {
  for (let o: object | null = global; o; o = Object.getPrototypeOf(o)) {
    try { delete (o as Record<string, unknown>)[name]; } catch { /* not configurable */ }
  }
  if (name in global) Object.defineProperty(global, name, { value: undefined, writable: false, configurable: false });
}

// Memory: no cell needs these, and what they allocate (copies of buffers, decoded images, streams,
// decompression) cannot be metered at its source, so they are removed; every other buffer route is
// metered for the worker's whole life (memory.ts). Past the cap the iframe is told, and it replaces the worker.
for (const name of ['structuredClone', 'MessageChannel', 'Blob', 'File', 'FileReader', 'FileReaderSync', 'Response', 'Request',
  'CompressionStream', 'DecompressionStream', 'ReadableStream', 'WritableStream', 'TransformStream', 'TextEncoderStream',
  'TextDecoderStream', 'ImageData', 'OffscreenCanvas', 'createImageBitmap', 'ImageDecoder', 'VideoFrame', 'VideoDecoder',
  'VideoEncoder', 'AudioData', 'AudioDecoder', 'AudioEncoder', 'FontFace', 'SharedArrayBuffer', 'SubtleCrypto']) {
  for (let o: object | null = global; o; o = Object.getPrototypeOf(o)) {
    try { delete (o as Record<string, unknown>)[name]; } catch { /* not configurable */ }
  }
  if (name in global) Object.defineProperty(global, name, { value: undefined, writable: false, configurable: false });
}
try { delete (Object.getPrototypeOf(global.crypto) as Record<string, unknown>).subtle; } catch { /* no crypto */ }

// WebAssembly: a module a cell compiled could declare and grow memory of its own, out of the meter's
// sight. Cells keep only what the "forward" library uses: its own SIMD kernel (compared byte for byte),
// instances of it, and metered WebAssembly.Memory.
const NativeWasm = global.WebAssembly as typeof WebAssembly | undefined;
if (NativeWasm) {
  const kernel = simdKernelBytes();
  let kernelModule: WebAssembly.Module | null | undefined;
  const denied = () => new TypeError('WebAssembly is not available in a code cell');
  const Module = function Module(bytes: unknown): WebAssembly.Module {
    let same = false;
    try {
      const b = bytes as Uint8Array;
      same = b instanceof Uint8Array && b.length === kernel.length;
      for (let i = 0; same && i < kernel.length; i++) same = b[i] === kernel[i];
    } catch { same = false; }
    if (!same) throw denied();
    kernelModule ??= new NativeWasm.Module(kernel);
    return kernelModule;
  };
  const NativeInstance = NativeWasm.Instance;
  const Instance = function Instance(module: unknown, imports?: WebAssembly.Imports): WebAssembly.Instance {
    if (!kernelModule || module !== kernelModule) throw denied();
    return new NativeInstance(kernelModule, imports);
  };
  Object.defineProperty(NativeWasm.Module.prototype, 'constructor', { value: Module, writable: true, configurable: true });
  Object.defineProperty(NativeInstance.prototype, 'constructor', { value: Instance, writable: true, configurable: true });
  const facade: Record<string, unknown> = { Module, Instance, Memory: NativeWasm.Memory };
  global.WebAssembly = facade;
}
meterMemory(global, (mb) => s.memoryCap(mb), () => { post({ type: 'memory' }); });
// Last, with the cells' built-ins final: the runtime's copy of them (pristine.ts).
guard = pristine(global).guard;

apply(listen, self, ['unhandledrejection', (event: PromiseRejectionEvent) => {
  apply(preventDefault, event, []);
  const reason = apply(reasonOf, event, []);
  guard(() => asyncError(notebook.cellOf(reason) ?? owner, reason));
}]);
apply(listen, self, ['error', (event: ErrorEvent) => {
  apply(preventDefault, event, []);
  guard(() => asyncError(owner, event.error ?? event.message));
}]);

// Requests are read and answered with pristine built-ins (a cell may have replaced any of them); the
// memory meter is not reset here: it holds for the worker's life (memory.ts).
function onPort(event: MessageEvent): void {
  const m: unknown = apply(dataOf, event, []);
  if (typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'ping') {
    guard(() => post({ type: 'pong', n: Number((m as { n?: unknown }).n) }));
    return;
  }
  const run = guard(() => {
    if (!isRequest(m) || m.type !== 'run') return null;
    own(m.cell);
    reported.delete(m.cell);
    return m;
  });
  if (!run) return;
  const result = notebook.run(run.cell, run.compiled, run.timeout);
  guard(() => post({ type: 'result', id: run.id, cell: run.cell, result }));
}

// The first message brings the private port and the locale; the listener is then removed, so nothing
// later is heard here. The notebook is made now, before any cell can run.
function onFirst(event: MessageEvent): void {
  const ports = apply(portsOf, event, []) as readonly MessagePort[];
  if (port || !ports[0]) return;
  const m: unknown = apply(dataOf, event, []);
  const locale = typeof m === 'object' && m !== null ? (m as { locale?: unknown }).locale : undefined;
  s = runtimeStrings(typeof locale === 'string' ? locale : 'en');
  notebook = new Notebook({ forward: scope, strings: s, guard, evaluate: (source) => indirectEval(source) as (...args: unknown[]) => unknown });
  port = ports[0];
  port.onmessage = onPort;
  apply(removeListen, self, ['message', onFirst]);
  post({ type: 'pong', n: 0 });
}

/** Starts the worker with the scope of "forward" its bundle carries (scope-base.ts or scope-digits.ts). */
export function startWorker(cellScope: Record<string, unknown>): void {
  scope = cellScope;
  apply(listen, self, ['message', onFirst]);
}
