// The page side of the notebook, loaded on first use: the sandbox (iframe + worker), the run queue
// with shared-scope rules, output rendering, kept edits, shared links and the lazy editor.
import workerUrl from '../../src/notebook/worker.ts?worker&url';
import { renderDom } from '../../src/notebook/dom.ts';
import { frameDocument } from '../../src/notebook/frame.ts';
import { outputViews } from '../../src/notebook/output.ts';
import { isReply, type CompiledCell, type Reply, type Request, type RunResult } from '../../src/notebook/protocol.ts';
import { strings, type Strings } from '../../src/notebook/strings.ts';
import { el } from '../../src/notebook/view.ts';
import type { EditorHandle } from './editor.ts';

type RequestBody = Request extends infer R ? R extends { id: number } ? Omit<R, 'id'> : never : never;

class Cell {
  readonly el: HTMLElement;
  readonly index: number;
  readonly timeout: number;
  readonly s: Strings;
  readonly locale: string;
  readonly original: string;
  readonly compiled: CompiledCell | null;
  readonly codeBox: HTMLElement;
  readonly view: Element; // the build's highlighted code
  readonly output: HTMLElement;
  readonly buildOutput: Node[];
  code: string;
  fromLink = false;
  ran = false;
  editor: EditorHandle | null = null;
  plain: HTMLElement | null = null;

  constructor(node: HTMLElement) {
    this.el = node;
    this.index = Number(node.dataset.index);
    this.timeout = Number(node.dataset.timeout) || 3000;
    this.locale = node.dataset.locale ?? 'en';
    this.s = strings(this.locale);
    const data = JSON.parse(node.querySelector('script[data-nb-data]')!.textContent!) as { code: string; compiled: CompiledCell | null };
    this.original = data.code;
    this.compiled = data.compiled;
    this.code = data.code;
    this.codeBox = node.querySelector('[data-nb-code]')!;
    this.view = this.codeBox.firstElementChild!;
    this.output = node.querySelector('[data-output]')!;
    this.buildOutput = [...this.output.childNodes].map((n) => n.cloneNode(true));
  }

  get edited(): boolean { return this.code !== this.original; }
  get key(): string { return `nb:${location.pathname}:${this.index}`; }
  button(act: string): HTMLButtonElement { return this.el.querySelector(`[data-act="${act}"]`)!; }
  status(text: string): void { this.el.querySelector('[data-status]')!.textContent = text; }

  badge(): void {
    const b = this.el.querySelector<HTMLElement>('[data-badge]')!;
    b.textContent = this.fromLink ? this.s.fromLink : this.edited ? this.s.modified : '';
    b.hidden = !b.textContent;
    this.button('reset').hidden = !this.edited && !this.fromLink;
  }

  save(): void {
    try {
      if (this.edited && !this.fromLink) localStorage.setItem(this.key, this.code);
      else if (!this.fromLink) localStorage.removeItem(this.key);
    } catch { /* storage blocked or full: the edit lives until the page closes */ }
  }

  /** Shows the current code: the editor if open, the build's highlighting if unedited, else plain text. */
  showCode(): void {
    if (this.editor) {
      this.editor.setCode(this.code);
      return;
    }
    const showView = !this.edited;
    (this.view as HTMLElement).hidden = !showView;
    this.plain?.remove();
    this.plain = null;
    if (!showView) {
      const pre = document.createElement('pre');
      pre.className = 'nb-plain';
      pre.tabIndex = 0;
      pre.setAttribute('aria-label', this.s.cellLabel(this.index + 1));
      const code = document.createElement('code');
      for (const line of this.code.split('\n')) {
        const span = document.createElement('span');
        span.className = 'nb-pl';
        span.textContent = `${line}\n`;
        code.append(span);
      }
      pre.append(code);
      this.plain = pre;
      this.codeBox.append(pre);
    }
  }

  markLine(line: number): void {
    this.el.querySelectorAll('.nb-err-line').forEach((n) => n.classList.remove('nb-err-line'));
    this.editor?.markLine(line);
    if (line <= 0 || this.editor) return;
    const lines = this.plain ? this.plain.querySelectorAll('.nb-pl') : this.view.querySelectorAll('.ec-line');
    lines[line - 1]?.classList.add('nb-err-line');
  }

  show(views: Node[]): void {
    this.output.replaceChildren(...views);
    if (!firstOutput) {
      firstOutput = true;
      performance.mark('nb-first-output');
    }
  }

  showResult(result: RunResult): void {
    this.show(outputViews(result, this.locale).map((v) => renderDom(v)));
    this.markLine(result.error?.line ?? 0);
  }

  note(text: string, cls = 'nb-note'): void {
    this.show([renderDom(el('div', cls, [text]))]);
  }
}

let firstOutput = false;
const cells: Cell[] = [...document.querySelectorAll<HTMLElement>('nb-cell')]
  .map((n) => new Cell(n))
  .sort((a, b) => a.index - b.index);
const cellOf = (node: HTMLElement | null) => cells.find((c) => c.el === node) ?? null;

// The sandbox: an iframe with an opaque origin that starts the worker from a Blob of its source.
class Sandbox {
  private readonly frame: HTMLIFrameElement;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private nextId = 1;
  private readonly ready: Promise<void>;

  constructor() {
    this.frame = document.createElement('iframe');
    this.frame.setAttribute('sandbox', 'allow-scripts');
    this.frame.title = 'Notebook sandbox';
    this.frame.setAttribute('aria-hidden', 'true');
    this.frame.tabIndex = -1;
    this.frame.style.display = 'none';
    let ready!: () => void;
    this.ready = new Promise((resolve) => { ready = resolve; });
    window.addEventListener('message', (event) => {
      if (event.source !== this.frame.contentWindow || !isReply(event.data)) return;
      const reply = event.data;
      if (reply.type === 'ready') ready();
      else {
        this.pending.get(reply.id)?.(reply);
        this.pending.delete(reply.id);
      }
    });
    this.frame.srcdoc = frameDocument;
    document.body.append(this.frame);
  }

  async boot(): Promise<void> {
    const [source] = await Promise.all([fetch(workerUrl).then((r) => r.text()), this.ready]);
    await this.request({ type: 'boot', workerSource: source });
  }

  request(body: RequestBody): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.frame.contentWindow!.postMessage({ ...body, id }, '*');
    });
  }
}

let sandbox: Promise<Sandbox> | null = null;
function getSandbox(): Promise<Sandbox> {
  if (!sandbox) {
    const sb = new Sandbox();
    sandbox = sb.boot().then(() => sb);
  }
  return sandbox;
}

/** Starts the sandbox ahead of the first Run. */
export function warm(): void {
  void getSandbox();
}

let queue: Promise<unknown> = Promise.resolve();
function enqueue(task: () => Promise<void>): Promise<void> {
  const next = queue.then(task, task);
  queue = next.catch(() => {});
  return next;
}

async function exec(sb: Sandbox, cell: Cell): Promise<void> {
  cell.status(cell.s.running);
  cell.el.dataset.state = 'running';
  try {
    await execute(sb, cell);
  } finally {
    if (cell.el.dataset.state === 'running') cell.el.dataset.state = 'done';
  }
}

async function execute(sb: Sandbox, cell: Cell): Promise<void> {
  let compiled = cell.edited ? null : cell.compiled;
  if (!compiled) {
    if (!cell.edited) { // an expect-error cell that does not compile: its build output is the answer
      cell.show(cell.buildOutput.map((n) => n.cloneNode(true)));
      cell.ran = true;
      cell.status('');
      return;
    }
    const { compileCell, CompileError } = await import('../../src/notebook/compile.ts');
    try {
      compiled = compileCell(cell.code);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      cell.showResult({ entries: [], cut: 0, error: { message: `SyntaxError: ${e.message}`, line: e.line, column: e.column } });
      cell.ran = true;
      cell.status('');
      return;
    }
  }
  const started = performance.now();
  const reply = await sb.request({ type: 'run', cell: cell.index, compiled, timeout: cell.timeout });
  if (reply.type === 'result') {
    cell.showResult(reply.result);
    cell.ran = true;
    cell.status(cell.s.done(Math.round(performance.now() - started)));
  } else if (reply.type === 'timeout') {
    cell.note(cell.s.timeout(reply.ms), 'nb-error');
    cell.el.dataset.state = 'timeout';
    // A fresh worker: the scope is rebuilt on the next run. The runaway cell counts as run (with its
    // error), so rebuilding the scope does not start it again; its own Run button does.
    for (const c of cells) c.ran = c === cell;
    cell.status('');
  } else {
    cell.note(`${cell.s.failed}: ${reply.type === 'failed' ? reply.message : reply.type}`, 'nb-error');
    cell.status('');
  }
}

function run(cell: Cell): Promise<void> {
  return enqueue(async () => {
    const sb = await getSandbox();
    // Earlier cells that have not run (again, after a timeout restarted the worker) run first, in order.
    for (let guard = 0; guard < 2 * cells.length; guard++) {
      const earlier = cells.find((c) => c.index < cell.index && !c.ran);
      if (!earlier) break;
      await exec(sb, earlier);
    }
    await exec(sb, cell);
  });
}

function runAll(): Promise<void> {
  return enqueue(async () => {
    const sb = await getSandbox();
    for (const c of cells) await exec(sb, c);
  });
}

function reset(cell: Cell): void {
  cell.code = cell.original;
  cell.fromLink = false;
  cell.ran = false;
  cell.save();
  cell.showCode();
  cell.markLine(0);
  cell.badge();
  cell.status('');
  cell.output.replaceChildren(...cell.buildOutput.map((n) => n.cloneNode(true)));
  if (/^#cell-\d+=/.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
}

function resetAll(): Promise<void> {
  return enqueue(async () => {
    for (const c of cells) reset(c);
    if (sandbox) await (await sandbox).request({ type: 'reset' });
  });
}

async function edit(cell: Cell, key?: string): Promise<void> {
  if (!cell.editor) {
    cell.status(cell.s.loadingEditor);
    const { createEditor } = await import('./editor.ts');
    if (!cell.editor) {
      (cell.view as HTMLElement).hidden = true;
      cell.plain?.remove();
      cell.plain = null;
      cell.editor = createEditor({
        parent: cell.codeBox,
        code: cell.code,
        label: cell.s.editorLabel(cell.index + 1),
        onChange: (code) => {
          cell.code = code;
          cell.fromLink = false;
          cell.save();
          cell.badge();
        },
        onRun: () => {
          performance.mark('nb-run-click');
          void run(cell);
        },
      });
    }
    cell.status('');
  }
  cell.editor.focus(key);
}

function b64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

async function copyLink(cell: Cell): Promise<void> {
  const url = `${location.origin}${location.pathname}${location.search}#cell-${cell.index + 1}=${b64url(cell.code)}`;
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url);
    cell.status(cell.s.linkCopied);
  } catch {
    cell.status(cell.s.linkInUrl);
  }
}

/** Shows code from a shared link or kept edits; runs nothing. */
export function restore(): void {
  const link = /^#cell-(\d+)=([A-Za-z0-9_-]*)$/.exec(location.hash);
  for (const cell of cells) {
    let code: string | null = null;
    if (link && Number(link[1]) === cell.index + 1) {
      try {
        code = fromB64url(link[2]);
        cell.fromLink = true;
      } catch { /* a damaged link: keep the page's code */ }
    }
    if (code === null) {
      try { code = localStorage.getItem(cell.key); } catch { code = null; }
    }
    if (code === null || (code === cell.original && !cell.fromLink)) continue;
    cell.code = code;
    cell.showCode();
    cell.badge();
    cell.note(cell.fromLink ? cell.s.fromLinkNote : cell.s.stale);
    if (cell.fromLink) cell.el.scrollIntoView({ block: 'start' });
  }
}

/** Handles a button or key: run, run-all, edit, reset, reset-all, link. */
export function act(action: string, node: HTMLElement | null, key?: string): void {
  const cell = cellOf(node);
  if (action === 'run-all') void runAll();
  else if (action === 'reset-all') void resetAll();
  else if (!cell) return;
  else if (action === 'run') void run(cell);
  else if (action === 'edit') void edit(cell, key);
  else if (action === 'reset') reset(cell);
  else if (action === 'link') void copyLink(cell);
}
