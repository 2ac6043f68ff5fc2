// The cell editor: CodeMirror 6 with TypeScript highlighting, loaded on a reader's first edit.
// Ctrl/Cmd+Enter or Shift+Enter runs the cell; Tab is left to move focus (no tab trapping).
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

// Colours come from CSS variables set for Starlight's light and dark themes (NotebookCell.astro).
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: 'var(--nb-hl-keyword)' },
  { tag: [t.string, t.special(t.string), t.regexp], color: 'var(--nb-hl-string)' },
  { tag: [t.number, t.bool, t.null], color: 'var(--nb-hl-number)' },
  { tag: [t.comment, t.lineComment, t.blockComment], color: 'var(--nb-hl-comment)', fontStyle: 'italic' },
  { tag: [t.typeName, t.className, t.namespace], color: 'var(--nb-hl-type)' },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: 'var(--nb-hl-function)' },
]);

/** What the page can do with an open editor. */
export interface EditorHandle {
  focus(key?: string): void;
  setCode(code: string): void;
  markLine(line: number): void;
}

const setErrorLine = StateEffect.define<number>();
const errorLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (e.is(setErrorLine)) {
        if (e.value <= 0 || e.value > tr.state.doc.lines) return Decoration.none;
        const line = tr.state.doc.line(e.value);
        return Decoration.set([Decoration.line({ class: 'nb-err-line' }).range(line.from)]);
      }
    }
    return tr.docChanged ? Decoration.none : deco.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Opens an editor in `parent` with `code`, e.g. `createEditor({ parent, code, label, onChange, onRun })`. */
export function createEditor(options: {
  parent: HTMLElement; code: string; label: string; onChange: (code: string) => void; onRun: () => void;
}): EditorHandle {
  const run = () => { options.onRun(); return true; };
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.code,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run }, { key: 'Shift-Enter', run }])),
        lineNumbers(),
        history(),
        bracketMatching(),
        syntaxHighlighting(highlight),
        javascript({ typescript: true }),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        errorLine,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((u) => { if (u.docChanged) options.onChange(u.state.doc.toString()); }),
      ],
    }),
  });
  return {
    focus(key) {
      view.focus();
      if (key) view.dispatch(view.state.replaceSelection(key));
    },
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    markLine(line) {
      view.dispatch({ effects: setErrorLine.of(line) });
    },
  };
}
