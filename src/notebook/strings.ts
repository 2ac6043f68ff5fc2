// The notebook's UI strings in both locales. Build and browser read the same table.
import { MEMORY_CAP_MB, type StopReason } from './protocol.ts';

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
  /** The runtime's own messages (worker, build and compiler), in the page's language. */
  runtime: RuntimeStrings;
}

/** Messages the notebook runtime writes into a cell's output. */
export interface RuntimeStrings {
  /** Reading a name that points away from the page, e.g. document. */
  blocked: (name: string) => string;
  /** The same name turned into text. */
  blockedValue: (name: string) => string;
  noExport: (key: string) => string;
  timerFunction: (timer: string, type: string) => string;
  memoryCap: (mb: number) => string;
  topLevelAwait: string;
  /** The accessible name of a plot without a title. */
  linePlot: string;
  plotRange: (range: string) => string;
  plotArgs: string;
  plotY: string;
  plotSeries: (k: number) => string;
  plotLength: (k: number, length: number, expected: number) => string;
  plotEmpty: string;
  plotNoFinite: string;
  /** A matrix table's caption, its hidden columns and rows. */
  matrix: (rows: number, cols: number) => string;
  moreCols: (n: number) => string;
  moreRows: (n: number) => string;
  /** After a console line cut at the character cap, and after its arguments past the cap. */
  cutChars: (n: number) => string;
  moreArgs: (n: number) => string;
  /** Items of a list, array, Map or Set past the cap; after a string cut at the cap (its full length). */
  moreItems: (n: number) => string;
  cutString: (length: number) => string;
  /** An object property whose getter threw, a value that cannot be shown at all, a value thrown that is not an Error. */
  unreadable: string;
  unshowable: string;
  uncaught: (value: string) => string;
}

const runtimeEn: RuntimeStrings = {
  blocked: (name) => `${name} is not available in a code cell: cells run isolated from the page (no DOM, no storage)`,
  blockedValue: (name) => `[${name} is not available in a cell]`,
  noExport: (key) => `"forward" has no export named "${key}"`,
  timerFunction: (timer, type) => `${timer} in a cell takes a function, not ${type}`,
  memoryCap: (mb) => `memory cap: the cells on this page would hold more than ${mb} MB of arrays and buffers (stopped before the page runs out of memory)`,
  topLevelAwait: 'await at the top level of a cell is not supported: put it inside an async function, e.g. (async () => { … })()',
  linePlot: 'Line plot',
  plotRange: (range) => `plot: range is ${range} (expected [min, max] with min < max, e.g. plot(sigmoid, [-6, 6]))`,
  plotArgs: 'plot: expected { x: number[], y: number[] | number[][] } or a function and a range, e.g. plot(sigmoid, [-6, 6])',
  plotY: 'plot: y is not an array of numbers or of number arrays',
  plotSeries: (k) => `plot: y[${k}] is not an array of numbers`,
  plotLength: (k, length, expected) => `plot: y[${k}] has length ${length} (expected ${expected}, the length of x)`,
  plotEmpty: 'plot: x is empty (expected at least one point)',
  plotNoFinite: 'plot: no finite points to draw',
  matrix: (rows, cols) => `Matrix ${rows}×${cols}`,
  moreCols: (n) => `… ${n} more`,
  moreRows: (n) => `… ${n} more rows`,
  cutChars: (n) => `… (cut: ${n} more characters)`,
  moreArgs: (n) => ` … (${n} more arguments not shown)`,
  moreItems: (n) => `… ${n} more`,
  cutString: (length) => ` (cut: ${length} characters)`,
  unreadable: '[error reading]',
  unshowable: '[a value that cannot be shown]',
  uncaught: (value) => `Uncaught ${value}`,
};

const en: Strings = {
  run: 'Run', edit: 'Edit', reset: 'Reset', copyLink: 'Copy link', runAll: 'Run all cells', resetAll: 'Reset all cells',
  modified: 'modified', fromLink: 'from a link', running: 'Running…', done: (ms) => `Ran in ${ms} ms`,
  linkCopied: 'Link copied', linkInUrl: 'Link is in the address bar',
  at: (line, column) => ` (line ${line}, column ${column})`, cut: (n) => `Output cut: ${n} more lines not shown`,
  stopped: (reason, ms) => ({
    timeout: `Stopped: the cell ran longer than ${ms / 1000} s. Earlier cells run again on the next Run.`,
    busy: 'Stopped: this cell left work running after it returned (a loop, a timer or a promise) and kept the notebook busy. Earlier cells run again on the next Run.',
    flood: 'Stopped: this cell posted messages of its own; cells cannot talk to the page. Earlier cells run again on the next Run.',
    memory: `Stopped at the memory cap: this cell took the page's cells past ${MEMORY_CAP_MB} MB of arrays and buffers, so the notebook was restarted to free that memory. Earlier cells run again on the next Run.`,
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
  runtime: runtimeEn,
};

const runtimeZh: RuntimeStrings = {
  blocked: (name) => `代码单元中不能使用 ${name}：单元与页面隔离运行（没有 DOM，也没有存储）`,
  blockedValue: (name) => `［单元中不能使用 ${name}］`,
  noExport: (key) => `“forward”没有名为“${key}”的导出`,
  timerFunction: (timer, type) => `单元中的 ${timer} 需要一个函数，而不是 ${type}`,
  memoryCap: (mb) => `内存上限：本页单元占用的数组和缓冲区将超过 ${mb} MB（在页面内存耗尽之前停止）`,
  topLevelAwait: '单元的顶层不支持 await：请把它放进一个 async 函数中，例如 (async () => { … })()',
  linePlot: '折线图',
  plotRange: (range) => `plot：范围是 ${range}（应为 [min, max] 且 min < max，例如 plot(sigmoid, [-6, 6])）`,
  plotArgs: 'plot：应传入 { x: number[], y: number[] | number[][] }，或一个函数和一个范围，例如 plot(sigmoid, [-6, 6])',
  plotY: 'plot：y 不是数字数组，也不是由数字数组组成的数组',
  plotSeries: (k) => `plot：y[${k}] 不是数字数组`,
  plotLength: (k, length, expected) => `plot：y[${k}] 的长度是 ${length}（应为 ${expected}，即 x 的长度）`,
  plotEmpty: 'plot：x 是空的（至少需要一个点）',
  plotNoFinite: 'plot：没有可以画出的有限值点',
  matrix: (rows, cols) => `矩阵 ${rows}×${cols}`,
  moreCols: (n) => `… 还有 ${n} 列`,
  moreRows: (n) => `… 还有 ${n} 行`,
  cutChars: (n) => `…（已截断：还有 ${n} 个字符）`,
  moreArgs: (n) => ` …（还有 ${n} 个参数未显示）`,
  moreItems: (n) => `… 还有 ${n} 项`,
  cutString: (length) => `（已截断：共 ${length} 个字符）`,
  unreadable: '[读取出错]',
  unshowable: '[无法显示的值]',
  uncaught: (value) => `未捕获的异常：${value}`,
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
    memory: `已停止：达到内存上限。这个单元使本页单元占用的数组和缓冲区超过 ${MEMORY_CAP_MB} MB，笔记本已重新启动以释放这些内存。下次运行时会先重新运行前面的单元。`,
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
  runtime: runtimeZh,
};

/** The runtime's messages of a locale (what the worker needs, without the page's strings), e.g. `runtimeStrings('zh-cn').linePlot` → '折线图'. */
export function runtimeStrings(locale: string | undefined): RuntimeStrings {
  return locale?.toLowerCase() === 'zh-cn' ? runtimeZh : runtimeEn;
}

/** The strings of a locale; anything but zh-cn gets English. E.g. `strings('zh-cn').run` → '运行'. */
export function strings(locale: string | undefined): Strings {
  return locale?.toLowerCase() === 'zh-cn' ? zh : en;
}
