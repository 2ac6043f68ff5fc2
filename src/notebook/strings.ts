// The notebook's UI strings in both locales. Build and browser read the same table.
import type { StopReason } from './protocol.ts';

export type Locale = 'en' | 'zh-cn';

export interface Strings {
  run: string; edit: string; reset: string; copyLink: string; runAll: string; resetAll: string;
  modified: string; fromLink: string; running: string; done: (ms: number) => string; linkCopied: string; linkInUrl: string;
  /** The position after an error message, with its brackets. */
  at: (line: number, column: number) => string; cut: (n: number) => string;
  stopped: (reason: StopReason, ms: number) => string; stale: string; fromLinkNote: string; editorLabel: (n: number) => string;
  cellLabel: (n: number) => string; outputLabel: (n: number) => string; loadingEditor: string; failed: string;
  afterRun: string; shared: string; framed: string; openPage: string;
  tooBigEdit: (kb: number) => string; tooBigKept: (kb: number) => string; tooBigLink: (kb: number) => string; damagedLink: string;
  bookVersion: (n: number) => string;
}

const en: Strings = {
  run: 'Run', edit: 'Edit', reset: 'Reset', copyLink: 'Copy link', runAll: 'Run all cells', resetAll: 'Reset all cells',
  modified: 'modified', fromLink: 'from a link', running: 'Running…', done: (ms) => `Ran in ${ms} ms`,
  linkCopied: 'Link copied', linkInUrl: 'Link is in the address bar',
  at: (line, column) => ` (line ${line}, column ${column})`, cut: (n) => `Output cut: ${n} more lines not shown`,
  stopped: (reason, ms) => ({
    timeout: `Stopped: the cell ran longer than ${ms / 1000} s. Earlier cells run again on the next Run.`,
    busy: 'Stopped: this cell left work running after it returned (a loop, a timer or a promise) and kept the notebook busy. Earlier cells run again on the next Run.',
    flood: 'Stopped: this cell posted messages of its own; cells cannot talk to the page. Earlier cells run again on the next Run.',
  })[reason],
  stale: 'Edited: press Run to see the output of this code.',
  fromLinkNote: 'This code came from a link. Nothing has run: read it, then press Run.',
  editorLabel: (n) => `Code of cell ${n}`, cellLabel: (n) => `Code cell ${n}`, outputLabel: (n) => `Output of code cell ${n}`,
  loadingEditor: 'Loading the editor…', failed: 'The notebook could not start',
  afterRun: 'After the run: ',
  shared: 'Cells on this page share one scope and one JavaScript world: the names a cell declares, and any change it makes to built-ins such as Math.exp, are seen by later cells. Reset all cells starts afresh.',
  framed: 'This page is shown inside another site, so its code cells do not start: that site could read or drive them.',
  openPage: 'Open the page on its own to run the cells',
  tooBigEdit: (kb) => `This code is longer than ${kb} KB: it runs, but it is not kept when the page closes.`,
  tooBigKept: (kb) => `A kept edit of this cell was longer than ${kb} KB and was not loaded.`,
  tooBigLink: (kb) => `The code in this link is longer than ${kb} KB and was not loaded.`,
  damagedLink: 'The code in this link is damaged and was not loaded.',
  bookVersion: (n) => `Cell ${n} came from a link and has not run: the book's version of it ran first instead.`,
};

const zh: Strings = {
  run: '运行', edit: '编辑', reset: '还原', copyLink: '复制链接', runAll: '运行全部单元', resetAll: '还原全部单元',
  modified: '已修改', fromLink: '来自链接', running: '运行中…', done: (ms) => `用时 ${ms} 毫秒`,
  linkCopied: '链接已复制', linkInUrl: '链接已放在地址栏中',
  at: (line, column) => `（第 ${line} 行，第 ${column} 列）`, cut: (n) => `输出过长：还有 ${n} 行未显示`,
  stopped: (reason, ms) => ({
    timeout: `已停止：单元运行超过 ${ms / 1000} 秒。下次运行时会先重新运行前面的单元。`,
    busy: '已停止：这个单元返回后仍留下了在运行的工作（循环、定时器或 Promise），让笔记本一直忙碌。下次运行时会先重新运行前面的单元。',
    flood: '已停止：这个单元自行发送了消息，而单元不能与页面通信。下次运行时会先重新运行前面的单元。',
  })[reason],
  stale: '已编辑：点“运行”查看这段代码的输出。',
  fromLinkNote: '这段代码来自链接，尚未运行：请先阅读，再点“运行”。',
  editorLabel: (n) => `单元 ${n} 的代码`, cellLabel: (n) => `代码单元 ${n}`, outputLabel: (n) => `代码单元 ${n} 的输出`,
  loadingEditor: '正在加载编辑器…', failed: '笔记本无法启动',
  afterRun: '运行结束后：',
  shared: '本页的单元共用一个作用域和同一个 JavaScript 环境：一个单元声明的名字，以及它对内置对象（例如 Math.exp）所做的改动，后面的单元都会看到。“还原全部单元”可以从头开始。',
  framed: '本页被嵌在另一个网站中显示，因此代码单元不会启动：那个网站可能读取或操纵它们。',
  openPage: '单独打开本页即可运行这些单元',
  tooBigEdit: (kb) => `这段代码超过 ${kb} KB：可以运行，但关闭页面后不会保留。`,
  tooBigKept: (kb) => `这个单元保存的修改超过 ${kb} KB，没有载入。`,
  tooBigLink: (kb) => `链接中的代码超过 ${kb} KB，没有载入。`,
  damagedLink: '链接中的代码已损坏，没有载入。',
  bookVersion: (n) => `单元 ${n} 来自链接，尚未运行：先运行了它在书中的原始版本。`,
};

/** The strings of a locale; anything but zh-cn gets English. E.g. `strings('zh-cn').run` → '运行'. */
export function strings(locale: string | undefined): Strings {
  return locale?.toLowerCase() === 'zh-cn' ? zh : en;
}
