// The notebook's UI strings in both locales. Build and browser read the same table.

export type Locale = 'en' | 'zh-cn';

export interface Strings {
  run: string; edit: string; reset: string; copyLink: string; runAll: string; resetAll: string;
  modified: string; fromLink: string; running: string; done: (ms: number) => string; linkCopied: string; linkInUrl: string;
  at: (line: number, column: number) => string; cut: (n: number) => string;
  timeout: (ms: number) => string; stale: string; fromLinkNote: string; editorLabel: (n: number) => string;
  cellLabel: (n: number) => string; loadingEditor: string; failed: string;
}

const en: Strings = {
  run: 'Run', edit: 'Edit', reset: 'Reset', copyLink: 'Copy link', runAll: 'Run all cells', resetAll: 'Reset all cells',
  modified: 'modified', fromLink: 'from a link', running: 'Running…', done: (ms) => `Ran in ${ms} ms`,
  linkCopied: 'Link copied', linkInUrl: 'Link is in the address bar',
  at: (line, column) => `line ${line}, column ${column}`, cut: (n) => `Output cut: ${n} more lines not shown`,
  timeout: (ms) => `Stopped: the cell ran longer than ${ms / 1000} s. Earlier cells run again on the next Run.`,
  stale: 'Edited: press Run to see the output of this code.',
  fromLinkNote: 'This code came from a link. Nothing has run: read it, then press Run.',
  editorLabel: (n) => `Code of cell ${n}`, cellLabel: (n) => `Code cell ${n}`,
  loadingEditor: 'Loading the editor…', failed: 'The notebook could not start',
};

const zh: Strings = {
  run: '运行', edit: '编辑', reset: '还原', copyLink: '复制链接', runAll: '运行全部单元', resetAll: '还原全部单元',
  modified: '已修改', fromLink: '来自链接', running: '运行中…', done: (ms) => `用时 ${ms} 毫秒`,
  linkCopied: '链接已复制', linkInUrl: '链接已放在地址栏中',
  at: (line, column) => `第 ${line} 行,第 ${column} 列`, cut: (n) => `输出过长:还有 ${n} 行未显示`,
  timeout: (ms) => `已停止:单元运行超过 ${ms / 1000} 秒。下次运行时会先重新运行前面的单元。`,
  stale: '已编辑:点“运行”查看这段代码的输出。',
  fromLinkNote: '这段代码来自链接,尚未运行:请先阅读,再点“运行”。',
  editorLabel: (n) => `单元 ${n} 的代码`, cellLabel: (n) => `代码单元 ${n}`,
  loadingEditor: '正在加载编辑器…', failed: '笔记本无法启动',
};

/** The strings of a locale; anything but zh-cn gets English. E.g. `strings('zh-cn').run` → '运行'. */
export function strings(locale: string | undefined): Strings {
  return locale?.toLowerCase() === 'zh-cn' ? zh : en;
}
