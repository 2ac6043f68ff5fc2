// The page side of the notebook, loaded on first use: the cells' view, the run queue with the shared-scope
// rules, kept edits and shared links (rules in src/notebook/keep.ts) and the lazy editor. The sandbox
// itself is src/notebook/client.ts; compiling, src/notebook/compile.ts.
import workerUrl from '../../src/notebook/worker.ts?worker&url';
import { Sandbox } from '../../src/notebook/client.ts';
import { renderDom } from '../../src/notebook/dom.ts';
import { keptKey, linkHash, MAX_KEPT, readLink, tooBig } from '../../src/notebook/keep.ts';
import { outputViews } from '../../src/notebook/output.ts';
import type { CellError, CompiledCell, RunResult, StopReason } from '../../src/notebook/protocol.ts';
import { strings, type Strings } from '../../src/notebook/strings.ts';
import { el } from '../../src/notebook/view.ts';
import type { EditorHandle } from './editor.ts';

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
  get key(): string { return keptKey(location.pathname, this.index); }
  button(act: string): HTMLButtonElement { return this.el.querySelector(`[data-act="${act}"]`)!; }
  status(text: string): void { this.el.querySelector('[data-status]')!.textContent = text; }
  statusText(): string { return this.el.querySelector('[data-status]')!.textContent ?? ''; }

  badge(): void {
    const b = this.el.querySelector<HTMLElement>('[data-badge]')!;
    b.textContent = this.fromLink ? this.s.fromLink : this.edited ? this.s.modified : '';
    b.hidden = !b.textContent;
    this.button('reset').hidden = !this.edited && !this.fromLink;
  }

  save(): void {
    if (this.fromLink) return;
    const big = tooBig(this.code);
    if (big) this.status(this.s.tooBigEdit(MAX_KEPT / 1024));
    try {
      if (this.edited && !big) localStorage.setItem(this.key, this.code);
      else localStorage.removeItem(this.key);
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
      code.textContent = this.code; // one text node: fast for long code; lines become spans only to mark an error
      pre.append(code);
      this.plain = pre;
      this.codeBox.append(pre);
    }
  }

  /** The plain view's lines as spans (made when a line must be marked). */
  plainLines(): NodeListOf<Element> {
    const code = this.plain!.firstElementChild!;
    if (!code.firstElementChild) {
      code.replaceChildren(...this.code.split('\n').map((line) => {
        const span = document.createElement('span');
        span.className = 'nb-pl';
        span.textContent = `${line}\n`;
        return span;
      }));
    }
    return code.querySelectorAll('.nb-pl');
  }

  markLine(line: number): void {
    this.el.querySelectorAll('.nb-err-line').forEach((n) => n.classList.remove('nb-err-line'));
    this.editor?.markLine(line);
    if (line <= 0 || this.editor) return;
    const lines = this.plain ? this.plainLines() : this.view.querySelectorAll('.ec-line');
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
    const views = outputViews(result, this.locale).map((v) => renderDom(v));
    this.show(views);
    this.markLine(result.error?.line ?? 0);
  }

  note(text: string, cls = 'nb-note'): void {
    this.show([renderDom(el('div', cls, [text]))]);
  }

  /** Adds an error a cell's timers or promises raised after its run, below its output. */
  addAsyncError(error: CellError): void {
    const [view] = outputViews({ entries: [], cut: 0, error: { ...error, message: this.s.afterRun + error.message } }, this.locale);
    this.output.append(renderDom(view));
    if (!this.editor) this.markLine(error.line);
  }
}

let firstOutput = false;
const cells: Cell[] = [...document.querySelectorAll<HTMLElement>('nb-cell')]
  .map((n) => new Cell(n))
  .sort((a, b) => a.index - b.index);
const cellOf = (node: HTMLElement | null) => cells.find((c) => c.el === node) ?? null;

/** True when another site shows this page in a frame: the notebook then does not start. */
const framed = (() => {
  try { return window.self !== window.top; } catch { return true; }
})();

function sayFramed(): void {
  for (const c of cells) {
    const note = renderDom(el('div', 'nb-error', [c.s.framed, ' ']));
    const a = document.createElement('a');
    a.href = location.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = c.s.openPage;
    note.appendChild(a);
    c.show([note]);
  }
}

// After a worker is stopped its scope is gone: the cells that had run run again, in order, before the
// next cell; `culprit` is not run again by others (its own Run does that).
function scopeLost(culprit: Cell): void {
  for (const c of cells) c.ran = c === culprit;
}

function stoppedAfterRun(index: number, reason: StopReason): void {
  const cell = cells.find((c) => c.index === index);
  if (!cell) return;
  cell.note(cell.s.stopped(reason, cell.timeout), 'nb-error');
  cell.el.dataset.state = 'stopped';
  cell.status('');
  scopeLost(cell);
}

let sandbox: Sandbox | null = null;
function getSandbox(): Sandbox {
  sandbox ??= new Sandbox(() => fetch(workerUrl).then((r) => r.text()), {
    stopped: stoppedAfterRun,
    asyncError: (index, error) => cells.find((c) => c.index === index)?.addAsyncError(error),
  });
  return sandbox;
}

/** Starts the sandbox ahead of the first Run. */
export function warm(): void {
  if (!framed) void getSandbox().ready();
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
    const { compileOrError } = await import('../../src/notebook/compile.ts');
    const compiledOrError = compileOrError(cell.code);
    if (!compiledOrError.compiled) {
      cell.showResult(compiledOrError.result);
      cell.ran = true;
      cell.status('');
      return;
    }
    compiled = compiledOrError.compiled;
  }
  const started = performance.now();
  const reply = await sb.request({ type: 'run', cell: cell.index, compiled, timeout: cell.timeout });
  if (reply.type === 'result') {
    cell.showResult(reply.result);
    cell.ran = true;
    cell.status(cell.s.done(Math.round(performance.now() - started)));
  } else if (reply.type === 'stopped') {
    cell.note(cell.s.stopped(reply.reason, reply.ms || cell.timeout), 'nb-error');
    cell.el.dataset.state = reply.reason === 'timeout' ? 'timeout' : 'stopped';
    // A fresh worker: the scope is rebuilt on the next run. The runaway cell counts as run (with its
    // error), so rebuilding the scope does not start it again; its own Run button does.
    scopeLost(cell);
    cell.status('');
  }
}

/** Runs the book's version of a cell that came from a link, leaving its code and note untouched. */
async function execBook(sb: Sandbox, linked: Cell): Promise<void> {
  linked.ran = true;
  if (linked.compiled) await sb.request({ type: 'run', cell: linked.index, compiled: linked.compiled, timeout: linked.timeout });
}

function run(cell: Cell): Promise<void> {
  return enqueue(async () => {
    if (framed) return sayFramed();
    const sb = getSandbox();
    // Earlier cells that have not run (again, after a worker was stopped) run first, in order; one
    // that came from a link runs only by its own Run, so the book's version of it runs instead.
    const book: Cell[] = [];
    for (let guard = 0; guard < 2 * cells.length; guard++) {
      const earlier = cells.find((c) => c.index < cell.index && !c.ran);
      if (!earlier) break;
      if (earlier.fromLink) {
        book.push(earlier);
        await execBook(sb, earlier);
      } else await exec(sb, earlier);
    }
    await exec(sb, cell);
    for (const b of book) cell.status(`${cell.statusText()} ${cell.s.bookVersion(b.index + 1)}`);
  });
}

function runAll(): Promise<void> {
  return enqueue(async () => {
    if (framed) return sayFramed();
    const sb = getSandbox();
    for (const c of cells) {
      if (c.fromLink) await execBook(sb, c);
      else await exec(sb, c);
    }
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
    if (sandbox) await sandbox.request({ type: 'reset' });
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

async function copyLink(cell: Cell): Promise<void> {
  if (tooBig(cell.code)) {
    cell.status(cell.s.tooBigEdit(MAX_KEPT / 1024));
    return;
  }
  const url = `${location.origin}${location.pathname}${location.search}${linkHash(cell.index, cell.code)}`;
  history.replaceState(null, '', url);
  try {
    await navigator.clipboard.writeText(url);
    cell.status(cell.s.linkCopied);
  } catch {
    cell.status(cell.s.linkInUrl);
  }
}

/** Shows code from a shared link or kept edits (each at most MAX_KEPT characters); runs nothing. */
export function restore(): void {
  const started = performance.now();
  const link = readLink(location.hash);
  for (const cell of cells) {
    let code: string | null = null;
    let refused = '';
    if (link?.index === cell.index) {
      if ('code' in link) {
        code = link.code;
        cell.fromLink = true;
      } else refused = link.refused === 'too-big' ? cell.s.tooBigLink(MAX_KEPT / 1024) : cell.s.damagedLink;
    }
    if (code === null) {
      try {
        code = localStorage.getItem(cell.key);
        if (code !== null && tooBig(code)) {
          localStorage.removeItem(cell.key);
          code = null;
          refused = cell.s.tooBigKept(MAX_KEPT / 1024);
        }
      } catch { code = null; }
    }
    if (refused) cell.note(refused, 'nb-error');
    if (code === null || (code === cell.original && !cell.fromLink)) continue;
    cell.code = code;
    cell.showCode();
    cell.badge();
    cell.note(cell.fromLink ? cell.s.fromLinkNote : cell.s.stale);
    if (cell.fromLink) cell.el.scrollIntoView({ block: 'start' });
  }
  performance.measure('nb-restore', { start: started, end: performance.now() });
}

/** Handles a button or key: run, run-all, edit, reset, reset-all, link. */
export function act(action: string, node: HTMLElement | null, key?: string): void {
  const cell = cellOf(node);
  if (framed && action !== 'edit' && action !== 'reset') sayFramed();
  else if (action === 'run-all') void runAll();
  else if (action === 'reset-all') void resetAll();
  else if (!cell) return;
  else if (action === 'run') void run(cell);
  else if (action === 'edit') void edit(cell, key);
  else if (action === 'reset') reset(cell);
  else if (action === 'link') void copyLink(cell);
}
