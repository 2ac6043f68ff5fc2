// One cell on the page as the controller sees it: its code (as built, edited or from a link), its
// toolbar state, and its output region, drawn from view trees by the page's own code (dom.ts).
import { renderDom } from '../../src/notebook/dom.ts';
import { keptKey, MAX_KEPT, tooBig } from '../../src/notebook/keep.ts';
import { outputViews } from '../../src/notebook/output.ts';
import type { CellError, CompiledCell, RunResult } from '../../src/notebook/protocol.ts';
import { strings, type Strings } from '../../src/notebook/strings.ts';
import { el } from '../../src/notebook/view.ts';
import type { EditorHandle } from './editor.ts';

let firstOutput = false;

export class Cell {
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

  /** Shows a note of the page's own (class nb-sys, which no view from a cell may carry: view.ts). */
  note(text: string, cls = 'nb-note'): void {
    this.show([renderDom(el('div', `${cls} nb-sys`, [text]))]);
  }

  /** Adds an error a cell's timers or promises raised after its run, below its output. */
  addAsyncError(error: CellError): void {
    const [view] = outputViews({ entries: [], cut: 0, error: { ...error, message: this.s.afterRun + error.message } }, this.locale);
    this.output.append(renderDom(view));
    if (!this.editor) this.markLine(error.line);
  }
}
